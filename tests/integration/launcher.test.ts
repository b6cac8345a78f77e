import net from "node:net";
import { describe, expect, test } from "vitest";
import { runScript } from "../support/run-script";

const noDatabase = { DATABASE_URL: undefined, TEST_DATABASE_URL: undefined };

function expectOneClearLine(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
}

describe("bad configuration gets one clear line and a non-zero exit", () => {
  test("a malformed DATABASE_URL", async () => {
    const result = await runScript("scripts/db-migrate.ts", [], { env: { ...noDatabase, DATABASE_URL: "mysql://somewhere/db" } });
    expect(result.code).not.toBe(0);
    expectOneClearLine(result.stderr, /^lector: Invalid environment: DATABASE_URL must be a PostgreSQL URL/);
  });

  test("an unreachable DATABASE_URL, without leaking its password", async () => {
    const result = await runScript("scripts/db-migrate.ts", [], {
      env: { ...noDatabase, DATABASE_URL: "postgresql://lector:s3cret-pass@127.0.0.1:1/lector" },
    });
    expect(result.code).not.toBe(0);
    expectOneClearLine(result.stderr, /^lector: Cannot reach PostgreSQL at 127\.0\.0\.1:1\/lector: connection refused/);
    expect(result.stderr + result.stdout).not.toContain("s3cret-pass");
  });

  test("a wrong password in DATABASE_URL", async () => {
    const result = await runScript("scripts/db-migrate.ts", [], {
      env: { ...noDatabase, DATABASE_URL: "postgresql://no_such_role_for_lector@127.0.0.1:5432/postgres" },
    });
    expect(result.code).not.toBe(0);
    expectOneClearLine(result.stderr, /^lector: (PostgreSQL at .* refused|Cannot connect to PostgreSQL at)/);
  });

  test("an invalid PORT", async () => {
    const result = await runScript("scripts/serve.ts", ["dev"], { env: { ...noDatabase, PORT: "eighty" } });
    expect(result.code).not.toBe(0);
    expectOneClearLine(result.stderr, /^lector: Invalid environment: PORT /);
  });

  test("a port already in use", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const result = await runScript("scripts/serve.ts", ["dev"], { env: { ...noDatabase, PORT: String(port) } });
      expect(result.code).not.toBe(0);
      expectOneClearLine(result.stderr, new RegExp(`^lector: Port ${port} is already in use`));
    } finally {
      server.close();
    }
  });

  test("production against an external database without BETTER_AUTH_SECRET", async () => {
    const result = await runScript("scripts/serve.ts", ["start"], {
      env: { ...noDatabase, NODE_ENV: "production", DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres", BETTER_AUTH_SECRET: undefined },
    });
    expect(result.code).not.toBe(0);
    expectOneClearLine(result.stderr, /^lector: BETTER_AUTH_SECRET is required when serving an external database in production/);
  });

  test("a too-short BETTER_AUTH_SECRET", async () => {
    const result = await runScript("scripts/db-migrate.ts", [], { env: { ...noDatabase, BETTER_AUTH_SECRET: "short" } });
    expect(result.code).not.toBe(0);
    expectOneClearLine(result.stderr, /^lector: Invalid environment: BETTER_AUTH_SECRET must be at least 32 characters/);
  });
});
