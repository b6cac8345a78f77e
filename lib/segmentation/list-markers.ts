import { BULLETS, isDigit, isSpace } from "./char-classes";

// Numbered and lettered lists run together on one line ("1. The first item 2. The second item").
// A marker opens a list item when it stands where a sentence may start; the next marker of the same
// style and the next number or letter continues the list, even mid-line. The period of a marker
// never ends a sentence.

export interface ListItems {
  /** Offsets where a list item starts: a sentence break goes before them. */
  starts: number[];
  /** Offsets of periods that belong to a list marker ("1." "a." "2.)"). */
  markerPeriods: Set<number>;
}

const MARKER = new RegExp(`(?<![^\\s${BULLETS}])(\\d{1,3}|[a-zA-Z])(\\.\\)|\\)|\\.)(?=\\s)`, "g");
const QUICK = /(?:\d|\b[a-zA-Z])\.?\)|\d\.\s|\b[aA]\.\s/; // skip the pass for text with no marker at all

/** An item starts at its bullet when it has one ("• 10. The second item"). */
function itemStart(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && text[i] === " ") i--;
  return i >= 0 && BULLETS.includes(text[i] ?? "") ? i : index;
}

/** A marker can open a list at the start of the text or a line, after a bullet, or after a sentence. */
function atItemStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i)) && text[i] !== "\n") i--;
  if (i < 0) return true;
  const ch = text[i] ?? "";
  return ch === "\n" || BULLETS.includes(ch) || ".!?:;。！？；".includes(ch);
}

export function findListItems(text: string): ListItems {
  const items: ListItems = { starts: [], markerPeriods: new Set() };
  if (!QUICK.test(text)) return items;
  let expected: { style: string; ordinal: number } | undefined;
  for (const match of text.matchAll(MARKER)) {
    const label = match[1] ?? "";
    const punct = match[2] ?? "";
    const numeric = isDigit(label[0]);
    const ordinal = numeric ? Number(label) : (label.charCodeAt(0) | 0x20) - 96;
    const style = (numeric ? "1" : label === label.toLowerCase() ? "a" : "A") + punct;
    const continues = expected?.style === style && expected.ordinal === ordinal;
    const opens = atItemStart(text, match.index) && (numeric || ordinal === 1);
    if (!continues && !opens) continue;
    if (continues) items.starts.push(itemStart(text, match.index));
    if (punct.startsWith(".")) items.markerPeriods.add(match.index + label.length);
    expected = { style, ordinal: ordinal + 1 };
  }
  return items;
}
