import { isLower, isSpace } from "./char-classes";

// A quotation that the sentence carries on after ("He read “Who Moved My Cheese?” last week",
// “I came. I saw.” he said) is kept whole: its inner punctuation does not end the sentence.
// A quotation followed by a capital or nothing is left to the ordinary rules.

/** [open, close] offsets of quote marks around embedded quotations. */
export type QuoteRange = readonly [open: number, close: number];

const QUOTE_CHARS = /[“”"]/g;

/** Straight quotes open after a space or an opening bracket, and close otherwise. */
function opensStraightQuote(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  return isSpace(before) || "([{—–-/".includes(text[index - 1] ?? "");
}

/** True when the sentence continues after the quotation: a lower-case word, a comma, a digit. */
function continuesAfter(text: string, close: number): boolean {
  let i = close + 1;
  while (i < text.length && text[i] !== "\n" && isSpace(text.charCodeAt(i))) i++;
  const ch = text[i];
  return isLower(ch) || (ch !== undefined && ",;:)".includes(ch));
}

export function findEmbeddedQuotes(text: string): QuoteRange[] {
  const ranges: QuoteRange[] = [];
  let open = -1;
  let openChar = "";
  let openLineEnd = -1;
  QUOTE_CHARS.lastIndex = 0;
  for (let m = QUOTE_CHARS.exec(text); m; m = QUOTE_CHARS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    // Quotations do not cross lines: an unbalanced quote is forgotten at the end of its line.
    if (open >= 0 && i > openLineEnd) open = -1;
    const isOpener = ch === "“" || (ch === '"' && (open < 0 || openChar !== '"') && opensStraightQuote(text, i));
    if (isOpener) {
      open = i;
      openChar = ch;
      const nl = text.indexOf("\n", i);
      openLineEnd = nl < 0 ? text.length : nl;
    } else if (open >= 0 && (ch === '"') === (openChar === '"')) {
      if (continuesAfter(text, i)) ranges.push([open, i]);
      open = -1;
    }
  }
  return ranges;
}

/** A test "is this offset strictly inside one of the ranges?" for offsets asked in increasing order. */
export function rangeCursor(ranges: QuoteRange[]): (offset: number) => boolean {
  let k = 0;
  return (offset) => {
    while (k < ranges.length && (ranges[k]?.[1] ?? 0) <= offset) k++;
    const range = ranges[k];
    return range !== undefined && range[0] < offset;
  };
}
