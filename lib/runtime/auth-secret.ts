// The secret that signs session cookies. Production instances must share one, set in the
// environment; on a single machine Lector makes one and keeps it in the data directory.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { CliError } from "./run-cli";

export async function resolveAuthSecret(options: {
  configured: string | undefined;
  dataDir: string;
  mustBeConfigured: boolean;
}): Promise<{ secret: string; origin: "environment" | "generated" | "data directory" }> {
  if (options.configured) return { secret: options.configured, origin: "environment" };
  if (options.mustBeConfigured) {
    throw new CliError(
      "BETTER_AUTH_SECRET is required when serving an external database in production: every instance must share it (try: openssl rand -base64 32).",
    );
  }
  const file = path.resolve(options.dataDir, "auth-secret");
  const stored = (await readFile(file, "utf8").catch(() => "")).trim();
  if (stored.length >= 32) return { secret: stored, origin: "data directory" };
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return { secret, origin: "generated" };
}
