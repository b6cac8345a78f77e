// `npm run dev` and `npm start`: prepare the database (embedded unless DATABASE_URL is set),
// then run Next.js with the resolved connection. The embedded database lives in this process
// and stops when Next.js does.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import nextEnv from "@next/env";
import { launcherEnvSchema, parseEnv } from "@/lib/env";
import { resolveAuthSecret } from "@/lib/runtime/auth-secret";
import { assertPortFree } from "@/lib/runtime/port";
import { prepareDatabase } from "@/lib/runtime/prepare-database";
import { CliError, runCli } from "@/lib/runtime/run-cli";

runCli(async () => {
  const mode = process.argv[2];
  if (mode !== "dev" && mode !== "start") throw new CliError("usage: serve.ts dev|start", 2);
  nextEnv.loadEnvConfig(process.cwd(), mode === "dev", { info: () => {}, error: console.error });
  const env = parseEnv(launcherEnvSchema);
  const { secret } = await resolveAuthSecret({
    configured: env.BETTER_AUTH_SECRET,
    dataDir: env.LECTOR_DATA_DIR,
    mustBeConfigured: mode === "start" && env.DATABASE_URL !== undefined && process.env.NODE_ENV === "production",
  });
  if (mode === "start" && !existsSync(".next/BUILD_ID")) throw new CliError("No production build found. Run `npm run build` first.");
  await assertPortFree(env.PORT, env.HOSTNAME);

  const database = await prepareDatabase(env, { seed: env.LECTOR_SEED });

  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, mode, "--port", String(env.PORT), "--hostname", env.HOSTNAME], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: String(database.poolMax),
      BETTER_AUTH_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  console.log(`lector: open http://${env.HOSTNAME}:${env.PORT}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  const exitCode = await new Promise<number>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 0 : 1))));
  await database.stop();
  return exitCode;
});
