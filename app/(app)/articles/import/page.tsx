import type { Metadata } from "next";
import { ImportFiles } from "@/components/articles/import-files";
import { PasteArticleForm } from "@/components/articles/paste-article-form";
import { EmptyState } from "@/components/shell/empty-state";
import { hasRole } from "@/lib/auth/actor";
import { requireActorForPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Import articles" };

export default async function ImportPage() {
  const actor = await requireActorForPage("/articles/import");
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">Import articles</h1>
      {hasRole(actor, "lead") ? (
        <div className="space-y-10">
          <ImportFiles />
          <PasteArticleForm />
          <p className="text-sm text-stone-600">
            Scripts can import through <code className="rounded bg-stone-100 px-1">POST /api/articles</code> or{" "}
            <code className="rounded bg-stone-100 px-1">npm run import -- PATH…</code>. Content already stored is reported as a
            duplicate, not stored twice.
          </p>
        </div>
      ) : (
        <EmptyState title="Only leads and admins import articles.">Ask a lead to import the articles you need.</EmptyState>
      )}
    </div>
  );
}
