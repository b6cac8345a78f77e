// The one place that decides which database Lector uses:
// DATABASE_URL set → that PostgreSQL; unset → the embedded PGlite under the data directory.
import path from "node:path";
import type { LauncherEnv } from "../env";
import { connectClient, describeDatabaseUrl } from "./connection";
import { startEmbeddedDatabase } from "./embedded";

export interface ResolvedDatabase {
  url: string;
  /** Connections the web server may open: one for the embedded database. */
  poolMax: number;
  embedded: boolean;
  description: string;
  stop(): Promise<void>;
}

export async function resolveDatabase(env: Pick<LauncherEnv, "DATABASE_URL" | "DATABASE_POOL_MAX" | "LECTOR_DATA_DIR">): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) {
    const client = await connectClient(env.DATABASE_URL); // fails early, with a clear reason
    await client.end();
    return {
      url: env.DATABASE_URL,
      poolMax: env.DATABASE_POOL_MAX,
      embedded: false,
      description: `PostgreSQL at ${describeDatabaseUrl(env.DATABASE_URL)}`,
      stop: async () => {},
    };
  }
  const dataDir = path.join(env.LECTOR_DATA_DIR, "pglite");
  const embedded = await startEmbeddedDatabase({ dataDir });
  return { url: embedded.url, poolMax: 1, embedded: true, description: `embedded PGlite in ${dataDir}`, stop: embedded.stop };
}
