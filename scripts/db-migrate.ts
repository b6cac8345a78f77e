// `npm run db:migrate`: bring the database (DATABASE_URL, or the embedded one) up to date.
import nextEnv from "@next/env";
import { launcherEnvSchema, parseEnv } from "@/lib/env";
import { prepareDatabase } from "@/lib/runtime/prepare-database";
import { runCli } from "@/lib/runtime/run-cli";

runCli(async () => {
  nextEnv.loadEnvConfig(process.cwd(), true, { info: () => {}, error: console.error });
  const database = await prepareDatabase(parseEnv(launcherEnvSchema), { seed: false });
  await database.stop();
});
