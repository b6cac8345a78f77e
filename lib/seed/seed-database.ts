// What a new Lector has: the sample articles and one demo account per role.
// Runs on every `npm run dev` / `npm start` and does nothing to a database that has content.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { verifyPassword } from "better-auth/crypto";
import { importArticle, type ImportResult } from "@/lib/articles/import-article";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/users/create-user";

export const seedDataDir = path.resolve(import.meta.dirname, "../../prisma/seed-data");

export const demoAccounts: ReadonlyArray<{ email: string; name: string; role: Role; password: string }> = [
  { email: "reviewer@lector.local", name: "Riley Reviewer", role: "reviewer", password: "reviewer-demo" },
  { email: "lead@lector.local", name: "Lee Lead", role: "lead", password: "lead-demo-pass" },
  { email: "admin@lector.local", name: "Ada Admin", role: "admin", password: "admin-demo-pass" },
];

export interface SeedReport {
  createdAccounts: number;
  articles: ImportResult[];
  /** Demo accounts that still sign in with their demo password (worth printing). */
  usableDemoAccounts: typeof demoAccounts;
}

export async function seedDatabase(): Promise<SeedReport> {
  let createdAccounts = 0;
  if ((await prisma.user.count()) === 0) {
    for (const account of demoAccounts) {
      await createUser({ input: account, actor: "system" });
      createdAccounts += 1;
    }
  }
  const articles: ImportResult[] = [];
  if ((await prisma.article.count()) === 0) {
    for (const file of await sampleFiles()) {
      const text = await readFile(path.join(seedDataDir, file), "utf8");
      articles.push(await importArticle({ input: { text, fileName: file }, actor: "system" }));
    }
  }
  return { createdAccounts, articles, usableDemoAccounts: await usableDemoAccounts() };
}

async function sampleFiles(): Promise<string[]> {
  const files = await readdir(seedDataDir);
  return files.filter((file) => file.endsWith(".txt") && !file.endsWith(".zh.txt")).sort();
}

async function usableDemoAccounts(): Promise<typeof demoAccounts> {
  const accounts = await prisma.account.findMany({
    where: { providerId: "credential", user: { email: { in: demoAccounts.map((account) => account.email) }, disabled: false } },
    select: { password: true, user: { select: { email: true } } },
  });
  const usable = [];
  for (const demo of demoAccounts) {
    const stored = accounts.find((account) => account.user.email === demo.email)?.password;
    if (stored && (await verifyPassword({ hash: stored, password: demo.password }))) usable.push(demo);
  }
  return usable;
}
