import { ArticleParseError, parseArticle, type ParsedArticle } from "./parse-article";

// Aligns an optional source text (usually the Chinese original) to the parsed machine translation.
// The source is parsed by the same rules, so header fields, datelines and signatures drop out of
// both sides alike. Alignment is positional and conservative:
// - paragraphs pair up by index only when both texts have the same number of paragraphs;
//   otherwise nothing is aligned (a wrong pairing is worse than none for reviewers);
// - inside a pair, sentences pair up by index when the counts match ("sentence" level);
//   otherwise the whole source paragraph is attached to sentence 0 ("paragraph" level), so the
//   reviewer still sees it next to the paragraph.
// Sentences without an entry have no source text.

export type AlignmentLevel = "sentence" | "paragraph";

export interface SourceAlignment {
  paragraphIndex: number;
  sentenceIndex: number;
  sourceText: string;
  level: AlignmentLevel;
}

export function alignSource(mt: ParsedArticle, sourceRaw: string): SourceAlignment[] {
  const source = parseSource(sourceRaw);
  if (!source || source.paragraphs.length !== mt.paragraphs.length) return [];
  return mt.paragraphs.flatMap((paragraph, paragraphIndex): SourceAlignment[] => {
    const sourceParagraph = source.paragraphs[paragraphIndex];
    if (!sourceParagraph) return [];
    if (sourceParagraph.sentences.length === paragraph.sentences.length) {
      return sourceParagraph.sentences.map((sourceText, sentenceIndex) => ({
        paragraphIndex,
        sentenceIndex,
        sourceText,
        level: "sentence",
      }));
    }
    return [{ paragraphIndex, sentenceIndex: 0, sourceText: sourceParagraph.text, level: "paragraph" }];
  });
}

/** An empty or metadata-only source aligns nothing; it is optional, not an error. */
function parseSource(sourceRaw: string): ParsedArticle | undefined {
  try {
    return parseArticle(sourceRaw);
  } catch (error) {
    if (error instanceof ArticleParseError) return undefined;
    throw error;
  }
}
