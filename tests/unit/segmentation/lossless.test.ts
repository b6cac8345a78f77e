import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type SentenceSpan, segmentSentences } from "@/lib/segmentation/segment-sentences";
import { HARD_CASES } from "@/tests/fixtures/segmentation/hard-cases";

// Segmentation is lossless: the spans, joined with the whitespace between them, give back the text.

const PIECES = [
  ..."abcxyzABCXYZ0123456789",
  ..." \t\n\r\u00a0\u3000\u2009",
  ...".!?;:,…‽-–—()[]{}•⁃/@'\"“”‘’«»「」（）",
  ..."。！？；，、雷锋精神",
  "Mr.",
  "U.S.",
  "e.g.",
  "1.",
  "a.",
  "...",
  ". . .",
  "[...]",
  "\n\n",
  "http://a.b/c.d",
  "😀",
];

const textArbitrary = fc.oneof(
  fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(...HARD_CASES.map((c) => c.input)),
);

const isWhitespace = (s: string) => s.trim() === "";

function expectLossless(text: string, spans: SentenceSpan[]) {
  let rebuilt = "";
  let cursor = 0;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(cursor);
    expect(span.text).toBe(text.slice(span.start, span.end));
    expect(span.text.length).toBeGreaterThan(0);
    expect(span.text).toBe(span.text.trim());
    const gap = text.slice(cursor, span.start);
    expect(isWhitespace(gap)).toBe(true);
    rebuilt += gap + span.text;
    cursor = span.end;
  }
  expect(isWhitespace(text.slice(cursor))).toBe(true);
  expect(rebuilt + text.slice(cursor)).toBe(text);
  expect(spans.length === 0).toBe(isWhitespace(text));
}

describe("segmentation is lossless", () => {
  test.each(["en", "zh", undefined] as const)("for any text, language %s", (language) => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        expectLossless(text, segmentSentences(text, language ? { language } : {}));
      }),
      { numRuns: 2000 },
    );
  });
});
