import type { TestProject } from "vitest/node";
import { migrate } from "../../lib/database/migrate";
import { createScratchDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createScratchDatabase();
  await migrate({ connectionString: database.url });
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.drop();
  };
}
