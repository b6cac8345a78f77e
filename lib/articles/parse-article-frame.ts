import type { ArticleMetadata } from "./parse-article";
import { parseDate, parseFieldLine } from "./parse-article-metadata";

// The frame around an article's body: field lines among its first lines, and closing lines at its
// end (a signature, a date, "(Reviewed by …)", "Editor: …"). Recognised lines are metadata, not
// text to review.

/** Field lines are looked for among this many first non-empty lines, up to the first body line. */
const HEADER_LINES = 8;
/** Closing lines are looked for among this many last non-empty lines. */
const CLOSING_LINES = 5;
const SIGNATURE_MAX_LENGTH = 120;
const ENDS_LIKE_A_SENTENCE = /[.!?。！？:：;；,，]$/;
const BODY_LINE = /[.!?。！？]["'”’)）]*$/;

export interface Frame {
  metadata: ArticleMetadata;
  /** Indexes of the lines that were metadata. */
  consumed: Set<number>;
}

/** Copies the fields of `from` that `into` does not have yet: the first mention wins. */
export function mergeMissing(into: ArticleMetadata, from: ArticleMetadata): void {
  for (const [key, value] of Object.entries(from)) if (into[key] === undefined && value !== undefined) into[key] = value;
}

export function scanFrame(lines: string[]): Frame {
  const frame: Frame = { metadata: {}, consumed: new Set() };
  const nonEmpty = lines.flatMap((line, index) => (line === "" ? [] : [index]));
  for (const index of nonEmpty.slice(0, HEADER_LINES)) {
    const line = lines[index] ?? "";
    const fields = parseFieldLine(line);
    if (!fields && BODY_LINE.test(line)) break;
    if (!fields) continue;
    mergeMissing(frame.metadata, fields);
    frame.consumed.add(index);
  }
  // The first line that is not metadata is the title or the start of the body: never closing.
  const floor = nonEmpty.find((index) => !frame.consumed.has(index)) ?? Infinity;
  scanClosing(lines, nonEmpty.filter((index) => index > floor).slice(-CLOSING_LINES), frame);
  return frame;
}

function scanClosing(lines: string[], candidates: number[], frame: Frame): void {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const index = candidates[k] ?? -1;
    const line = lines[index] ?? "";
    if (frame.consumed.has(index)) return;
    const fields = parseFieldLine(line);
    if (fields) {
      mergeMissing(frame.metadata, fields);
      frame.consumed.add(index);
      continue;
    }
    const date = parseDate(line);
    if (!date) return;
    frame.metadata.signatureDate ??= date;
    frame.consumed.add(index);
    // A short line without final punctuation above the date signs the text: "Organization Department …".
    const above = candidates[k - 1];
    const signature = above === undefined ? "" : (lines[above] ?? "");
    if (above !== undefined && looksLikeSignature(signature) && !frame.consumed.has(above)) {
      frame.metadata.signature = signature;
      frame.consumed.add(above);
    }
    return;
  }
}

const looksLikeSignature = (line: string) => line.length <= SIGNATURE_MAX_LENGTH && !ENDS_LIKE_A_SENTENCE.test(line) && /\p{L}/u.test(line);
