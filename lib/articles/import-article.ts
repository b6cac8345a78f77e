import { assertRole, type Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordEvent } from "@/lib/history/record-event";
import { assessSentences } from "@/lib/qa/assess-sentences";
import { parseInput } from "@/lib/validation";
import { alignSource } from "./align-source";
import { canonicalArticleText, contentHash } from "./content-hash";
import { ArticleParseError, parseArticle } from "./parse-article";
import { importArticleSchema } from "./schemas";

export type ImportResult =
  | { status: "imported"; articleId: number; title: string; sentenceCount: number }
  | { status: "duplicate"; articleId: number; title: string };

/**
 * The one way articles enter Lector (web upload and paste, API, CLI, seed). The article, its
 * sentences and its history row are written in one transaction: a bad article leaves nothing.
 * Content already stored (same hash) is reported as a duplicate, not stored twice.
 */
export async function importArticle(options: { input: unknown; actor: Actor | "system" }): Promise<ImportResult> {
  if (options.actor !== "system") assertRole(options.actor, "lead", "import articles");
  const input = parseInput(importArticleSchema, options.input);
  const rawText = canonicalArticleText(input.text);
  const hash = contentHash(rawText);

  const existing = await findByHash(hash);
  if (existing) return existing;

  let parsed;
  try {
    parsed = parseArticle(rawText);
  } catch (error) {
    if (error instanceof ArticleParseError) throw new AppError("INVALID_INPUT", error.message, { cause: error });
    throw error;
  }

  const sourceBySentence = new Map<string, string>();
  if (input.sourceText) {
    for (const pair of alignSource(parsed, input.sourceText)) {
      sourceBySentence.set(`${pair.paragraphIndex}:${pair.sentenceIndex}`, pair.sourceText);
    }
  }
  const sentences = parsed.paragraphs.flatMap((paragraph, paragraphIndex) =>
    paragraph.sentences.map((text, sentenceIndex) => ({
      paragraphIndex,
      text,
      sourceText: sourceBySentence.get(`${paragraphIndex}:${sentenceIndex}`) ?? null,
    })),
  );
  const assessments = assessSentences(sentences.map((sentence) => sentence.text));
  const { publishedDate, sourceName, ...otherMetadata } = parsed.metadata;
  const title = input.title ?? parsed.title;
  const actorId = options.actor === "system" ? null : options.actor.id;

  try {
    return await prisma.$transaction(async (tx) => {
      const article = await tx.article.create({
        data: {
          title,
          sourceName: input.sourceName ?? sourceName ?? null,
          publishedAt: toDate(input.publishedAt ?? publishedDate),
          sourceLanguage: input.sourceLanguage,
          targetLanguage: input.targetLanguage,
          rawText,
          sourceRawText: input.sourceText ?? null,
          contentHash: hash,
          importedById: actorId,
          metadata: { ...otherMetadata, ...input.metadata, ...(input.fileName ? { fileName: input.fileName } : {}) } as Prisma.InputJsonObject,
        },
        select: { id: true },
      });
      // One INSERT … SELECT FROM unnest: about three times faster than createMany for an
      // article's sentences (measured with npm run bench:import; see docs/benchmarks.md).
      await tx.$executeRaw`
        INSERT INTO sentences (article_id, paragraph_index, position, mt_text, final_text, source_text, qa_findings, suspicion)
        SELECT ${article.id}, paragraph_index, position, mt_text, mt_text, source_text, qa_findings, suspicion
          FROM unnest(${sentences.map((sentence) => sentence.paragraphIndex)}::int[],
                      ${sentences.map((_, position) => position)}::int[],
                      ${sentences.map((sentence) => sentence.text)}::text[],
                      ${sentences.map((sentence) => sentence.sourceText)}::text[],
                      ${assessments.map((assessment) => JSON.stringify(assessment.qaFindings))}::jsonb[],
                      ${assessments.map((assessment) => assessment.suspicion)}::real[])
               AS row(paragraph_index, position, mt_text, source_text, qa_findings, suspicion)`;
      await recordEvent(tx, {
        actorId,
        entityType: "article",
        entityId: article.id,
        action: "article.imported",
        after: { title, sentences: sentences.length, paragraphs: parsed.paragraphs.length, contentHash: hash },
      });
      return { status: "imported" as const, articleId: article.id, title, sentenceCount: sentences.length };
    });
  } catch (error) {
    // Imported by someone else between our check and our insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const duplicate = await findByHash(hash);
      if (duplicate) return duplicate;
    }
    throw error;
  }
}

async function findByHash(hash: string): Promise<ImportResult | null> {
  const existing = await prisma.article.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
  return existing ? { status: "duplicate", articleId: existing.id, title: existing.title } : null;
}

function toDate(isoDate: string | undefined): Date | null {
  if (!isoDate) return null;
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
