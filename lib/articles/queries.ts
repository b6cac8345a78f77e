// Reads of articles for pages and the API, with explicit shapes.
import "server-only";
import { prisma } from "@/lib/db";

export const ARTICLE_PAGE_SIZE = 50;

export interface ArticleListItem {
  id: number;
  title: string;
  sourceName: string | null;
  publishedAt: Date | null;
  status: string;
  assigneeName: string | null;
  sentenceCount: number;
  decidedCount: number;
}

/** Newest first, paged by key: `after` is the last id of the previous page. */
export async function listArticles(options: { after?: number; limit?: number } = {}) {
  const limit = options.limit ?? ARTICLE_PAGE_SIZE;
  const rows = await prisma.article.findMany({
    where: options.after ? { id: { lt: options.after } } : undefined,
    orderBy: { id: "desc" },
    take: limit + 1,
    select: {
      id: true,
      title: true,
      sourceName: true,
      publishedAt: true,
      status: true,
      assignee: { select: { name: true } },
      _count: { select: { sentences: true } },
    },
  });
  const page = rows.slice(0, limit);
  const decided = await prisma.sentence.groupBy({
    by: ["articleId"],
    where: { articleId: { in: page.map((row) => row.id) }, status: { not: "unreviewed" } },
    _count: { _all: true },
  });
  const decidedByArticle = new Map(decided.map((row) => [row.articleId, row._count._all]));
  const items: ArticleListItem[] = page.map((row) => ({
    id: row.id,
    title: row.title,
    sourceName: row.sourceName,
    publishedAt: row.publishedAt,
    status: row.status,
    assigneeName: row.assignee?.name ?? null,
    sentenceCount: row._count.sentences,
    decidedCount: decidedByArticle.get(row.id) ?? 0,
  }));
  return { items, nextCursor: rows.length > limit ? page.at(-1)?.id ?? null : null };
}

export async function getArticleWithSentences(id: number) {
  return prisma.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      sourceName: true,
      publishedAt: true,
      status: true,
      sourceLanguage: true,
      targetLanguage: true,
      metadata: true,
      createdAt: true,
      sentences: {
        orderBy: { position: "asc" },
        select: { id: true, paragraphIndex: true, position: true, mtText: true, finalText: true, sourceText: true, status: true, version: true },
      },
    },
  });
}
