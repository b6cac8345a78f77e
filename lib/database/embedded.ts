// The embedded database for machines without a PostgreSQL server: PGlite (PostgreSQL in
// WebAssembly) stored under the data directory, served over the PostgreSQL wire protocol on a
// free loopback port so the app talks to it exactly as it talks to a real server.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { DatabaseError } from "./connection";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** `dataDir` undefined keeps the database in memory (tests). */
export async function startEmbeddedDatabase(options: { dataDir?: string } = {}): Promise<EmbeddedDatabase> {
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  const releaseLock = dataDir ? await lockDataDir(dataDir) : async () => {};
  let db: PGlite | undefined;
  try {
    db = await PGlite.create(dataDir ? { dataDir, extensions: { pg_trgm } } : { extensions: { pg_trgm } });
    // One connection: PGlite's multiplexer does not isolate concurrent connections' transactions.
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 1 });
    await server.start();
    const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    const pglite = db;
    return {
      url,
      async stop() {
        await server.stop();
        await pglite.close();
        await releaseLock();
      },
    };
  } catch (error) {
    await db?.close().catch(() => {});
    await releaseLock();
    throw error instanceof DatabaseError ? error : new DatabaseError(`Cannot start the embedded database in ${dataDir}: ${(error as Error).message}`, { cause: error });
  }
}

/** Two processes writing one PGlite directory would corrupt it; refuse the second. */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const lockFile = `${dataDir}.lock`;
  const holder = Number.parseInt(await readFile(lockFile, "utf8").catch(() => ""), 10);
  if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
    throw new DatabaseError(`The embedded database in ${dataDir} is in use by another Lector process (pid ${holder}). Stop it first.`);
  }
  await writeFile(lockFile, String(process.pid));
  return async () => {
    await rm(lockFile, { force: true });
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}
