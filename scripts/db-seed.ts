// `npm run db:seed`: migrate, then load the sample articles and demo accounts into an empty database.
import nextEnv from "@next/env";
import { launcherEnvSchema, parseEnv } from "@/lib/env";
import { prepareDatabase } from "@/lib/runtime/prepare-database";
import { runCli } from "@/lib/runtime/run-cli";

runCli(async () => {
  nextEnv.loadEnvConfig(process.cwd(), true, { info: () => {}, error: console.error });
  const database = await prepareDatabase(parseEnv(launcherEnvSchema), { seed: true });
  await database.stop();
});
