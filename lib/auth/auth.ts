// Sign-in is better-auth's: email and password, sessions and rate limits stored in
// PostgreSQL (nothing in server memory, so several instances can share one database).
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "@/lib/db";
import { serverEnv } from "@/lib/env";

function createAuth() {
  const env = serverEnv();
  const baseURL = env.BETTER_AUTH_URL ?? `http://${env.HOSTNAME}:${env.PORT}`;
  return betterAuth({
    appName: "Lector",
    baseURL,
    secret: env.BETTER_AUTH_SECRET,
    trustedOrigins: [baseURL, `http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`],
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    // Accounts are created by an admin (or the seed), never by self-service sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "reviewer" },
        disabled: { type: "boolean", input: false, defaultValue: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": { window: env.AUTH_SIGN_IN_WINDOW_SECONDS, max: env.AUTH_SIGN_IN_LIMIT },
      },
    },
    databaseHooks: {
      session: {
        create: {
          async before(session) {
            const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { disabled: true } });
            if (!user || user.disabled) throw new APIError("FORBIDDEN", { message: "This account is disabled." });
            return { data: session };
          },
        },
      },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { lectorAuth?: Auth };

/** Built on first use: `next build` imports this module without a database or secret. */
export function getAuth(): Auth {
  globalForAuth.lectorAuth ??= createAuth();
  return globalForAuth.lectorAuth;
}
