import { describe, expect, inject, test } from "vitest";
import { prisma } from "../../lib/db";
import { makeUser } from "../support/factories";
import { randomClientIp, sharedBrowser, signInOverHttp } from "../support/browser";

const baseURL = inject("baseURL");
const browser = sharedBrowser();

describe("a new Lector", () => {
  test("a reviewer signs in through the form, sees the sample articles, and signs out", async () => {
    // The seed imports as "system" (no importing user); other test files add their own articles.
    const titles = (await prisma.article.findMany({ where: { importedById: null }, select: { title: true } })).map((article) => article.title);
    expect(titles).toHaveLength(5);

    const page = await browser().newPage({ baseURL });
    await page.goto("/articles");
    await page.waitForURL(/\/sign-in\?next=%2Farticles/);
    await page.getByLabel("Email").fill("reviewer@lector.local");
    await page.getByLabel("Password").fill("reviewer-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseURL}/articles`);

    await expect(page.getByTestId("current-user").textContent()).resolves.toContain("Riley Reviewer");
    for (const title of titles) {
      await expect(page.getByRole("link", { name: title, exact: true }).count(), title).resolves.toBe(1);
    }

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto("/articles");
    await page.waitForURL(/\/sign-in/);
    await page.close();
  });

  test("a wrong password gets a clear message, not a stack trace", async () => {
    const page = await browser().newPage({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomClientIp() } });
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("reviewer@lector.local");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert").textContent()).resolves.toBe("That email and password do not match an account.");
    await page.close();
  });
});

describe("sign-in protects every page and API route", () => {
  test("anonymous page requests go to the sign-in page; anonymous API requests get 401", async () => {
    const pageResponse = await fetch(`${baseURL}/articles/1`, { redirect: "manual" });
    expect(pageResponse.status).toBe(307);
    expect(pageResponse.headers.get("location")).toContain("/sign-in?next=%2Farticles%2F1");

    const apiResponse = await fetch(`${baseURL}/api/articles`);
    expect(apiResponse.status).toBe(401);
    await expect(apiResponse.json()).resolves.toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } });
  });

  test("a forged session cookie is not a session", async () => {
    const response = await fetch(`${baseURL}/articles`, { redirect: "manual", headers: { cookie: "better-auth.session_token=forged.value" } });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toContain("/sign-in");
  });

  test("sign-in attempts from one address are rate limited, and the limit lives in PostgreSQL", async () => {
    const ip = randomClientIp();
    const attempt = () =>
      fetch(`${baseURL}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: baseURL, "x-forwarded-for": ip },
        body: JSON.stringify({ email: "lead@lector.local", password: "wrong-password" }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    await expect(prisma.rateLimit.count({ where: { key: { contains: ip } } })).resolves.toBeGreaterThan(0);
  });

  test("a disabled user's open session stops working at once, and they cannot sign in again", async () => {
    const user = await makeUser("reviewer");
    const cookie = await signInOverHttp(baseURL, user.email, user.password);
    const before = await fetch(`${baseURL}/articles`, { redirect: "manual", headers: { cookie } });
    expect(before.status).toBe(200);

    await prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
    const after = await fetch(`${baseURL}/articles`, { redirect: "manual", headers: { cookie } });
    expect(after.status).toBe(307);

    const again = await fetch(`${baseURL}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseURL, "x-forwarded-for": randomClientIp() },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(again.status).toBe(403);
    await expect(again.json()).resolves.toMatchObject({ message: "This account is disabled." });
  });
});
