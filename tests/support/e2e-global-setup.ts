// Browser journeys run against a production build of Lector, started the way `npm start`
// starts it, on a database of this run's own with the sample articles and demo accounts.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createScratchDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    e2eDatabaseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, "../..");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`Lector exited with code ${server.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Lector did not answer at ${url} within 120 s:\n${output()}`);
}

export default async function setup(project: TestProject) {
  if (process.env.LECTOR_E2E_REUSE_BUILD !== "1" || !existsSync(path.join(root, ".next/BUILD_ID"))) {
    const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  }

  const database = await createScratchDatabase("lector_e2e");
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let log = "";
  const server = spawn(
    process.execPath,
    [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "scripts/serve.ts", "start"],
    {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: database.url,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        BETTER_AUTH_SECRET: "e2e-secret-that-is-long-enough-for-better-auth",
        BETTER_AUTH_URL: baseURL,
        AUTH_SIGN_IN_LIMIT: "5",
        LECTOR_SEED: "true",
      },
    },
  );
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));

  const stop = async () => {
    if (server.exitCode === null && server.pid) {
      process.kill(-server.pid, "SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    await database.drop();
  };
  try {
    await waitForServer(`${baseURL}/sign-in`, server, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide("baseURL", baseURL);
  project.provide("e2eDatabaseUrl", database.url);
  return async () => {
    await stop();
    if (process.env.LECTOR_E2E_LOG === "1") console.log(log);
  };
}
