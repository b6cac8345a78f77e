// The one error type the domain throws. Only `message` (written for the person using
// Lector) crosses to the client; anything else becomes a generic 500, logged on the server.

export const errorStatus = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  override name = "AppError";
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** Extra, safe-to-show details, e.g. the current state on a conflict. */
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options?: { fieldErrors?: FieldErrors; details?: Record<string, unknown>; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.code = code;
    this.fieldErrors = options?.fieldErrors;
    this.details = options?.details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The body every API route sends for a failure. */
export interface ErrorBody {
  error: { code: ErrorCode | "INTERNAL"; message: string; fieldErrors?: FieldErrors; details?: Record<string, unknown> };
}

export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (isAppError(error)) {
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors, details: error.details } },
    };
  }
  console.error(error);
  return { status: 500, body: { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } } };
}
