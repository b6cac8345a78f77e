import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, test } from "vitest";
import { defaultMigrationsDir, migrate } from "../../lib/database/migrate";
import { createScratchDatabase, type ScratchDatabase } from "../support/test-database";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function scratch(): Promise<ScratchDatabase> {
  const database = await createScratchDatabase("lector_migrate");
  cleanups.push(database.drop);
  return database;
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "lector-migrations-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(defaultMigrationsDir, dir, { recursive: true });
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("npm run db:migrate", () => {
  test("applies every migration once and records it as prisma migrate deploy does", async () => {
    const database = await scratch();
    const first = await migrate({ connectionString: database.url });
    expect(first.applied).toEqual(["20261121120000_init"]);

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }>(
      database.url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM _prisma_migrations`,
    );
    const file = await readFile(path.join(defaultMigrationsDir, "20261121120000_init", "migration.sql"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      migration_name: "20261121120000_init",
      checksum: createHash("sha256").update(file).digest("hex"),
      applied_steps_count: 1,
      rolled_back_at: null,
    });
    expect(rows[0]?.finished_at).toBeInstanceOf(Date);

    const columns = await query<{ column_name: string; data_type: string }>(
      database.url,
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((column) => column.column_name)).toEqual([
      "id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count",
    ]);

    const second = await migrate({ connectionString: database.url });
    expect(second).toEqual({ applied: [], alreadyApplied: 1, unknown: [] });
  });

  test("creates the database named in the URL when it does not exist yet", async () => {
    const database = await scratch();
    await database.drop();
    const result = await migrate({ connectionString: database.url });
    expect(result.applied).toHaveLength(1);
  });

  test("refuses to run when an applied migration's file has changed", async () => {
    const database = await scratch();
    const dir = await copyOfMigrations();
    await migrate({ connectionString: database.url, migrationsDir: dir });
    const file = path.join(dir, "20261121120000_init", "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\n-- edited afterwards\n`);
    await expect(migrate({ connectionString: database.url, migrationsDir: dir })).rejects.toThrow(
      /20261121120000_init was modified after it was applied/,
    );
  });

  test("a failing migration leaves the database as it was before it", async () => {
    const database = await scratch();
    const dir = await copyOfMigrations();
    await mkdir(path.join(dir, "20261121130000_broken"));
    await writeFile(
      path.join(dir, "20261121130000_broken", "migration.sql"),
      `CREATE TABLE "half_done" ("id" integer);\nALTER TABLE "articles" ADD COLUMN "extra" text;\nSELECT no_such_function();\n`,
    );
    await expect(migrate({ connectionString: database.url, migrationsDir: dir })).rejects.toThrow(
      /Migration 20261121130000_broken failed and was rolled back: .*no_such_function/,
    );
    const tables = await query<{ table_name: string }>(database.url, `SELECT table_name FROM information_schema.tables WHERE table_name = 'half_done'`);
    expect(tables).toEqual([]);
    const extra = await query(database.url, `SELECT 1 FROM information_schema.columns WHERE table_name = 'articles' AND column_name = 'extra'`);
    expect(extra).toEqual([]);
    const recorded = await query<{ migration_name: string }>(database.url, `SELECT migration_name FROM _prisma_migrations ORDER BY migration_name`);
    expect(recorded.map((row) => row.migration_name)).toEqual(["20261121120000_init"]);
  });

  test("refuses to go on over a migration recorded as started but unfinished", async () => {
    const database = await scratch();
    await migrate({ connectionString: database.url });
    await query(database.url, `UPDATE _prisma_migrations SET finished_at = NULL`);
    await expect(migrate({ connectionString: database.url })).rejects.toThrow(/recorded as started but not finished/);
  });

  test("two instances migrating at once apply each migration exactly once", async () => {
    const database = await scratch();
    const results = await Promise.all([migrate({ connectionString: database.url }), migrate({ connectionString: database.url })]);
    expect(results.map((result) => result.applied.length).sort()).toEqual([0, 1]);
  });
});
