// The path a newcomer takes: no DATABASE_URL → PGlite under the data directory.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startEmbeddedDatabase } from "../../lib/database/embedded";
import { runScript } from "../support/run-script";

const noDatabase = { DATABASE_URL: undefined, TEST_DATABASE_URL: undefined };
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "lector-embedded-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("the embedded database", () => {
  test("npm run db:seed migrates, loads the samples and demo accounts, and prints how to sign in", async () => {
    const result = await runScript("scripts/db-seed.ts", [], { env: { ...noDatabase, LECTOR_DATA_DIR: dataDir }, timeoutMs: 120_000 });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`database: embedded PGlite in ${path.join(dataDir, "pglite")} (applied 20261121120000_init)`);
    expect(result.stdout).toContain("loaded 5 sample articles");
    expect(result.stdout).toMatch(/reviewer +reviewer@lector\.local +password: reviewer-demo/);
    expect(result.stdout).toMatch(/lead +lead@lector\.local/);
    expect(result.stdout).toMatch(/admin +admin@lector\.local/);
  });

  test("keeps its data on disk: the sample titles read back, and pg_trgm similarity works", async () => {
    const db = await PGlite.create({ dataDir: path.join(dataDir, "pglite"), extensions: { pg_trgm } });
    try {
      const titles = await db.query<{ title: string }>("SELECT title FROM articles ORDER BY id");
      expect(titles.rows.map((row) => row.title)).toContain("Still learn from Lei Feng");
      expect(titles.rows).toHaveLength(5);
      const similar = await db.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM sentences WHERE mt_text % 'Lei Feng spirit will never go out of date'`,
      );
      expect(similar.rows[0]?.count).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  });

  test("a second run changes nothing", async () => {
    const result = await runScript("scripts/db-seed.ts", [], { env: { ...noDatabase, LECTOR_DATA_DIR: dataDir }, timeoutMs: 120_000 });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("(schema up to date)");
    expect(result.stdout).not.toContain("loaded");
    expect(result.stdout).not.toContain("created");
  });

  test("refuses a second process on the same data directory instead of corrupting it", async () => {
    const held = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite") });
    try {
      const result = await runScript("scripts/db-migrate.ts", [], { env: { ...noDatabase, LECTOR_DATA_DIR: dataDir } });
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim()).toMatch(/^lector: The embedded database in .* is in use by another Lector process \(pid \d+\)/);
    } finally {
      await held.stop();
    }
  });

  test("serves the PostgreSQL protocol on a loopback port, one connection at a time", async () => {
    const db = await startEmbeddedDatabase();
    try {
      expect(db.url).toMatch(/^postgresql:\/\/postgres@127\.0\.0\.1:\d+\/postgres/);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query<{ answer: number }>("SELECT 41 + 1 AS answer");
      expect(rows[0]?.answer).toBe(42);
      await client.end();
    } finally {
      await db.stop();
    }
  });
});
