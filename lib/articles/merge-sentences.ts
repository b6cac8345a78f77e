import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/history/record-event";
import { parseInput } from "@/lib/validation";
import { assertEditableStructure, countOpenProposals, lockSentences, rewrittenText, shiftPositions } from "./restructure";
import { mergeSentencesSchema } from "./schemas";

/**
 * Merges a sentence with the one after it in the same paragraph (a wrong boundary, such as a
 * stray fragment "new performance."). The second's annotations move to the merged sentence,
 * their spans shifted; later sentences move up one place.
 */
export async function mergeSentences(options: { input: unknown; actor: Actor }) {
  const { sentenceId, version, nextVersion } = parseInput(mergeSentencesSchema, options.input);
  return prisma.$transaction(async (tx) => {
    const head = await tx.sentence.findUnique({ where: { id: sentenceId }, select: { articleId: true, position: true } });
    if (!head) throw new AppError("NOT_FOUND", "That sentence does not exist.");
    const next = await tx.sentence.findUnique({
      where: { articleId_position: { articleId: head.articleId, position: head.position + 1 } },
      select: { id: true },
    });
    if (!next) throw new AppError("INVALID_INPUT", "This is the last sentence of the article: there is nothing to merge it with.");

    const locked = await lockSentences(tx, [sentenceId, next.id]);
    const first = locked.get(sentenceId);
    const second = locked.get(next.id);
    if (!first || !second || second.position !== first.position + 1) {
      throw new AppError("CONFLICT", "The sentences moved while you were merging. The page now shows the current order.");
    }
    if (first.paragraph_index !== second.paragraph_index) {
      throw new AppError("INVALID_INPUT", "These sentences are in different paragraphs; only sentences of one paragraph can be merged.");
    }
    const proposals = await countOpenProposals(tx, [first.id, second.id]);
    assertEditableStructure(first, version, proposals > 0);
    assertEditableStructure(second, nextVersion, proposals > 0);

    const separator = " ";
    const mergedText = `${first.mt_text}${separator}${second.mt_text}`;
    const shift = first.mt_text.length + separator.length;

    await tx.$executeRaw`UPDATE annotations SET sentence_id = ${first.id}, span_start = span_start + ${shift}, span_end = span_end + ${shift}
                          WHERE sentence_id = ${second.id}`;
    await tx.sentence.delete({ where: { id: second.id } });
    await tx.sentence.update({ where: { id: first.id }, data: { ...rewrittenText(mergedText), version: { increment: 1 } } });
    await shiftPositions(tx, first.article_id, second.position, -1);
    await tx.article.update({ where: { id: first.article_id }, data: { updatedAt: new Date() } });

    await recordEvent(tx, {
      actorId: options.actor.id,
      entityType: "sentence",
      entityId: first.id,
      action: "sentence.merged",
      before: { first: { id: first.id, text: first.mt_text }, second: { id: second.id, text: second.mt_text, position: second.position } },
      after: { text: mergedText, position: first.position },
    });
    return { sentenceId: first.id, articleId: first.article_id };
  });
}
