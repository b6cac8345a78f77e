// Appends one row to the history. Call it with the transaction client of the change it
// describes, so the change and its history commit together or not at all.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";
import type { TransactionClient } from "@/lib/db";

export interface EventInput {
  actorId: string | null;
  entityType: EntityType;
  entityId: string | number;
  action: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

export async function recordEvent(tx: TransactionClient, event: EventInput): Promise<void> {
  await tx.event.create({
    data: {
      actorId: event.actorId,
      entityType: event.entityType,
      entityId: String(event.entityId),
      action: event.action,
      before: event.before,
      after: event.after,
    },
  });
}
