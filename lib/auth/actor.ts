// The person (or script) behind a change. Every write in lib/ takes one.
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const rank: Record<Role, number> = { reviewer: 1, lead: 2, admin: 3 };

/** Roles are ordered: a lead can do what a reviewer can, an admin what a lead can. */
export function hasRole(actor: Actor, atLeast: Role): boolean {
  return rank[actor.role] >= rank[atLeast];
}

export function assertRole(actor: Actor, atLeast: Role, action: string): void {
  if (!hasRole(actor, atLeast)) {
    throw new AppError("FORBIDDEN", `Only a ${atLeast} or above may ${action}.`);
  }
}
