// What splitting and merging sentences share: locking rows, refusing stale or frozen ones,
// and moving positions without tripping the (article_id, position) unique index.
import type { TransactionClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assessSentences } from "@/lib/qa/assess-sentences";

export interface LockedSentence {
  id: number;
  article_id: number;
  paragraph_index: number;
  position: number;
  mt_text: string;
  final_text: string;
  status: string;
  version: number;
  article_status: string;
}

/** Locks the sentences (in id order, so two editors cannot deadlock) with their article's status. */
export async function lockSentences(tx: TransactionClient, ids: number[]): Promise<Map<number, LockedSentence>> {
  const rows = await tx.$queryRaw<LockedSentence[]>`
    SELECT s.id, s.article_id, s.paragraph_index, s.position, s.mt_text, s.final_text, s.status::text AS status, s.version,
           a.status::text AS article_status
      FROM sentences s JOIN articles a ON a.id = s.article_id
     WHERE s.id = ANY(${ids}::int[])
     ORDER BY s.id
       FOR UPDATE OF s`;
  return new Map(rows.map((row) => [row.id, row]));
}

export function assertEditableStructure(sentence: LockedSentence, expectedVersion: number, hasProposals: boolean): void {
  if (sentence.version !== expectedVersion) {
    throw new AppError("CONFLICT", "This sentence was changed by someone else. The page now shows the current version.", {
      details: { sentenceId: sentence.id, version: sentence.version, text: sentence.mt_text, status: sentence.status },
    });
  }
  if (sentence.article_status === "approved") {
    throw new AppError("CONFLICT", "The article is approved; a lead must reopen it before its sentences change.");
  }
  if (hasProposals || sentence.status === "accepted" || sentence.status === "excluded") {
    throw new AppError("CONFLICT", "This sentence already has corrections or a decision; decide those before splitting or merging it.");
  }
}

export async function countOpenProposals(tx: TransactionClient, sentenceIds: number[]): Promise<number> {
  return tx.proposal.count({ where: { sentenceId: { in: sentenceIds }, status: { in: ["proposed", "accepted"] } } });
}

// Far above any real position, far below the int4 limit.
const PARKING_OFFSET = 1_000_000_000;

/** Adds `delta` to the positions of the article's sentences after `afterPosition`. */
export async function shiftPositions(tx: TransactionClient, articleId: number, afterPosition: number, delta: number): Promise<void> {
  // Two steps through a parking range: one UPDATE moving rows by ±1 would collide with
  // neighbours that have not moved yet (the unique index is checked row by row).
  await tx.$executeRaw`UPDATE sentences SET position = position + ${PARKING_OFFSET + delta} WHERE article_id = ${articleId} AND position > ${afterPosition}`;
  await tx.$executeRaw`UPDATE sentences SET position = position - ${PARKING_OFFSET} WHERE article_id = ${articleId} AND position >= ${PARKING_OFFSET}`;
}

/**
 * A sentence whose MT text a split or merge rewrote: MT and final text are the new text, it
 * is reviewed afresh, and the QA step assesses it again.
 */
export function rewrittenText(text: string) {
  const [assessment] = assessSentences([text]);
  return {
    mtText: text,
    finalText: text,
    status: "unreviewed" as const,
    qaFindings: (assessment?.qaFindings ?? []) as object[],
    suspicion: assessment?.suspicion ?? 0,
  };
}
