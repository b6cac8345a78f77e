// Text-level helpers for the article parser: display normalisation and paragraph blocks.

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// Whitespace runs other than a single plain space (\s covers NBSP, ideographic and thin spaces).
const ODD_SPACE = /\s*(?:[^\S ]| {2})\s*/g;

/**
 * Text as it should be displayed: zero-width characters and soft hyphens removed, every run of
 * whitespace (tabs, NBSP, ideographic spaces, line breaks) turned into one space, ends trimmed.
 * Meant for a line or a paragraph; paragraph structure is the parser's job.
 */
export function normalizeDisplayText(s: string): string {
  return s.replace(ZERO_WIDTH, "").replace(ODD_SPACE, " ").trim();
}

/** Unix line endings, no byte-order mark. */
export const normalizeLineEndings = (raw: string) => raw.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");

export interface SourceLine {
  raw: string;
  display: string;
}

const TERMINAL_END = /[.!?。！？:：…;；]["'”’)）」』]*$/;
const LINE_CONTINUES = /(?:[,，、;\-–—(]|\b(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or|that|as|its|their|his|her))$/i;

/** The sentence visibly runs on to the next line: a hard-wrapped line, not a line of its own. */
function wrapsOnto(line: string, next: string): boolean {
  if (TERMINAL_END.test(line)) return false;
  return /^\p{Ll}/u.test(next) || LINE_CONTINUES.test(line);
}

/**
 * Groups non-empty lines into paragraphs. A blank line (or a removed metadata line, passed as
 * undefined) always separates paragraphs. A single line break separates them too, because the
 * sources put one paragraph, headline or list entry per line, unless the line wraps onto the next.
 */
export function groupParagraphs(lines: (SourceLine | undefined)[]): SourceLine[][] {
  const paragraphs: SourceLine[][] = [];
  let current: SourceLine[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current);
    current = [];
  };
  for (const line of lines) {
    if (!line || line.display === "") {
      flush();
      continue;
    }
    const last = current.at(-1);
    if (last && !wrapsOnto(last.display, line.display)) flush();
    current.push(line);
  }
  flush();
  return paragraphs;
}
