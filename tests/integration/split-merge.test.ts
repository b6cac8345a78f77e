import { describe, expect, test } from "vitest";
import { mergeSentences } from "../../lib/articles/merge-sentences";
import { splitSentence } from "../../lib/articles/split-sentence";
import { prisma } from "../../lib/db";
import { makeArticleWithSentences, makeUser } from "../support/factories";

async function sentencesOf(articleId: number) {
  return prisma.sentence.findMany({
    where: { articleId },
    orderBy: { position: "asc" },
    select: { id: true, position: true, paragraphIndex: true, mtText: true, finalText: true, version: true, status: true },
  });
}

const headSentence = "Firm ideals and beliefs, create a new era in their respective positions.";
const garbled = `${headSentence} new performance.`;

describe("splitting a sentence", () => {
  test("cuts it in two, keeps the order of the others, moves annotations with their text, and records it", async () => {
    const reviewer = await makeUser("reviewer");
    const { articleId } = await makeArticleWithSentences([["It opens here.", "Lei Feng is a model.It is eternal.", "It closes here."], ["Another paragraph."]]);
    const before = await sentencesOf(articleId);
    const target = before.find((sentence) => sentence.mtText === "Lei Feng is a model.It is eternal.");
    if (!target) throw new Error("fixture sentence missing");
    const last = before.at(-1);
    const spanned = await prisma.annotation.create({
      data: { sentenceId: target.id, authorId: reviewer.id, category: "fluency_grammar", severity: "minor", spanStart: 26, spanEnd: 33 },
    });
    const across = await prisma.annotation.create({
      data: { sentenceId: target.id, authorId: reviewer.id, category: "fluency_punctuation", severity: "minor", spanStart: 15, spanEnd: 23 },
    });

    const result = await splitSentence({ input: { sentenceId: target.id, offset: 20, version: target.version }, actor: reviewer });

    const after = await sentencesOf(articleId);
    expect(after.map((sentence) => [sentence.paragraphIndex, sentence.mtText])).toEqual([
      [0, "It opens here."],
      [0, "Lei Feng is a model."],
      [0, "It is eternal."],
      [0, "It closes here."],
      [1, "Another paragraph."],
    ]);
    expect(after.map((sentence) => sentence.position)).toEqual(after.map((_, index) => index));
    expect(after.find((sentence) => sentence.id === last?.id)?.position).toBe((last?.position ?? 0) + 1);
    const first = after.find((sentence) => sentence.id === target.id);
    expect(first).toMatchObject({ version: target.version + 1, status: "unreviewed", finalText: "Lei Feng is a model." });

    // "eternal" (26–33 in the old text) is 6–13 in the new sentence; the span across the cut is clipped.
    await expect(prisma.annotation.findUnique({ where: { id: spanned.id } })).resolves.toMatchObject({ sentenceId: result.secondId, spanStart: 6, spanEnd: 13 });
    await expect(prisma.annotation.findUnique({ where: { id: across.id } })).resolves.toMatchObject({ sentenceId: target.id, spanStart: 15, spanEnd: 20 });

    const event = await prisma.event.findFirst({ where: { entityType: "sentence", entityId: String(target.id), action: "sentence.split" } });
    expect(event).toMatchObject({ actorId: reviewer.id, before: { text: "Lei Feng is a model.It is eternal." } });
  });

  test("refuses a stale version and changes nothing", async () => {
    const reviewer = await makeUser("reviewer");
    const { articleId } = await makeArticleWithSentences([["One sentence. Another sentence."]]);
    const [sentence] = await sentencesOf(articleId);
    if (!sentence) throw new Error("fixture sentence missing");
    await expect(splitSentence({ input: { sentenceId: sentence.id, offset: 4, version: sentence.version + 1 }, actor: reviewer })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { version: sentence.version },
    });
    expect((await sentencesOf(articleId)).find((s) => s.id === sentence.id)?.version).toBe(sentence.version);
  });

  test.each([
    ["at the start", 0, "INVALID_INPUT"],
    ["at the very end", 1000, "INVALID_INPUT"],
  ])("refuses a cut %s", async (_label, offset, code) => {
    const reviewer = await makeUser("reviewer");
    const { articleId } = await makeArticleWithSentences([["Only one sentence here."]]);
    const [sentence] = await sentencesOf(articleId);
    if (!sentence) throw new Error("fixture sentence missing");
    await expect(splitSentence({ input: { sentenceId: sentence.id, offset, version: 1 }, actor: reviewer })).rejects.toMatchObject({ code });
  });

  test("refuses a sentence that does not exist", async () => {
    const reviewer = await makeUser("reviewer");
    await expect(splitSentence({ input: { sentenceId: 2_000_000_000, offset: 3, version: 1 }, actor: reviewer })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("merging sentences", () => {
  test("joins a stray fragment to the sentence before it, shifting spans and positions, and records it", async () => {
    const reviewer = await makeUser("reviewer");
    const { articleId } = await makeArticleWithSentences([[headSentence, "new performance.", "It is necessary to innovate forms."]]);
    const before = await sentencesOf(articleId);
    const head = before.find((sentence) => sentence.mtText.endsWith("respective positions."));
    const fragment = before.find((sentence) => sentence.mtText === "new performance.");
    if (!head || !fragment) throw new Error("fixture sentences missing");
    const annotation = await prisma.annotation.create({
      data: { sentenceId: fragment.id, authorId: reviewer.id, category: "segmentation", severity: "major", spanStart: 0, spanEnd: 15 },
    });

    await mergeSentences({ input: { sentenceId: head.id, version: head.version, nextVersion: fragment.version }, actor: reviewer });

    const after = await sentencesOf(articleId);
    expect(after).toHaveLength(before.length - 1);
    expect(after.find((sentence) => sentence.id === head.id)?.mtText).toBe(garbled);
    expect(after.map((sentence) => sentence.position)).toEqual(after.map((_, index) => index));
    expect(after.at(-1)?.mtText).toBe("It is necessary to innovate forms.");
    const shift = head.mtText.length + 1;
    await expect(prisma.annotation.findUnique({ where: { id: annotation.id } })).resolves.toMatchObject({
      sentenceId: head.id,
      spanStart: shift,
      spanEnd: shift + 15,
    });
    expect(garbled.slice(shift, shift + 15)).toBe("new performance");
    await expect(prisma.event.count({ where: { entityId: String(head.id), action: "sentence.merged" } })).resolves.toBe(1);
  });

  test("refuses to merge the last sentence, or across paragraphs", async () => {
    const reviewer = await makeUser("reviewer");
    const { articleId } = await makeArticleWithSentences([["A heading"], ["A first sentence.", "A second sentence."]]);
    const sentences = await sentencesOf(articleId);
    const title = sentences[0];
    const last = sentences.at(-1);
    if (!title || !last) throw new Error("fixture sentences missing");
    await expect(mergeSentences({ input: { sentenceId: last.id, version: last.version, nextVersion: 1 }, actor: reviewer })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/last sentence/),
    });
    await expect(mergeSentences({ input: { sentenceId: title.id, version: 1, nextVersion: 1 }, actor: reviewer })).rejects.toMatchObject({
      message: expect.stringMatching(/different paragraphs/),
    });
  });

  test("refuses when either sentence has a pending proposal, and changes nothing", async () => {
    const reviewer = await makeUser("reviewer");
    const { articleId } = await makeArticleWithSentences([["One part.", "Another part."]]);
    const [first, second] = await sentencesOf(articleId);
    if (!first || !second) throw new Error("fixture sentences missing");
    await prisma.proposal.create({ data: { sentenceId: second.id, authorId: reviewer.id, text: "Another part, corrected.", basedOnVersion: 1 } });
    await expect(mergeSentences({ input: { sentenceId: first.id, version: 1, nextVersion: 1 }, actor: reviewer })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await sentencesOf(articleId)).toHaveLength(2);
  });
});
