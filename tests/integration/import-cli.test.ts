import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "../../lib/db";
import { uniqueSuffix } from "../support/factories";
import { runScript } from "../support/run-script";

let dir: string;
const suffix = uniqueSuffix();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "lector-import-cli-"));
  await mkdir(path.join(dir, "nested", "deeper"), { recursive: true });
  await writeFile(path.join(dir, "good.txt"), `Good article ${suffix}\n\nThe council met. It approved the plan.\n`);
  await writeFile(path.join(dir, "good.zh.txt"), `好文章${suffix}\n\n议会开会了。它批准了计划。\n`);
  await writeFile(path.join(dir, "nested", "deeper", "deep.txt"), `Deep article ${suffix}\n\nFound by walking the tree.\n`);
  await writeFile(path.join(dir, "empty.txt"), "");
  await writeFile(path.join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  await writeFile(path.join(dir, "latin1.txt"), Buffer.from("Café crème. Très bien.\n", "latin1"));
  await writeFile(path.join(dir, "huge.txt"), Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
  await writeFile(path.join(dir, "notes.md"), "not an article");
  await cp(path.resolve(import.meta.dirname, "../fixtures/samples/003_3f669005f15cead5.txt"), path.join(dir, "nested", "sample.txt"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("npm run import", () => {
  test("imports a directory recursively: a line per file, a summary, exit 1 when any failed", async () => {
    const result = await runScript("scripts/import.ts", [dir, path.join(dir, "missing.txt")], { timeoutMs: 120_000 });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split("\n");
    const line = (name: string) => lines.find((candidate) => candidate.includes(name)) ?? "";
    expect(line("good.txt")).toMatch(/^imported +.*good\.txt +→ article \d+, 3 sentences$/);
    expect(line("deep.txt")).toMatch(/^imported /);
    expect(line("sample.txt")).toMatch(/^(imported|duplicate) /); // the seed of another test file may hold it
    expect(line("empty.txt")).toMatch(/^failed +.*empty\.txt: empty\.txt is empty\.$/);
    expect(line("binary.txt")).toMatch(/NUL bytes/);
    expect(line("latin1.txt")).toMatch(/not UTF-8/);
    expect(line("huge.txt")).toMatch(/limit is 5 MB/);
    expect(line("missing.txt")).toMatch(/no such file or directory/);
    expect(result.stdout).not.toContain("notes.md");
    expect(result.stdout).not.toMatch(/good\.zh\.txt/); // the source went in with good.txt
    expect(lines.at(-1)).toMatch(/^3 imported, 0 duplicate, 5 failed$|^2 imported, 1 duplicate, 5 failed$/);

    const good = await prisma.article.findFirstOrThrow({ where: { title: `Good article ${suffix}` }, include: { sentences: { orderBy: { position: "asc" } } } });
    expect(good.sentences.map((sentence) => sentence.sourceText)).toEqual([`好文章${suffix}`, "议会开会了。", "它批准了计划。"]);
    expect(good.sourceLanguage).toBe("zh");
  });

  test("a second run reports duplicates and stores nothing twice", async () => {
    const before = await prisma.article.count();
    const result = await runScript("scripts/import.ts", [path.join(dir, "good.txt"), path.join(dir, "nested")], { timeoutMs: 120_000 });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^duplicate +.*good\.txt +→ already stored as article \d+$/m);
    expect(result.stdout.trim().split("\n").at(-1)).toBe("0 imported, 3 duplicate, 0 failed");
    expect(await prisma.article.count()).toBe(before);
  });

  test("no paths is a usage error (exit 2)", async () => {
    const result = await runScript("scripts/import.ts", []);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe("lector: usage: npm run import -- PATH... [--as EMAIL]");
  });

  test("--as names a user; a reviewer is refused per file", async () => {
    const reviewer = await prisma.user.create({
      data: { id: `cli-${suffix}`, email: `cli-reviewer-${suffix}@example.test`, name: "CLI Reviewer", role: "reviewer" },
    });
    await writeFile(path.join(dir, "as-reviewer.txt"), `As reviewer ${suffix}\n\nNot allowed.\n`);
    const result = await runScript("scripts/import.ts", ["--as", reviewer.email, path.join(dir, "as-reviewer.txt")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^failed +.*as-reviewer\.txt: Only a lead or above may import articles\.$/m);
    const unknown = await runScript("scripts/import.ts", ["--as", "nobody@example.test", path.join(dir, "as-reviewer.txt")]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe("lector: No enabled user with the email nobody@example.test.");
  });
});
