// Runs in each integration test file before its imports use the database.
import { afterAll, inject } from "vitest";
import { disconnectPrisma } from "../../lib/db";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = "4";
process.env.BETTER_AUTH_SECRET ??= "integration-test-secret-that-is-long-enough";

afterAll(async () => {
  await disconnectPrisma();
});
