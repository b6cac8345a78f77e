// Every command-line entry point runs through here: expected failures become one clear
// line on stderr and a non-zero exit code; only the unexpected print a stack.
import { DatabaseError } from "@/lib/database/connection";
import { MigrationError } from "@/lib/database/migrate";
import { EnvError } from "@/lib/env";
import { isAppError } from "@/lib/errors";

export class CliError extends Error {
  override name = "CliError";
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

const expected = [CliError, EnvError, DatabaseError, MigrationError];

export function describeFailure(error: unknown): string | null {
  if (expected.some((type) => error instanceof type)) return (error as Error).message;
  if (isAppError(error)) return error.message;
  return null;
}

export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      const message = describeFailure(error);
      if (message) {
        console.error(`lector: ${message}`);
      } else {
        console.error("lector: unexpected error");
        console.error(error);
      }
      process.exit(error instanceof CliError ? error.exitCode : 1);
    },
  );
}
