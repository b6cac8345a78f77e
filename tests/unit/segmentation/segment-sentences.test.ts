import { describe, expect, test } from "vitest";
import { segmentSentences } from "@/lib/segmentation/segment-sentences";
import { HARD_CASES } from "@/tests/fixtures/segmentation/hard-cases";

const sentences = (text: string, language?: "en" | "zh") => segmentSentences(text, language ? { language } : {}).map((span) => span.text);

describe("segmentSentences on the hard cases of sentence boundary disambiguation", () => {
  test.each(HARD_CASES)("$name", ({ input, expected, language }) => {
    expect(sentences(input, language)).toEqual(expected);
  });
});

describe("segmentSentences spans", () => {
  test("spans carry UTF-16 offsets into the input, trimmed of surrounding whitespace", () => {
    const text = "  Hello there.\u00a0 How are you? ";
    expect(segmentSentences(text)).toEqual([
      { text: "Hello there.", start: 2, end: 14 },
      { text: "How are you?", start: 16, end: 28 },
    ]);
  });

  test("empty and whitespace-only text has no sentences", () => {
    expect(segmentSentences("")).toEqual([]);
    expect(segmentSentences(" \n\t\u3000")).toEqual([]);
  });

  test("text without a final mark is one sentence", () => {
    expect(sentences("Cai Qi attended the symposium and delivered a speech")).toEqual([
      "Cai Qi attended the symposium and delivered a speech",
    ]);
  });
});

describe("segmentSentences across line breaks", () => {
  test("a blank line always ends a sentence", () => {
    expect(sentences("First part of a line\n\nsecond paragraph.")).toEqual(["First part of a line", "second paragraph."]);
  });

  test("a line wrapped in the middle of a sentence is joined", () => {
    expect(sentences("The meeting was held\nin Beijing on Monday.")).toEqual(["The meeting was held\nin Beijing on Monday."]);
  });

  test("lines that never reach a sentence end are entries of their own", () => {
    expect(sentences("features\ncontact manager\nevents, activities\n")).toEqual(["features", "contact manager", "events, activities"]);
  });

  test("a line ending in an abbreviation is continued on the next", () => {
    expect(sentences("He met Mr.\nSmith yesterday.")).toEqual(["He met Mr.\nSmith yesterday."]);
  });

  test("Windows line endings behave like Unix ones", () => {
    expect(sentences("One line\r\nAnother line\r\n\r\nA paragraph.")).toEqual(["One line", "Another line", "A paragraph."]);
  });
});

describe("segmentSentences language", () => {
  test("detects Chinese when Han characters outnumber Latin letters", () => {
    expect(sentences("我们使用iPhone!然后离开了。")).toEqual(["我们使用iPhone!", "然后离开了。"]);
  });

  test("keeps English rules for English text with a Chinese name in it", () => {
    expect(sentences("The slogan 学雷锋!is famous. It was coined in 1963.")).toEqual([
      "The slogan 学雷锋!is famous.",
      "It was coined in 1963.",
    ]);
  });
});
