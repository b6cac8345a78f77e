import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { ArticleParseError, normalizeDisplayText, parseArticle } from "@/lib/articles/parse-article";

const SAMPLES = new URL("../../fixtures/samples/", import.meta.url);
const sample = (name: string) => readFileSync(new URL(name, SAMPLES), "utf8");
const sampleNames = readdirSync(SAMPLES).filter((name) => name.endsWith(".txt"));
const sentencesOf = (raw: string) => parseArticle(raw).paragraphs.map((p) => p.sentences);

describe("parseArticle on the sample articles", () => {
  test.each(sampleNames)("%s is parsed as the editor's expected parse", (name) => {
    const expected: unknown = JSON.parse(sample(name.replace(/\.txt$/, ".expected.json")));
    const parsed = parseArticle(sample(name));
    const { title, titleSource, metadata } = parsed;
    const paragraphs = parsed.paragraphs.map(({ kind, sentences }) => ({ kind, sentences }));
    expect({ title, titleSource, metadata, paragraphs }).toEqual(expected);
    for (const paragraph of parsed.paragraphs) expect(paragraph.sentences.join(" ")).toBe(paragraph.text);
  });

  test("Windows line endings give the same parse", () => {
    const name = "003_3f669005f15cead5.txt";
    expect(parseArticle(sample(name).replace(/\n/g, "\r\n"))).toEqual(parseArticle(sample(name)));
  });
});

describe("parseArticle header metadata", () => {
  test("Date: and Source: lines are metadata, not paragraphs", () => {
    const article = parseArticle("A headline\n\nDate: 2023-03-06\n\nSource: Fuxin News Network\n\nThe body.");
    expect(article.metadata).toEqual({ publishedDate: "2023-03-06", sourceName: "Fuxin News Network" });
    expect(article.paragraphs.map((p) => p.text)).toEqual(["A headline", "The body."]);
  });

  test("fields are recognised before the title and several on one line", () => {
    const article = parseArticle("Source: Xinhua  Date: 2023/3/6\nA headline\nThe body.");
    expect(article.title).toBe("A headline");
    expect(article.metadata).toEqual({ publishedDate: "2023-03-06", sourceName: "Xinhua" });
  });

  test("time: with NBSP padding and an empty hits: field", () => {
    const article = parseArticle("A headline\ntime:2023-03-03\u00a0\u00a0\u00a0\u00a0 hits:\n\nThe body.");
    expect(article.metadata).toEqual({ publishedDate: "2023-03-03" });
    expect(article.paragraphs).toHaveLength(2);
  });

  test("hits, author and editor values are kept", () => {
    const article = parseArticle("A headline\nAuthor: Li Ming   Editor: Wang Fang   Hits: 120\n\nThe body.");
    expect(article.metadata).toEqual({ reporter: "Li Ming", editor: "Wang Fang", hits: "120" });
  });

  test.each([
    ["Published: March 6, 2023", "2023-03-06"],
    ["Release time: 6 March 2023 10:20", "2023-03-06"],
    ["发布时间：2023年3月6日 10:20", "2023-03-06"],
    ["日期：2023.03.06", "2023-03-06"],
  ])("date field %s", (line, date) => {
    expect(parseArticle(`A headline\n${line}\n\nThe body.`).metadata.publishedDate).toBe(date);
  });

  test("a title that only looks like a field stays the title", () => {
    const article = parseArticle("Time: a history of clocks\n\nThe body.");
    expect(article.title).toBe("Time: a history of clocks");
    expect(article.metadata).toEqual({});
  });
});

describe("parseArticle datelines", () => {
  test("a date and byline run into the first sentence are cut off it", () => {
    const article = parseArticle(" date 2023-03-07 All-media reporter Liu Yanchao reported that Lei Feng is a model. He is.");
    expect(article.metadata).toEqual({
      publishedDate: "2023-03-07",
      reporter: "Liu Yanchao",
      dateline: "date 2023-03-07 All-media reporter Liu Yanchao reported that",
    });
    expect(article.paragraphs[0]?.sentences).toEqual(["Lei Feng is a model.", "He is."]);
    expect(article.paragraphs[0]?.raw).toContain("date 2023-03-07");
  });

  test("an agency dateline is cut off the first body paragraph", () => {
    const article = parseArticle("Headline\n\nXinhua News Agency, Beijing, February 23 – Xi Jinping made remarks.");
    expect(article.metadata).toEqual({
      sourceName: "Xinhua News Agency",
      place: "Beijing",
      dateline: "Xinhua News Agency, Beijing, February 23 –",
    });
    expect(article.paragraphs[1]?.sentences).toEqual(["Xi Jinping made remarks."]);
  });

  test("a wire dateline with the agency in brackets and a year gives the date", () => {
    const article = parseArticle("Headline\n\nBEIJING, Feb. 23, 2023 (Xinhua) -- The meeting opened.");
    expect(article.metadata).toMatchObject({ publishedDate: "2023-02-23", sourceName: "Xinhua", place: "BEIJING" });
    expect(article.paragraphs[1]?.sentences).toEqual(["The meeting opened."]);
  });

  test("a byline in brackets is cut; a reporter as the subject of a sentence is not", () => {
    expect(parseArticle("Headline\n\n(Reporter Li Ming) The plan works.").paragraphs[1]?.sentences).toEqual(["The plan works."]);
    expect(parseArticle("Headline\n\nReporter Li Ming said the plan works.").paragraphs[1]?.sentences).toEqual([
      "Reporter Li Ming said the plan works.",
    ]);
  });
});

