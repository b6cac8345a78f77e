// Small factories that make unique rows, so test files can run in parallel on one database.
import { randomBytes } from "node:crypto";
import type { Actor } from "../../lib/auth/actor";
import { importArticle } from "../../lib/articles/import-article";
import type { Role } from "../../lib/generated/prisma/enums";
import { createUser } from "../../lib/users/create-user";

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
