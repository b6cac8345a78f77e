import { isLower, isSpace } from "./char-classes";

// A single line break inside a paragraph either ends a line that stands alone (a headline, a list
// entry such as "features\ncontact manager") or wraps a sentence ("It was a cold\nnight in the
// city."). It wraps when the sentence visibly goes on: the next line starts in lower case (or the
// line ends with a comma or dash) and a sentence-final mark follows before the paragraph ends; or
// when the line ends in an abbreviation judged not to end the sentence ("Mr.\nSmith").

const TERMINATOR_OR_BLANK_LINE = /[.!?。！？；…]|\n[^\S\n]*(?:\n|$)/g;
const CONTINUING_LINE_END = ",;-–—(";

/** A judge for the line breaks of one text, processed in order (it memoises its forward search). */
export function lineBreakJudge(text: string) {
  let searchedFrom = -1;
  let found = -1;
  let foundTerminator = false;

  /** Whether a sentence-final mark comes before the next blank line. */
  function sentenceEndsBeforeParagraphEnd(from: number): boolean {
    if (searchedFrom <= from && from <= found) return foundTerminator;
    TERMINATOR_OR_BLANK_LINE.lastIndex = from;
    const match = TERMINATOR_OR_BLANK_LINE.exec(text);
    searchedFrom = from;
    found = match ? match.index : text.length;
    foundTerminator = match !== null && match[0][0] !== "\n";
    return foundTerminator;
  }

  return function isSoftLineBreak(newline: number, rejectedEnd: number): boolean {
    let prev = newline - 1;
    while (prev >= 0 && text[prev] !== "\n" && isSpace(text.charCodeAt(prev))) prev--;
    if (prev < 0 || text[prev] === "\n") return false;
    let next = newline + 1;
    while (next < text.length && text[next] !== "\n" && isSpace(text.charCodeAt(next))) next++;
    if (next >= text.length || text[next] === "\n") return false; // a blank line: paragraph break
    if (rejectedEnd === prev + 1) return true;
    const continues = isLower(text[next]) || CONTINUING_LINE_END.includes(text[prev] ?? "");
    return continues && sentenceEndsBeforeParagraphEnd(next);
  };
}