describe("parseArticle closing lines", () => {
  const body = "Headline\n\nThe body ends here.\n\n";

  test("signature, date and reviewers at the end are metadata", () => {
    const article = parseArticle(
      `${body}Organization Department of the Committee\n\nMarch 1, 2023\n\n(Reviewed by Wang Jiayi, Wang Xingzhou)\n`,
    );
    expect(article.metadata).toEqual({
      reviewedBy: ["Wang Jiayi", "Wang Xingzhou"],
      signatureDate: "2023-03-01",
      signature: "Organization Department of the Committee",
    });
    expect(article.paragraphs.map((p) => p.text)).toEqual(["Headline", "The body ends here."]);
  });

  test("an editor line in brackets is metadata", () => {
    expect(parseArticle(`${body}(Editor: Zhang San)`).metadata).toEqual({ editor: "Zhang San" });
  });

  test("a closing date under a body sentence does not make the sentence a signature", () => {
    const article = parseArticle(`${body}2023-03-01`);
    expect(article.metadata).toEqual({ signatureDate: "2023-03-01" });
    expect(article.paragraphs.at(-1)?.text).toBe("The body ends here.");
  });
});

describe("parseArticle paragraphs and title", () => {
  test("blank lines and single line breaks both separate paragraphs", () => {
    expect(sentencesOf("Headline\nFirst paragraph.\nSecond paragraph.\n\nThird paragraph.")).toEqual([
      ["Headline"],
      ["First paragraph."],
      ["Second paragraph."],
      ["Third paragraph."],
    ]);
  });

  test("lines wrapped in the middle of a sentence are one paragraph", () => {
    expect(sentencesOf("Headline\n\nThe meeting was held in\nBeijing on Monday, and\nmany attended. It was\nlong.")).toEqual([
      ["Headline"],
      ["The meeting was held in Beijing on Monday, and many attended.", "It was long."],
    ]);
  });

  test("NBSP, tabs and zero-width characters are normalised for display, the raw text is kept", () => {
    const raw = "Headline\n\nLei\u00a0Feng\t\tspirit\u200b is  eternal.";
    const paragraph = parseArticle(raw).paragraphs[1];
    expect(paragraph).toMatchObject({ text: "Lei Feng spirit is eternal.", raw: "Lei\u00a0Feng\t\tspirit\u200b is  eternal." });
  });

  test("the headline is the title and paragraph 0; sub-headlines are headings", () => {
    const article = parseArticle("Still learn from Lei Feng\n\nDeeply grasp the spirit\n\nThe body.");
    expect(article).toMatchObject({ title: "Still learn from Lei Feng", titleSource: "headline" });
    expect(article.paragraphs.map((p) => p.kind)).toEqual(["title", "heading", "body"]);
  });

  test("an article that starts with its body gets a shortened first sentence as title, not repeated", () => {
    const article = parseArticle(sample("004_607dce494198f64d.txt"));
    expect(article.title).toBe("On the morning of February 27, the Standing Committee of the Heshan District…");
    expect(article.titleSource).toBe("first-sentence");
    expect(article.paragraphs[0]?.kind).toBe("body");
  });

  test("paragraphs without a letter or digit (separators) are dropped", () => {
    expect(sentencesOf("Headline\n\n* * *\n\nThe body.")).toEqual([["Headline"], ["The body."]]);
  });
});

describe("parseArticle errors", () => {
  test.each(["", " \n\t\u00a0\u3000\u200b\r\n"])("text with nothing in it is EMPTY (%j)", (raw) => {
    expect(() => parseArticle(raw)).toThrow(expect.objectContaining({ name: "ArticleParseError", code: "EMPTY" }));
  });

  test.each(["Date: 2023-03-06\nSource: Fuxin News Network", "* * *\n---"])("text without sentences is NO_SENTENCES (%j)", (raw) => {
    const error = (() => {
      try {
        parseArticle(raw);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ArticleParseError);
    expect(error).toMatchObject({ code: "NO_SENTENCES" });
  });
});

describe("normalizeDisplayText", () => {
  test("turns odd spaces into single spaces and removes zero-width characters", () => {
    expect(normalizeDisplayText(" a\u00a0\u00a0b\tc\u3000d\u2009e\u200bf\u00adg  h\n")).toBe("a b c d efg h");
  });
});
