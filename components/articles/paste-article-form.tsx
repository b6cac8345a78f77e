"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { importArticleSchema } from "@/lib/articles/schemas";

const pasteSchema = importArticleSchema.pick({ text: true, title: true });

type Result = { kind: "imported" | "duplicate"; articleId: number; detail: string } | { kind: "error"; message: string };

export function PasteArticleForm() {
  const [result, setResult] = useState<Result | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const title = String(form.get("title") ?? "").trim();
    const parsed = pasteSchema.safeParse({ text: String(form.get("text") ?? ""), title: title || undefined });
    if (!parsed.success) {
      setResult({ kind: "error", message: parsed.error.issues[0]?.message ?? "Check the text." });
      return;
    }
    startTransition(async () => {
      const response = await fetch("/api/articles", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(parsed.data),
      }).catch(() => null);
      const body = (await response?.json().catch(() => null)) as {
        result?: { status: "imported" | "duplicate"; articleId: number; sentenceCount?: number };
        error?: { message: string };
      } | null;
      if (response?.ok && body?.result) {
        const { status, articleId, sentenceCount } = body.result;
        setResult({ kind: status, articleId, detail: status === "imported" ? `Imported: ${sentenceCount} sentences` : "Already imported" });
        if (status === "imported") formElement.reset();
      } else {
        setResult({ kind: "error", message: body?.error?.message ?? "The article could not be imported. Please try again." });
      }
    });
  }

  return (
    <section aria-labelledby="paste-heading">
      <h2 id="paste-heading" className="text-lg font-medium">
        Paste an article
      </h2>
      <form onSubmit={onSubmit} className="mt-3 space-y-3" noValidate>
        <div>
          <label htmlFor="paste-title" className="mb-1 block text-sm font-medium text-stone-700">
            Title <span className="font-normal text-stone-500">(optional: otherwise the first line)</span>
          </label>
          <input id="paste-title" name="title" className="block w-full rounded-md border border-stone-300 px-3 py-2 text-sm" />
        </div>
        <div>
          <label htmlFor="paste-text" className="mb-1 block text-sm font-medium text-stone-700">
            Machine-translated text
          </label>
          <textarea id="paste-text" name="text" rows={10} className="block w-full rounded-md border border-stone-300 px-3 py-2 font-mono text-sm" />
        </div>
        {result && (
          <p
            role={result.kind === "error" ? "alert" : "status"}
            className={`rounded-md px-3 py-2 text-sm ${result.kind === "error" ? "border border-red-200 bg-red-50 text-red-800" : "border border-emerald-200 bg-emerald-50 text-emerald-900"}`}
          >
            {result.kind === "error" ? (
              result.message
            ) : (
              <>
                {result.detail} —{" "}
                <Link href={`/articles/${result.articleId}`} className="underline">
                  open article {result.articleId}
                </Link>
              </>
            )}
          </p>
        )}
        <button type="submit" disabled={pending} className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
          {pending ? "Importing…" : "Import"}
        </button>
      </form>
    </section>
  );
}
