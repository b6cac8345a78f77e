import { isGeneralAbbreviation, isInnerAbbreviation, isNumberAbbreviation, isPrepositiveTitle, isSentenceStarter } from "./abbreviations";
import { BULLETS, CLOSERS, OPENERS, isDigit, isLower, isSpace, isUpper, looksChinese } from "./char-classes";
import { findListItems } from "./list-markers";
import { findEmbeddedQuotes, rangeCursor } from "./quotations";
import { lineBreakJudge } from "./line-breaks";

// Rule-based sentence segmentation (see docs/segmentation.md for the rules and why no library is
// used underneath). One regex pass finds candidate boundaries; each is judged from the word before
// it and the word after it. Spans are slices of the input, so segmentation is lossless.

export interface SentenceSpan {
  text: string;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
}

export type SegmentationLanguage = "en" | "zh";

export interface SegmentOptions {
  /** "zh" also ends sentences at ASCII ! ? and … without a following space. Default: detected. */
  language?: SegmentationLanguage;
}

// Bracketed omissions "[...]", spaced ellipses ". . .", runs of terminal punctuation, CJK
// terminators, line breaks and bullets.
const CANDIDATE = new RegExp(`\\[(?:\\.{3}|…)\\]|\\.(?: \\.){2,}|[.!?‽…]+|[。！？；｡]+|\\n|[${BULLETS}]`, "g");
const CJK_TERMINATOR = /[。！？；｡]/;
const GLUED_NEXT_SENTENCE = /^\p{Lu}\p{Ll}+(?=[\s,;:.!?]|$)/u; // "world.Today is"
const WORD = /^[\p{L}\p{N}'’-]+/u;

export function segmentSentences(text: string, options: SegmentOptions = {}): SentenceSpan[] {
  const zh = (options.language ?? (looksChinese(text) ? "zh" : "en")) === "zh";
  return spansBetween(text, findBreaks(text, zh));
}

/** What the judging of one text needs besides the candidate itself. */
interface Scan {
  text: string;
  zh: boolean;
  /** A word never reaches back over the last break ("Tuesday.Mr."). */
  tokenFloor: number;
  markerPeriods: Set<number>;
  inQuotation: (offset: number) => boolean;
}

/** Offsets where a new sentence may start; whitespace around them is trimmed later. */
function findBreaks(text: string, zh: boolean): number[] {
  const breaks: number[] = [];
  const lists = findListItems(text);
  const quotes = text.includes('"') || text.includes("“") ? findEmbeddedQuotes(text) : [];
  const scan: Scan = { text, zh, tokenFloor: 0, markerPeriods: lists.markerPeriods, inQuotation: rangeCursor(quotes) };
  let rejectedEnd = -1; // end of the last terminator judged not to end a sentence
  let isSoftLineBreak: ReturnType<typeof lineBreakJudge> | undefined;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const run = m[0];
    const i = m.index;
    if (run === "\n") {
      isSoftLineBreak ??= lineBreakJudge(text);
      if (!isSoftLineBreak(i, rejectedEnd)) breaks.push(i);
      continue;
    }
    if (BULLETS.includes(run)) {
      if (i > 0 && isSpace(text.charCodeAt(i - 1))) breaks.push(i);
      continue;
    }
    if (run.startsWith("[")) continue; // an omission inside a quotation, never an ending
    let end = i + run.length;
    while (end < text.length && CLOSERS.has(text[end] ?? "")) end++;
    const at = judge(scan, i, run, end);
    if (at < 0) {
      rejectedEnd = end;
      continue;
    }
    breaks.push(at);
    scan.tokenFloor = at;
  }
  if (lists.starts.length === 0) return breaks;
  return [...breaks, ...lists.starts].sort((a, b) => a - b);
}

