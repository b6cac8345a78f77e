// Throwaway databases on a PostgreSQL server (benchmarks, experiments): created empty under a
// name of their own, dropped afterwards together with any connection still open to them.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { explainConnectionError } from "./connection";

export interface ScratchDatabase {
  name: string;
  url: string;
  /** Drops the database, closing its connections. Safe to call more than once. */
  drop(): Promise<void>;
}

/** The URL of database `name` on the server `serverUrl` points at (same host, user, options). */
export function databaseUrlOn(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** "lector_bench_20260314T093015_3fa1": the time it was made, then a few random characters. */
export function scratchDatabaseName(prefix: string, date = new Date()): string {
  const stamp = date.toISOString().replace(/[-:]/g, "").slice(0, 15).toLowerCase();
  return `${prefix}_${stamp}_${randomBytes(2).toString("hex")}`;
}

/** Runs `work` on a connection to the server's maintenance database ("postgres"). */
async function withMaintenanceClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = databaseUrlOn(serverUrl, "postgres");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw explainConnectionError(error, url);
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createScratchDatabase(options: { serverUrl: string; name: string }): Promise<ScratchDatabase> {
  const { serverUrl, name } = options;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a usable scratch database name: ${JSON.stringify(name)}`);
  await withMaintenanceClient(serverUrl, (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
  return {
    name,
    url: databaseUrlOn(serverUrl, name),
    // IF EXISTS: safe to call again, also after something recreated the database.
    drop: () =>
      withMaintenanceClient(serverUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      }),
  };
}
