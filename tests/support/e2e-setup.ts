// Browser test files may prepare rows directly through lib/ on the server's database.
import { afterAll, inject } from "vitest";
import { disconnectPrisma } from "../../lib/db";

process.env.DATABASE_URL = inject("e2eDatabaseUrl");
process.env.DATABASE_POOL_MAX = "2";

afterAll(async () => {
  await disconnectPrisma();
});
