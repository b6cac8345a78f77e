import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { importArticle } from "../../lib/articles/import-article";
import { importArticles } from "../../lib/articles/import-articles";
import { prisma } from "../../lib/db";
import { makeUser, uniqueSuffix } from "../support/factories";

const samplesDir = path.resolve(import.meta.dirname, "../fixtures/samples");
const article = (title: string, body: string) => `${title}\n\n${body}\n`;

describe("importArticle", () => {
  test("stores a sample with its metadata, paragraphs and sentences in order, and one history row", async () => {
    const lead = await makeUser("lead");
    const text = await readFile(path.join(samplesDir, "002_73089749affce752.txt"), "utf8");
    const expected = JSON.parse(await readFile(path.join(samplesDir, "002_73089749affce752.expected.json"), "utf8")) as {
      title: string;
      metadata: { sourceName?: string; publishedDate?: string };
      paragraphs: { sentences: string[] }[];
    };
    // The sample may already be there from another test file's seed; make it unique.
    const result = await importArticle({ input: { text: `${text}\n\nImported by test ${uniqueSuffix()}.`, fileName: "002.txt" }, actor: lead });
    expect(result.status).toBe("imported");
    if (result.status !== "imported") return;

    const stored = await prisma.article.findUniqueOrThrow({
      where: { id: result.articleId },
      include: { sentences: { orderBy: { position: "asc" } } },
    });
    expect(stored.title).toBe(expected.title);
    expect(stored.sourceName).toBe(expected.metadata.sourceName);
    expect(stored.publishedAt?.toISOString().slice(0, 10)).toBe(expected.metadata.publishedDate);
    expect(stored.importedById).toBe(lead.id);
    expect(stored.metadata).toMatchObject({ fileName: "002.txt" });
    const expectedSentences = expected.paragraphs.flatMap((paragraph, index) => paragraph.sentences.map((sentence) => ({ index, sentence })));
    expect(stored.sentences.slice(0, expectedSentences.length).map((s) => [s.paragraphIndex, s.mtText])).toEqual(
      expectedSentences.map(({ index, sentence }) => [index, sentence]),
    );
    expect(stored.sentences.map((s) => s.position)).toEqual(stored.sentences.map((_, i) => i));
    expect(stored.sentences.every((s) => s.finalText === s.mtText && s.status === "unreviewed" && s.version === 1)).toBe(true);

    const events = await prisma.event.findMany({ where: { entityType: "article", entityId: String(result.articleId) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "article.imported", actorId: lead.id });
  });

  test("the same content again is a duplicate, even with other line endings, and nothing new is stored", async () => {
    const body = `A sentence about duplicates ${uniqueSuffix()}. Another one follows.`;
    const first = await importArticle({ input: { text: article("Duplicates", body) }, actor: "system" });
    const before = await prisma.sentence.count();
    const second = await importArticle({ input: { text: article("Duplicates", body).replaceAll("\n", "\r\n") + "   \r\n" }, actor: "system" });
    expect(first.status).toBe("imported");
    expect(second).toEqual({ status: "duplicate", articleId: first.articleId, title: "Duplicates" });
    expect(await prisma.sentence.count()).toBe(before);
  });

  test("two imports of the same content at once store it once", async () => {
    const text = article("Racing", `Both imports start together ${uniqueSuffix()}. Only one may win.`);
    const results = await Promise.all([importArticle({ input: { text }, actor: "system" }), importArticle({ input: { text }, actor: "system" })]);
    expect(results.map((result) => result.status).sort()).toEqual(["duplicate", "imported"]);
  });

  test("a reviewer may not import, and nothing is stored", async () => {
    const reviewer = await makeUser("reviewer");
    const text = article("Forbidden", `Reviewers review ${uniqueSuffix()}.`);
    await expect(importArticle({ input: { text }, actor: reviewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.article.count({ where: { title: "Forbidden" } })).toBe(0);
  });

  test.each([
    ["empty text", { text: "" }, /The article text is empty/],
    ["white space only", { text: " \n\t\n" }, /The article text is empty/],
    ["a NUL byte", { text: "Title\n\nText with a \u0000 byte." }, /NUL byte/],
    ["over 5 MB", { text: `Big\n\n${"word ".repeat(1_100_000)}` }, /larger than 5 MB/],
    ["an unknown field", { text: "Title\n\nFine text.", colour: "blue" }, /Unrecognized key/],
    ["a bad date", { text: "Title\n\nFine text.", publishedAt: "March 5" }, /publishedAt: Published date must be a date/],
    ["no sentences", { text: "Date: 2023-03-06\nSource: Nowhere\n" }, /no sentences/],
  ])("refuses %s with a clear message and stores nothing", async (_label, input, message) => {
    const articles = await prisma.article.count();
    await expect(importArticle({ input, actor: "system" })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(message) });
    expect(await prisma.article.count()).toBe(articles);
  });

  describe("a failure while writing leaves nothing behind", () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    beforeAll(async () => {
      await client.connect();
      await client.query(`
        CREATE OR REPLACE FUNCTION test_poison_sentence() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.mt_text = 'POISON sentence.' THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER test_poison BEFORE INSERT ON sentences FOR EACH ROW EXECUTE FUNCTION test_poison_sentence();`);
    });
    afterAll(async () => {
      await client.query(`DROP TRIGGER test_poison ON sentences; DROP FUNCTION test_poison_sentence();`);
      await client.end();
    });

    test("and the other articles of a batch still import", async () => {
      const suffix = uniqueSuffix();
      const outcomes = await importArticles({
        inputs: [
          { text: article(`Good ${suffix}`, "A fine first article.") },
          { text: article(`Poisoned ${suffix}`, "A fine sentence. POISON sentence.") },
          { text: "" },
          { text: article(`Also good ${suffix}`, "A fine last article.") },
        ],
        actor: "system",
      });
      expect(outcomes.map((outcome) => outcome.status)).toEqual(["imported", "failed", "failed", "imported"]);
      expect(outcomes[1]).toMatchObject({ error: { code: "INTERNAL" } });
      expect(await prisma.article.count({ where: { title: `Poisoned ${suffix}` } })).toBe(0);
      expect(await prisma.sentence.count({ where: { mtText: "A fine sentence." } })).toBe(0);
    });
  });

  test("a source text with matching structure is aligned sentence by sentence", async () => {
    const suffix = uniqueSuffix();
    const result = await importArticle({
      input: {
        text: `Learning from Lei Feng ${suffix}\n\nThe city held a meeting. Volunteers joined it.\n`,
        sourceText: `学习雷锋${suffix}\n\n全市召开了会议。志愿者参加了会议。\n`,
      },
      actor: "system",
    });
    const sentences = await prisma.sentence.findMany({ where: { articleId: result.articleId }, orderBy: { position: "asc" } });
    expect(sentences.map((sentence) => [sentence.mtText, sentence.sourceText])).toEqual([
      [`Learning from Lei Feng ${suffix}`, `学习雷锋${suffix}`],
      ["The city held a meeting.", "全市召开了会议。"],
      ["Volunteers joined it.", "志愿者参加了会议。"],
    ]);
  });
});
