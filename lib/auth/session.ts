// Who is calling. Pages, server actions and route handlers ask here; domain functions
// receive the resulting Actor and check permissions themselves.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { roleSchema } from "@/lib/users/schemas";
import type { Actor } from "./actor";
import { getAuth } from "./auth";

/** The signed-in, enabled user of this request, or null. Cached per request. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  // Read the request first: it marks the route dynamic before anything needs the environment.
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  // better-auth reads the session and its user row from the database on every call (no cookie
  // cache is configured, and must not be): a new role or `disabled` applies at once.
  const { user } = session;
  const role = roleSchema.safeParse(user.role);
  if (user.disabled || !role.success) return null;
  return { id: user.id, email: user.email, name: user.name, role: role.data };
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActorForPage(returnTo?: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
  return actor;
}

/** For API routes and server actions: the actor, or a 401. */
export async function requireActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return actor;
}
