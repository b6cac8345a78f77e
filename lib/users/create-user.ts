import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/history/record-event";
import { parseInput } from "@/lib/validation";
import { createUserSchema } from "./schemas";

/**
 * Creates a user who signs in with email and password (better-auth's "credential" account).
 * `actor: "system"` is for the seed; people need the admin role.
 */
export async function createUser(options: { input: unknown; actor: Actor | "system" }) {
  const { actor } = options;
  if (actor !== "system") assertRole(actor, "admin", "create users");
  const input = parseInput(createUserSchema, options.input);
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", `A user with the email ${input.email} already exists.`);
    const user = await tx.user.create({
      data: {
        id,
        email: input.email,
        name: input.name,
        role: input.role,
        emailVerified: true,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: passwordHash } },
      },
      select: { id: true, email: true, name: true, role: true },
    });
    await recordEvent(tx, {
      actorId: actor === "system" ? null : actor.id,
      entityType: "user",
      entityId: user.id,
      action: "user.created",
      after: { email: user.email, name: user.name, role: user.role },
    });
    return user;
  });
}
