import { describe, expect, test } from "vitest";
import { segmentSentences } from "@/lib/segmentation/segment-sentences";

const sentences = (text: string, language?: "en" | "zh") => segmentSentences(text, language ? { language } : {}).map((span) => span.text);

describe("Chinese punctuation", () => {
  test("。 ends a sentence without a following space", () => {
    expect(sentences("雷锋精神永不过时。我们要学习雷锋。")).toEqual(["雷锋精神永不过时。", "我们要学习雷锋。"]);
  });

  test("！ and ？ end a sentence, doubled or not", () => {
    expect(sentences("真的吗？！是的！好")).toEqual(["真的吗？！", "是的！", "好"]);
  });

  test("the full-width semicolon ； ends a segment", () => {
    expect(sentences("一是加强领导；二是狠抓落实。")).toEqual(["一是加强领导；", "二是狠抓落实。"]);
  });

  test("the ellipsis …… ends a sentence in Chinese", () => {
    expect(sentences("他想了想……然后走了。")).toEqual(["他想了想……", "然后走了。"]);
  });

  test("closing quotes and brackets stay with their sentence", () => {
    expect(sentences("他说：“要学雷锋。”（完）大家同意。")).toEqual(["他说：“要学雷锋。”", "（完）大家同意。"]);
    expect(sentences("《雷锋日记》出版了。「好」")).toEqual(["《雷锋日记》出版了。", "「好」"]);
  });

  test("the Chinese comma and enumeration comma never end a sentence", () => {
    expect(sentences("胡涛、傅志宏，张莹出席。")).toEqual(["胡涛、傅志宏，张莹出席。"]);
  });

  test("ideographic spaces around sentences are trimmed", () => {
    expect(segmentSentences("\u3000\u3000今年是题词60周年。")).toEqual([{ text: "今年是题词60周年。", start: 2, end: 12 }]);
  });

  test("Chinese terminators end sentences in English mode too", () => {
    expect(sentences("Quote: 学雷锋。好人好事。", "en")).toEqual(["Quote: 学雷锋。", "好人好事。"]);
  });
});
