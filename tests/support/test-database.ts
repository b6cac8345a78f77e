// Every test run gets databases of its own on the PostgreSQL server named by
// TEST_DATABASE_URL (or DATABASE_URL), dropped afterwards, so runs never collide.
import { createScratchDatabase as createOnServer, scratchDatabaseName, type ScratchDatabase } from "../../lib/database/scratch-database";

export type { ScratchDatabase };

const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function createScratchDatabase(prefix = "lector_test"): Promise<ScratchDatabase> {
  return createOnServer({ serverUrl, name: scratchDatabaseName(prefix) });
}
