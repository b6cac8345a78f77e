import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/history/record-event";
import { parseInput } from "@/lib/validation";
import { assertEditableStructure, countOpenProposals, lockSentences, rewrittenText, shiftPositions } from "./restructure";
import { splitSentenceSchema } from "./schemas";

/**
 * Splits a wrongly joined sentence in two at `offset`. The second part becomes a new sentence
 * right after the first; later sentences move down one place. Annotations whose span lies in
 * the second part move with it; a span across the cut is clipped to the first part.
 */
export async function splitSentence(options: { input: unknown; actor: Actor }) {
  const { sentenceId, offset, version } = parseInput(splitSentenceSchema, options.input);
  return prisma.$transaction(async (tx) => {
    const sentence = (await lockSentences(tx, [sentenceId])).get(sentenceId);
    if (!sentence) throw new AppError("NOT_FOUND", "That sentence does not exist.");
    assertEditableStructure(sentence, version, (await countOpenProposals(tx, [sentenceId])) > 0);

    const text = sentence.mt_text;
    const firstText = text.slice(0, offset).trimEnd();
    const secondStart = offset + (text.slice(offset).length - text.slice(offset).trimStart().length);
    const secondText = text.slice(secondStart);
    if (offset >= text.length || firstText.length === 0 || secondText.trim().length === 0) {
      throw new AppError("INVALID_INPUT", "Split between words inside the sentence: both parts need text.");
    }

    await shiftPositions(tx, sentence.article_id, sentence.position, 1);
    await tx.sentence.update({ where: { id: sentence.id }, data: { ...rewrittenText(firstText), version: { increment: 1 } } });
    const second = await tx.sentence.create({
      data: { articleId: sentence.article_id, paragraphIndex: sentence.paragraph_index, position: sentence.position + 1, ...rewrittenText(secondText) },
      select: { id: true },
    });

    // Spans in the second part follow it; a span across the cut keeps its first part.
    await tx.$executeRaw`UPDATE annotations SET sentence_id = ${second.id}, span_start = span_start - ${secondStart}, span_end = span_end - ${secondStart}
                          WHERE sentence_id = ${sentence.id} AND span_start >= ${secondStart}`;
    await tx.$executeRaw`UPDATE annotations SET span_end = ${firstText.length}
                          WHERE sentence_id = ${sentence.id} AND span_end > ${firstText.length} AND span_start < ${firstText.length}`;
    await tx.$executeRaw`UPDATE annotations SET span_start = NULL, span_end = NULL
                          WHERE sentence_id = ${sentence.id} AND span_start >= ${firstText.length}`;
    await tx.article.update({ where: { id: sentence.article_id }, data: { updatedAt: new Date() } });

    await recordEvent(tx, {
      actorId: options.actor.id,
      entityType: "sentence",
      entityId: sentence.id,
      action: "sentence.split",
      before: { text, position: sentence.position, version: sentence.version },
      after: { first: { id: sentence.id, text: firstText }, second: { id: second.id, text: secondText, position: sentence.position + 1 } },
    });
    return { firstId: sentence.id, secondId: second.id, articleId: sentence.article_id };
  });
}
