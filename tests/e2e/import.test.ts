import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { prisma } from "../../lib/db";
import { signedInContext, signInOverHttp, sharedBrowser } from "../support/browser";
import { uniqueSuffix } from "../support/factories";

const baseURL = inject("baseURL");
let leadCookie: string;
let reviewerCookie: string;

beforeAll(async () => {
  leadCookie = await signInOverHttp(baseURL, "lead@lector.local", "lead-demo-pass");
  reviewerCookie = await signInOverHttp(baseURL, "reviewer@lector.local", "reviewer-demo");
});

const articleText = (label: string) => `${label} ${uniqueSuffix()}\n\nThe council met on Monday. It approved the plan.\n`;

function postJson(body: unknown, cookie = leadCookie, contentType = "application/json") {
  return fetch(`${baseURL}/api/articles`, { method: "POST", headers: { "content-type": contentType, cookie }, body: typeof body === "string" ? body : JSON.stringify(body) });
}

function upload(name: string, bytes: Uint8Array<ArrayBuffer> | string, cookie = leadCookie) {
  const form = new FormData();
  form.append("file", new Blob([bytes]), name);
  return fetch(`${baseURL}/api/articles/files`, { method: "POST", headers: { cookie }, body: form });
}

describe("POST /api/articles", () => {
  test("imports one article (201), then reports the same content as a duplicate (200)", async () => {
    const text = articleText("API single");
    const first = await postJson({ text, sourceName: "Test Wire", publishedAt: "2023-03-06" });
    expect(first.status).toBe(201);
    const { result } = (await first.json()) as { result: { status: string; articleId: number; sentenceCount: number } };
    expect(result).toMatchObject({ status: "imported", sentenceCount: 3 });
    await expect(prisma.article.findUnique({ where: { id: result.articleId } })).resolves.toMatchObject({ sourceName: "Test Wire" });

    const again = await postJson({ text });
    expect(again.status).toBe(200);
    await expect(again.json()).resolves.toMatchObject({ result: { status: "duplicate", articleId: result.articleId } });
  });

  test("a batch imports each article on its own: 207 with a result per article when some fail", async () => {
    const response = await postJson({ articles: [{ text: articleText("Batch one") }, { text: "" }, { text: articleText("Batch three"), colour: "red" }, { text: articleText("Batch four") }] });
    expect(response.status).toBe(207);
    const body = (await response.json()) as { results: { status: string; error?: { message: string } }[]; summary: unknown };
    expect(body.results.map((result) => result.status)).toEqual(["imported", "failed", "failed", "imported"]);
    expect(body.results[1]?.error?.message).toMatch(/empty/);
    expect(body.results[2]?.error?.message).toMatch(/Unrecognized key.*colour/);
    expect(body.summary).toEqual({ imported: 2, duplicate: 0, failed: 2 });
  });

  test.each([
    ["malformed JSON", "{ not json", "application/json", 400, /not valid JSON/],
    ["the wrong content type", "text=hello", "application/x-www-form-urlencoded", 400, /Content-Type: application\/json/],
    ["an unknown field", { text: "Title\n\nBody text.", colour: "blue" }, "application/json", 400, /Unrecognized key/],
    ["an empty batch", { articles: [] }, "application/json", 400, /articles is empty/],
    ["an unknown field beside a batch", { articles: [{ text: "x" }], extra: true }, "application/json", 400, /Unrecognized key/],
  ])("refuses %s with a clear message", async (_label, body, contentType, status, message) => {
    const response = await postJson(body, leadCookie, contentType);
    expect(response.status).toBe(status);
    const json = (await response.json()) as { error: { message: string } };
    expect(json.error.message).toMatch(message);
    expect(JSON.stringify(json)).not.toMatch(/at .*\.ts|prisma|stack/i);
  });

  test("a request over 50 MB is refused with 413 before it is read", async () => {
    const response = await postJson({ articles: [{ text: "a".repeat(51 * 1024 * 1024) }] });
    expect(response.status).toBe(413);
    await expect(response.json()).resolves.toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
  });

  test("a reviewer is refused (403) and nothing is stored; anonymous is 401", async () => {
    const text = articleText("Reviewer try");
    const response = await postJson({ text }, reviewerCookie);
    expect(response.status).toBe(403);
    expect(await prisma.article.count({ where: { rawText: { contains: text.slice(0, 30) } } })).toBe(0);
    const anonymous = await fetch(`${baseURL}/api/articles`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
    expect(anonymous.status).toBe(401);
  });
});

describe("POST /api/articles/files", () => {
  test.each([
    ["an empty file", "empty.txt", new Uint8Array(), 400, /empty.txt is empty/],
    ["a binary file", "binary.txt", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), 400, /NUL bytes/],
    ["Latin-1 bytes", "latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]), 400, /not UTF-8/],
    ["a file over 5 MB", "big.txt", new Uint8Array(5 * 1024 * 1024 + 10).fill(0x61), 413, /limit is 5 MB/],
    ["a file with no sentences", "meta.txt", "Date: 2023-03-06\nSource: Nowhere\n", 400, /no sentences/],
  ])("refuses %s, and the server keeps running", async (_label, name, bytes, status, message) => {
    const response = await upload(name, bytes);
    expect(response.status).toBe(status);
    await expect(response.json()).resolves.toMatchObject({ error: { message: expect.stringMatching(message) } });
    const list = await fetch(`${baseURL}/api/articles?limit=1`, { headers: { cookie: leadCookie } });
    expect(list.status).toBe(200);
  });

  test("a query string the list does not understand is a 400, not a crash", async () => {
    const response = await fetch(`${baseURL}/api/articles?limit=lots`, { headers: { cookie: leadCookie } });
    expect(response.status).toBe(400);
  });
});

describe("the import page", () => {
  const browser = sharedBrowser();

  test("a lead uploads several files (one with its source text) and pastes one, with a result for each", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "lector-upload-"));
    const suffix = uniqueSuffix();
    const files = {
      good: path.join(dir, `meeting-${suffix}.txt`),
      source: path.join(dir, `meeting-${suffix}.zh.txt`),
      bad: path.join(dir, `broken-${suffix}.txt`),
    };
    await writeFile(files.good, `Meeting ${suffix}\n\nThe council met. It approved the plan.\n`);
    await writeFile(files.source, `会议${suffix}\n\n议会开会了。它批准了计划。\n`);
    await writeFile(files.bad, Buffer.from([0x43, 0x61, 0x66, 0xe9]));

    const context = await signedInContext(browser(), baseURL, "lead@lector.local", "lead-demo-pass");
    const page = await context.newPage();
    await page.goto("/articles/import");
    await page.getByLabel("Article files").setInputFiles([files.good, files.source, files.bad]);

    const uploads = page.getByRole("list", { name: "Uploads" });
    await uploads.locator('li[data-state="imported"]').waitFor();
    await uploads.locator('li[data-state="failed"]').waitFor();
    await expect(uploads.locator("li").count()).resolves.toBe(2); // the .zh.txt went along as a source
    await expect(uploads.locator('li[data-state="imported"]').textContent()).resolves.toMatch(/\+ source meeting-.*\.zh\.txt.*Imported: 3 sentences/);
    await expect(uploads.locator('li[data-state="failed"]').textContent()).resolves.toMatch(/not UTF-8/);
    await expect(page.getByLabel(`Upload progress of meeting-${suffix}.txt`).getAttribute("value")).resolves.toBe("100");

    const stored = await prisma.article.findFirstOrThrow({ where: { title: `Meeting ${suffix}` }, include: { sentences: { orderBy: { position: "asc" } } } });
    expect(stored.sentences.map((sentence) => sentence.sourceText)).toEqual([`会议${suffix}`, "议会开会了。", "它批准了计划。"]);

    await page.getByLabel("Machine-translated text").fill(`Pasted ${suffix}\n\nA pasted sentence. Another one.`);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Imported: 3 sentences" }).waitFor();
    await page.getByRole("link", { name: /open article \d+/ }).last().click();
    await page.waitForURL(/\/articles\/\d+$/);
    await expect(page.locator("h1").textContent()).resolves.toBe(`Pasted ${suffix}`);
    await context.close();
  });

  test("a reviewer is told that importing is for leads", async () => {
    const context = await signedInContext(browser(), baseURL, "reviewer@lector.local", "reviewer-demo");
    const page = await context.newPage();
    await page.goto("/articles/import");
    await expect(page.getByText("Only leads and admins import articles.").count()).resolves.toBe(1);
    await expect(page.getByLabel("Article files").count()).resolves.toBe(0);
    await context.close();
  });
});
