// Connecting to PostgreSQL with messages a person can act on. Credentials never appear in them.
import pg from "pg";

export class DatabaseError extends Error {
  override name = "DatabaseError";
}

/** "127.0.0.1:5432/lector": where a URL points, without user or password. */
export function describeDatabaseUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

function databaseName(connectionString: string): string {
  return decodeURIComponent(new URL(connectionString).pathname.replace(/^\//, "")) || "postgres";
}

export function explainConnectionError(error: unknown, connectionString: string): DatabaseError {
  const where = describeDatabaseUrl(connectionString);
  const code = (error as { code?: string } | null)?.code;
  const reasons: Record<string, string> = {
    ECONNREFUSED: `Cannot reach PostgreSQL at ${where}: connection refused. Is the server running? (Unset DATABASE_URL to use the embedded database.)`,
    ENOTFOUND: `Cannot reach PostgreSQL at ${where}: the host name does not resolve.`,
    EAI_AGAIN: `Cannot reach PostgreSQL at ${where}: the host name does not resolve.`,
    ETIMEDOUT: `Cannot reach PostgreSQL at ${where}: the connection timed out.`,
    "28P01": `PostgreSQL at ${where} refused the user name or password in DATABASE_URL.`,
    "28000": `PostgreSQL at ${where} refused the connection for this user (check pg_hba.conf and DATABASE_URL).`,
    "3D000": `The database in DATABASE_URL (${where}) does not exist.`,
  };
  const message = (code && reasons[code]) ?? `Cannot connect to PostgreSQL at ${where}: ${(error as Error)?.message ?? String(error)}`;
  return new DatabaseError(message, { cause: error });
}

/** Opens one client; a missing database is created, as `prisma migrate deploy` does. */
export async function connectClient(connectionString: string): Promise<pg.Client> {
  try {
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
    await client.connect();
    return client;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw explainConnectionError(error, connectionString);
  }
  await createDatabase(connectionString);
  try {
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
    await client.connect();
    return client;
  } catch (error) {
    throw explainConnectionError(error, connectionString);
  }
}

async function createDatabase(connectionString: string): Promise<void> {
  const maintenanceUrl = new URL(connectionString);
  maintenanceUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: maintenanceUrl.toString(), connectionTimeoutMillis: 10_000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(databaseName(connectionString))}`);
  } catch (error) {
    if ((error as { code?: string }).code === "42P04") return; // created meanwhile by someone else
    throw explainConnectionError(error, connectionString);
  } finally {
    await admin.end().catch(() => {});
  }
}
