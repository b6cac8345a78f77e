import type { Metadata } from "next";
import Link from "next/link";
import { articleStatusLabel, formatDate } from "@/components/format";
import { EmptyState } from "@/components/shell/empty-state";
import { listArticles } from "@/lib/articles/queries";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const { after } = await searchParams;
  const cursor = after && /^\d+$/.test(after) ? Number(after) : undefined;
  const { items, nextCursor } = await listArticles({ after: cursor });

  return (
    <div>
      <div className="mb-6 flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold tracking-tight">Articles</h1>
      </div>
      {items.length === 0 ? (
        <EmptyState title={cursor ? "No more articles." : "No articles yet."}>
          {cursor ? (
            <Link href="/articles" className="text-indigo-700 underline">
              Back to the first page
            </Link>
          ) : (
            <p>
              Import machine-translated articles with <code className="rounded bg-stone-100 px-1">npm run import -- PATH</code>.
            </p>
          )}
        </EmptyState>
      ) : (
        <div className="overflow-hidden rounded-xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-200 bg-stone-50 text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">Title</th>
                <th scope="col" className="px-4 py-3 font-medium">Source</th>
                <th scope="col" className="px-4 py-3 font-medium">Published</th>
                <th scope="col" className="px-4 py-3 font-medium">Status</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Reviewed</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {items.map((article) => (
                <tr key={article.id} className="hover:bg-stone-50">
                  <td className="max-w-md px-4 py-3">
                    <Link href={`/articles/${article.id}`} className="line-clamp-2 font-medium text-indigo-900 hover:underline">
                      {article.title}
                    </Link>
                  </td>
                  <td className="px-4 py-3 text-stone-600">{article.sourceName ?? "—"}</td>
                  <td className="whitespace-nowrap px-4 py-3 text-stone-600">{formatDate(article.publishedAt)}</td>
                  <td className="px-4 py-3">{articleStatusLabel[article.status] ?? article.status}</td>
                  <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums text-stone-700">
                    {article.decidedCount} / {article.sentenceCount}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor && (
        <div className="mt-4 text-right">
          <Link href={`/articles?after=${nextCursor}`} className="text-sm font-medium text-indigo-700 hover:underline">
            Older articles →
          </Link>
        </div>
      )}
    </div>
  );
}
