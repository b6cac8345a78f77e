import { NextResponse } from "next/server";
import { importArticle } from "@/lib/articles/import-article";
import { importArticles, summarize } from "@/lib/articles/import-articles";
import { listArticles } from "@/lib/articles/queries";
import { importBatchSchema, listArticlesQuerySchema, MAX_IMPORT_REQUEST_BYTES } from "@/lib/articles/schemas";
import { requireActor } from "@/lib/auth/session";
import { handleRoute, readJsonBody } from "@/lib/http/handle-route";
import { parseInput } from "@/lib/validation";

/** Lists articles, newest first, a page at a time (`?after=<last id>&limit=50`). */
export const GET = handleRoute(async (request) => {
  await requireActor();
  const query = parseInput(listArticlesQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const { items, nextCursor } = await listArticles(query);
  return NextResponse.json({ articles: items, nextCursor });
});

/**
 * Imports one article (201 imported, 200 duplicate) or a batch `{ articles: [...] }`
 * (200 when all went in, 207 when some failed; a result per article, in order).
 */
export const POST = handleRoute(async (request) => {
  const actor = await requireActor();
  const body = await readJsonBody(request, MAX_IMPORT_REQUEST_BYTES);
  if (typeof body === "object" && body !== null && !Array.isArray(body) && "articles" in body) {
    const batch = parseInput(importBatchSchema, body);
    const results = await importArticles({ inputs: batch.articles, actor });
    const summary = summarize(results);
    return NextResponse.json({ results, summary }, { status: summary.failed > 0 ? 207 : 200 });
  }
  const result = await importArticle({ input: body, actor });
  return NextResponse.json({ result }, { status: result.status === "imported" ? 201 : 200 });
});
