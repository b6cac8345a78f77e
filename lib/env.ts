// Every environment variable Lector reads, parsed once with one schema.
// A bad value becomes one clear line naming the variable, never a stack trace.
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a PostgreSQL URL like postgresql://user:password@host:5432/database");

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/** What the launcher (`npm run dev`, `npm start`, the CLIs) accepts: the database is optional. */
export const launcherEnvSchema = z.object({
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  DATABASE_POOL_MAX: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(10)),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  HOSTNAME: z.preprocess(emptyAsUndefined, z.string().default("localhost")),
  LECTOR_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default("data")),
  LECTOR_SEED: z.preprocess(emptyAsUndefined, flag.default(true)),
  BETTER_AUTH_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  ),
  BETTER_AUTH_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
});

/** What anything that queries the database needs (set by the launcher for the embedded one). */
export const databaseEnvSchema = launcherEnvSchema.pick({ DATABASE_POOL_MAX: true }).extend({ DATABASE_URL: postgresUrl });

/** What the web server needs once the launcher has resolved the database and the secret. */
export const serverEnvSchema = launcherEnvSchema.extend({
  DATABASE_URL: postgresUrl,
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  AUTH_SIGN_IN_LIMIT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(10)),
  AUTH_SIGN_IN_WINDOW_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).default(60)),
});

export type LauncherEnv = z.infer<typeof launcherEnvSchema>;
export type ServerEnv = z.infer<typeof serverEnvSchema>;
export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** One line per bad variable: "DATABASE_URL: must be a PostgreSQL URL …". */
export function parseEnv<T extends z.ZodType>(schema: T, source: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.join(".");
    const message = issue.code === "invalid_type" && issue.input === undefined ? "is required but not set" : issue.message;
    return `${name} ${message}`;
  });
  throw new EnvError(`Invalid environment: ${lines.join("; ")}`);
}

/** The web server's environment. Parsed on each call: cheap, and tests may change it. */
export function serverEnv(): ServerEnv {
  return parseEnv(serverEnvSchema);
}

export function databaseEnv(): DatabaseEnv {
  return parseEnv(databaseEnvSchema);
}