/** Where the sentence ends for the terminator `run` at `i` (closers up to `end`), or -1. */
function judge(scan: Scan, i: number, run: string, end: number): number {
  const { text } = scan;
  if (CJK_TERMINATOR.test(run)) return end;
  if (scan.markerPeriods.has(i)) return -1;
  if (scan.inQuotation(i) && end === i + run.length) return -1; // the quotation goes on after it
  if (end >= text.length) return end;
  if (!isSpace(text.charCodeAt(end))) {
    if (scan.zh && (run !== "." || /\p{Script=Han}/u.test(text[end] ?? ""))) return end;
    // "Jr.'s" and the like: a closer followed by a letter never ends a sentence.
    return end === i + run.length && isGluedSentence(scan, i, end) ? end : -1;
  }
  const next = nextSentenceStart(text, end);
  const nextChar = text[next];
  const closed = end > i + run.length; // a closing quote or bracket follows the terminator

  if (isEllipsis(run)) return judgeEllipsis(text, i, run, end, next);
  if (run !== "." || closed) return isLower(nextChar) ? -1 : end;

  const word = wordBefore(scan, i);
  if (isPrepositiveTitle(word) || isInnerAbbreviation(word)) return -1;
  if (isNumberAbbreviation(word) && isDigit(nextChar)) return -1;
  if (isGeneralAbbreviation(word)) return startsNewSentence(text, end, next) ? end : -1;
  return end; // an ordinary word: even a lower-case fragment after it is a sentence of its own
}

const isEllipsis = (run: string) => run.includes("…") || (run.length > 1 && !/[!?‽]/.test(run));

/** "...." and "…" end a sentence before a capital; "I" is capitalised anyway, so it says nothing. */
function judgeEllipsis(text: string, i: number, run: string, end: number, next: number): number {
  // "compounds. . . . The": the first period ends the sentence, the ellipsis opens the next one.
  if (run.length === 7 && run.includes(" ") && i > 0 && !isSpace(text.charCodeAt(i - 1)) && end === i + run.length) return i + 1;
  const word = WORD.exec(text.slice(next, next + 20))?.[0];
  return isUpper(text[next]) && word !== "I" ? end : -1;
}

/** After an abbreviation, only a typical sentence opener (not an initial like "R.") starts anew. */
function startsNewSentence(text: string, end: number, next: number): boolean {
  if (next > end && OPENERS.has(text[next - 1] ?? "") && isUpper(text[next])) return true;
  const word = WORD.exec(text.slice(next, next + 30))?.[0] ?? "";
  if (text[next + word.length] === "." && word.length === 1) return false;
  return isSentenceStarter(word);
}

/** "Hello world.Today is", "true?Yes": sentences glued together, but not a URL, e-mail or file name. */
function isGluedSentence(scan: Scan, i: number, end: number): boolean {
  const { text } = scan;
  const before = text[i - 1];
  if (!(isLower(before) || isDigit(before))) return false;
  if (!GLUED_NEXT_SENTENCE.test(text.slice(end, end + 40))) return false;
  const word = wordBefore(scan, i);
  return !/[@/\\:]/.test(word) && !isGeneralAbbreviation(word) && !isPrepositiveTitle(word);
}

/** The token before offset i, without leading quotes or brackets. */
function wordBefore({ text, tokenFloor }: Scan, i: number): string {
  let start = i;
  while (start > tokenFloor && !isSpace(text.charCodeAt(start - 1))) start--;
  while (start < i && OPENERS.has(text[start] ?? "")) start++;
  return text.slice(start, i);
}

/** First letter or digit of the next sentence, past whitespace and opening quotes. */
function nextSentenceStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && (isSpace(text.charCodeAt(i)) || OPENERS.has(text[i] ?? ""))) i++;
  return i;
}

function spansBetween(text: string, breaks: number[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const to of [...breaks, text.length]) {
    if (to <= from) continue;
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start < end) spans.push({ text: text.slice(start, end), start, end });
    from = to;
  }
  return spans;
}
