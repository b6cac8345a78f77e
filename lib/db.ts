// The only place that constructs the Prisma client. The launcher resolves which database
// to use (lib/database/resolve-database.ts) and passes DATABASE_URL and DATABASE_POOL_MAX
// on; the web server, the CLIs and the tests all import `prisma` from here.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { databaseEnv } from "./env";

const globalForPrisma = globalThis as unknown as { lectorPrisma?: PrismaClient };

function getPrisma(): PrismaClient {
  if (!globalForPrisma.lectorPrisma) {
    const env = databaseEnv();
    const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX });
    // Cached on globalThis so development hot reloads do not open a new pool each time.
    globalForPrisma.lectorPrisma = new PrismaClient({ adapter });
  }
  return globalForPrisma.lectorPrisma;
}

/** Connects on first use, so importing this module (as `next build` does) needs no database. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getPrisma();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Closes the pool; the next use opens a new one (from the environment as it is then). */
export async function disconnectPrisma(): Promise<void> {
  const client = globalForPrisma.lectorPrisma;
  globalForPrisma.lectorPrisma = undefined;
  await client?.$disconnect();
}

export type { PrismaClient };
export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
