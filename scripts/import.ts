// `npm run import -- PATH... [--as EMAIL]`: import .txt articles (directories recursively).
// A line per file — imported, duplicate, or why it failed — then a summary. Exit 1 if any failed.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { decodeArticleFile } from "@/lib/articles/decode-article-file";
import { findArticleFiles } from "@/lib/articles/find-article-files";
import { importOne, summarize, type ImportOutcome } from "@/lib/articles/import-articles";
import type { Actor } from "@/lib/auth/actor";
import { disconnectPrisma, prisma } from "@/lib/db";
import { launcherEnvSchema, parseEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { prepareDatabase } from "@/lib/runtime/prepare-database";
import { CliError, runCli } from "@/lib/runtime/run-cli";

const usage = "usage: npm run import -- PATH... [--as EMAIL]";

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { as: { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${usage}`, 2);
  }
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  if (parsed.positionals.length === 0) throw new CliError(usage, 2);

  nextEnv.loadEnvConfig(process.cwd(), true, { info: () => {}, error: console.error });
  const database = await prepareDatabase(parseEnv(launcherEnvSchema), { seed: false });
  try {
    const actor = parsed.values.as ? await findActor(parsed.values.as) : "system";
    const outcomes: ImportOutcome[] = [];
    for (const found of await findArticleFiles(parsed.positionals)) {
      if (!found.ok) {
        const outcome: ImportOutcome = { status: "failed", error: { code: "INVALID_INPUT", message: found.message } };
        outcomes.push(outcome);
        report(found.path, outcome);
        continue;
      }
      for (const file of found.files) {
        const outcome = await importFile(file.path, file.sourcePath, file.sourceLanguage, actor);
        outcomes.push(outcome);
        report(file.path, outcome);
      }
    }
    const summary = summarize(outcomes);
    console.log(`${summary.imported} imported, ${summary.duplicate} duplicate, ${summary.failed} failed`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await disconnectPrisma();
    await database.stop();
  }
});

async function importFile(filePath: string, sourcePath: string | undefined, sourceLanguage: string | undefined, actor: Actor | "system"): Promise<ImportOutcome> {
  try {
    const text = decodeArticleFile(await readFile(filePath), path.basename(filePath));
    const sourceText = sourcePath ? decodeArticleFile(await readFile(sourcePath), path.basename(sourcePath)) : undefined;
    return await importOne({ text, sourceText, ...(sourceLanguage ? { sourceLanguage } : {}), fileName: filePath }, actor);
  } catch (error) {
    if (error instanceof AppError) return { status: "failed", error: { code: error.code, message: error.message } };
    return { status: "failed", error: { code: "INVALID_INPUT", message: `cannot read: ${(error as Error).message}` } };
  }
}

function report(filePath: string, outcome: ImportOutcome): void {
  if (outcome.status === "imported") console.log(`imported   ${filePath}  → article ${outcome.articleId}, ${outcome.sentenceCount} sentences`);
  else if (outcome.status === "duplicate") console.log(`duplicate  ${filePath}  → already stored as article ${outcome.articleId}`);
  else console.log(`failed     ${filePath}: ${outcome.error.message}`);
}

async function findActor(email: string): Promise<Actor> {
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, email: true, name: true, role: true, disabled: true } });
  if (!user || user.disabled) throw new CliError(`No enabled user with the email ${email}.`);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
