// Small factories that make unique rows, so test files can run in parallel on one database.
import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "../../lib/auth/actor";
import { importArticle } from "../../lib/articles/import-article";
import type { Role } from "../../lib/generated/prisma/enums";
import { createUser } from "../../lib/users/create-user";
import { prisma } from "../../lib/db";

export const uniqueSuffix = () => randomBytes(4).toString("hex");

export async function makeUser(role: Role = "reviewer", password = "correct-horse-battery"): Promise<Actor & { password: string }> {
  const suffix = uniqueSuffix();
  const user = await createUser({
    input: { email: `${role}-${suffix}@example.test`, name: `Test ${role} ${suffix}`, role, password },
    actor: "system",
  });
  return { ...user, password };
}

export async function makeArticle(options: { sentences?: string[]; title?: string } = {}) {
  const suffix = uniqueSuffix();
  const sentences = options.sentences ?? [`The first sentence of article ${suffix}.`, "It has a second sentence.", "And a third one."];
  const text = `${options.title ?? `Test article ${suffix}`}\n\n${sentences.join(" ")}\n`;
  const result = await importArticle({ input: { text }, actor: "system" });
  if (result.status !== "imported") throw new Error("factory article was a duplicate");
  return result;
}

/** An article whose sentences are stored exactly as given (one array per paragraph), bypassing segmentation. */
export async function makeArticleWithSentences(paragraphs: string[][]) {
  const suffix = uniqueSuffix();
  const rows = paragraphs.flatMap((sentences, paragraphIndex) => sentences.map((text) => ({ paragraphIndex, text })));
  const created = await prisma.article.create({
    data: {
      title: `Fixture ${suffix}`,
      rawText: rows.map((row) => row.text).join(" "),
      contentHash: createHash("sha256").update(`fixture ${suffix}`).digest("hex"),
      sentences: { create: rows.map((row, position) => ({ paragraphIndex: row.paragraphIndex, position, mtText: row.text, finalText: row.text })) },
    },
    select: { id: true },
  });
  return { articleId: created.id };
}
