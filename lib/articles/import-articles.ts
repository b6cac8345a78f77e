import type { Actor } from "@/lib/auth/actor";
import { isAppError, type ErrorCode } from "@/lib/errors";
import { importArticle, type ImportResult } from "./import-article";

export type ImportOutcome = ImportResult | { status: "failed"; error: { code: ErrorCode | "INTERNAL"; message: string } };

/**
 * Imports several articles, each in its own transaction: a bad one is reported and leaves
 * nothing behind, and the others still import.
 */
export async function importArticles(options: { inputs: readonly unknown[]; actor: Actor | "system" }): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const input of options.inputs) outcomes.push(await importOne(input, options.actor));
  return outcomes;
}

export async function importOne(input: unknown, actor: Actor | "system"): Promise<ImportOutcome> {
  try {
    return await importArticle({ input, actor });
  } catch (error) {
    if (isAppError(error)) return { status: "failed", error: { code: error.code, message: error.message } };
    console.error(error);
    return { status: "failed", error: { code: "INTERNAL", message: "This article could not be imported because of an error on our side." } };
  }
}

export function summarize(outcomes: readonly ImportOutcome[]) {
  return {
    imported: outcomes.filter((outcome) => outcome.status === "imported").length,
    duplicate: outcomes.filter((outcome) => outcome.status === "duplicate").length,
    failed: outcomes.filter((outcome) => outcome.status === "failed").length,
  };
}
