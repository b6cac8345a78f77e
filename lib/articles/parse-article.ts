import { segmentSentences } from "@/lib/segmentation/segment-sentences";
import { mergeMissing, scanFrame } from "./parse-article-frame";
import { cutDateline } from "./parse-article-metadata";
import { groupParagraphs, normalizeDisplayText, normalizeLineEndings } from "./parse-article-text";

// Plain-text article → title, metadata and paragraphs of sentences to review.
// Decisions (title line, datelines, signatures) are documented in docs/segmentation.md.

export { normalizeDisplayText } from "./parse-article-text";

export interface ArticleMetadata {
  /** YYYY-MM-DD, from a header field or a dateline. */
  publishedDate?: string;
  sourceName?: string;
  reporter?: string;
  editor?: string;
  reviewedBy?: string[];
  /** The line signing the text at its end, e.g. an issuing department. */
  signature?: string;
  /** YYYY-MM-DD of the closing date line. */
  signatureDate?: string;
  hits?: string;
  /** The text cut off the start of the first sentence, as it was. */
  dateline?: string;
  place?: string;
  [key: string]: unknown;
}

/** "title": the headline line; "heading": a short line without final punctuation; "body": the rest. */
export type ParagraphKind = "title" | "heading" | "body";

export interface ParsedParagraph {
  /** Display-normalised text (the dateline, if any, cut off). */
  text: string;
  sentences: string[];
  kind: ParagraphKind;
  /** The paragraph's lines as they were in the input (line endings normalised). */
  raw: string;
}

export interface ParsedArticle {
  /** Display-normalised. */
  title: string;
  /** "headline": the first line, also paragraph 0; "first-sentence": derived from the body. */
  titleSource: "headline" | "first-sentence";
  metadata: ArticleMetadata;
  /** Body to review: metadata lines removed, dateline cut off. */
  paragraphs: ParsedParagraph[];
}

export type ArticleParseErrorCode = "EMPTY" | "NO_SENTENCES";

export class ArticleParseError extends Error {
  readonly code: ArticleParseErrorCode;
  constructor(code: ArticleParseErrorCode, message: string) {
    super(message);
    this.name = "ArticleParseError";
    this.code = code;
  }
}

const DATELINE_SEARCH_PARAGRAPHS = 6;
const HEADLINE_MAX_LENGTH_WITH_PERIOD = 150;
const HEADING_MAX_LENGTH = 200;
const DERIVED_TITLE_LENGTH = 80;
const ENDS_WITH_TERMINAL = /[.!?。！？:：…;；]["'”’)）」』]*$/;
const HAS_WORD = /[\p{L}\p{N}]/u;

export function parseArticle(raw: string): ParsedArticle {
  const lines = normalizeLineEndings(raw)
    .split("\n")
    .map((line) => ({ raw: line, display: normalizeDisplayText(line) }));
  if (lines.every((line) => line.display === "")) throw new ArticleParseError("EMPTY", "The article is empty.");

  const { metadata, consumed } = scanFrame(lines.map((line) => line.display));
  const groups = groupParagraphs(lines.map((line, index) => (consumed.has(index) ? undefined : line)));
  const paragraphs = groups
    .map((group) => ({
      text: group.map((line) => line.display).join(" "),
      raw: group.map((line) => line.raw).join("\n"),
    }))
    .filter((p) => HAS_WORD.test(p.text));

  const datelineAt = cutFirstDateline(paragraphs, metadata);
  const first = paragraphs[0];
  const headline = first !== undefined && datelineAt !== 0 && isHeadline(first.text);

  const parsed = paragraphs.map(({ text, raw }, index): ParsedParagraph => {
    const sentences = segmentSentences(text).map((s) => s.text);
    const kind = headline && index === 0 ? "title" : isHeading(text, sentences) ? "heading" : "body";
    return { text, sentences, kind, raw };
  });
  const firstSentence = parsed[0]?.sentences[0];
  if (firstSentence === undefined) {
    throw new ArticleParseError("NO_SENTENCES", "The article has no sentences to review, only metadata.");
  }
  return {
    title: headline ? first.text : titleFromSentence(firstSentence),
    titleSource: headline ? "headline" : "first-sentence",
    metadata,
    paragraphs: parsed,
  };
}

/** Cuts the dateline off the first of the opening paragraphs that has one; returns its index. */
function cutFirstDateline(paragraphs: { text: string }[], metadata: ArticleMetadata): number {
  for (const [index, paragraph] of paragraphs.slice(0, DATELINE_SEARCH_PARAGRAPHS).entries()) {
    const cut = cutDateline(paragraph.text);
    if (!cut) continue;
    paragraph.text = cut.rest;
    mergeMissing(metadata, cut.metadata);
    return index;
  }
  return -1;
}

/** A first line is the headline unless it reads as body text: several sentences, or a long one. */
function isHeadline(text: string): boolean {
  if (segmentSentences(text).length > 1) return false;
  return !ENDS_WITH_TERMINAL.test(text) || text.length <= HEADLINE_MAX_LENGTH_WITH_PERIOD;
}

const isHeading = (text: string, sentences: string[]) =>
  sentences.length === 1 && text.length <= HEADING_MAX_LENGTH && !ENDS_WITH_TERMINAL.test(text);

/** A title for an article without a headline: its first sentence, shortened at a word. */
function titleFromSentence(sentence: string): string {
  const title = sentence.replace(/[.。]$/, "");
  if (title.length <= DERIVED_TITLE_LENGTH) return title;
  const space = title.lastIndexOf(" ", DERIVED_TITLE_LENGTH - 1);
  const cut = space > DERIVED_TITLE_LENGTH / 2 ? space : DERIVED_TITLE_LENGTH - 1;
  return `${title.slice(0, cut).replace(/[\s,;:，、；：]+$/, "")}…`;
}
