// Server actions are thin adapters too: this turns their failures into a typed result the
// form can show. Only AppError messages reach the browser; anything else is logged.
import "server-only";
import { isAppError, type FieldErrors } from "@/lib/errors";

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: FieldErrors; details?: Record<string, unknown> };

export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors, details: error.details };
    console.error(error);
    return { ok: false, message: "Something went wrong on our side. Please try again." };
  }
}
