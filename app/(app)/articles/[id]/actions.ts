"use server";

import { revalidatePath } from "next/cache";
import { mergeSentences } from "@/lib/articles/merge-sentences";
import { splitSentence } from "@/lib/articles/split-sentence";
import { requireActor } from "@/lib/auth/session";
import { runAction } from "@/lib/http/run-action";

export async function splitSentenceAction(input: { sentenceId: number; offset: number; version: number }) {
  const result = await runAction(async () => splitSentence({ input, actor: await requireActor() }));
  if (result.ok) revalidatePath(`/articles/${result.data.articleId}`);
  return result;
}

export async function mergeSentencesAction(input: { sentenceId: number; version: number; nextVersion: number }) {
  const result = await runAction(async () => mergeSentences({ input, actor: await requireActor() }));
  if (result.ok) revalidatePath(`/articles/${result.data.articleId}`);
  return result;
}
