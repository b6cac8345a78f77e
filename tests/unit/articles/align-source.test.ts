import { describe, expect, test } from "vitest";
import { alignSource } from "@/lib/articles/align-source";
import { parseArticle } from "@/lib/articles/parse-article";

const MT = [
  "Fuxin City launched the activity",
  "Date: 2023-03-06",
  "Source: Fuxin News Network",
  "",
  "This year marks the 60th anniversary. Our city held the ceremony.",
  "",
  "Hu Tao attended the ceremony.",
].join("\n");

const SOURCE = [
  "阜新市启动学雷锋活动",
  "日期：2023-03-06",
  "来源：阜新新闻网",
  "",
  "今年是题词60周年。我市举行了启动仪式。",
  "",
  "胡涛出席启动仪式。傅志宏出席。",
].join("\n");

describe("alignSource", () => {
  test("pairs sentences where paragraph and sentence counts match, and paragraphs where they do not", () => {
    expect(alignSource(parseArticle(MT), SOURCE)).toEqual([
      { paragraphIndex: 0, sentenceIndex: 0, sourceText: "阜新市启动学雷锋活动", level: "sentence" },
      { paragraphIndex: 1, sentenceIndex: 0, sourceText: "今年是题词60周年。", level: "sentence" },
      { paragraphIndex: 1, sentenceIndex: 1, sourceText: "我市举行了启动仪式。", level: "sentence" },
      { paragraphIndex: 2, sentenceIndex: 0, sourceText: "胡涛出席启动仪式。傅志宏出席。", level: "paragraph" },
    ]);
  });

  test("aligns nothing when the paragraph counts differ", () => {
    expect(alignSource(parseArticle(MT), "阜新市启动学雷锋活动\n\n今年是题词60周年。")).toEqual([]);
  });

  test("aligns nothing for an empty or metadata-only source", () => {
    expect(alignSource(parseArticle(MT), "")).toEqual([]);
    expect(alignSource(parseArticle(MT), "日期：2023-03-06")).toEqual([]);
  });
});
