import type { Page } from "playwright-core";
import { describe, expect, inject, test } from "vitest";
import { prisma } from "../../lib/db";
import { sharedBrowser, signedInContext } from "../support/browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();

const rowOf = (page: Page, text: string) => page.locator("li[data-sentence-id]").filter({ hasText: text });

describe("fixing sentence boundaries in the browser", () => {
  test("a reviewer merges the stray fragment 'new performance.' into its sentence, splits it again by keyboard, and both persist", async () => {
    const fragment = await prisma.sentence.findFirstOrThrow({ where: { mtText: "new performance." }, select: { articleId: true, position: true } });
    const context = await signedInContext(browser(), baseURL, "reviewer@lector.local", "reviewer-demo");
    const page = await context.newPage();
    await page.goto(`/articles/${fragment.articleId}`);

    const head = rowOf(page, "create a new era in their respective positions.");
    await head.getByRole("button", { name: /^Merge sentence \d+ with the next$/ }).click();
    const merged = rowOf(page, "in their respective positions. new performance.");
    await merged.waitFor();
    await page.reload();
    await expect(rowOf(page, "in their respective positions. new performance.").count()).resolves.toBe(1);
    await expect(page.locator("li[data-sentence-id]", { hasText: /^\d+new performance\./ }).count()).resolves.toBe(0);

    // Split it back with the keyboard: open the splitter, move the cursor before "new", press Enter.
    const row = rowOf(page, "in their respective positions. new performance.");
    await row.getByRole("button", { name: /^Split sentence/ }).focus();
    await page.keyboard.press("Enter");
    const editor = page.getByLabel(/Put the cursor where the new sentence begins/);
    await editor.waitFor();
    const cut = await editor.evaluate((element: HTMLTextAreaElement) => element.value.lastIndexOf("new performance."));
    await page.keyboard.press("Control+End");
    for (let i = 0; i < "new performance.".length; i++) await page.keyboard.press("ArrowLeft");
    await expect(editor.evaluate((element: HTMLTextAreaElement) => element.selectionStart)).resolves.toBe(cut);
    await page.keyboard.press("Enter");
    await rowOf(page, "new performance.").filter({ hasNotText: "positions" }).waitFor();
    await page.reload();

    const sentences = await prisma.sentence.findMany({ where: { articleId: fragment.articleId }, orderBy: { position: "asc" } });
    const index = sentences.findIndex((sentence) => sentence.mtText === "new performance.");
    expect(sentences[index - 1]?.mtText).toMatch(/in their respective positions\.$/);
    expect(sentences.map((sentence) => sentence.position)).toEqual(sentences.map((_, i) => i));
    const actions = await prisma.event.findMany({ where: { action: { in: ["sentence.merged", "sentence.split"] } }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(expect.arrayContaining(["sentence.merged", "sentence.split"]));
    await context.close();
  });
});
