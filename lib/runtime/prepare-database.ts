// What `npm run dev`, `npm start`, `db:migrate` and `db:seed` do before anything else:
// pick the database, bring its schema up to date, and (optionally) seed an empty one.
import { migrate } from "@/lib/database/migrate";
import { resolveDatabase, type ResolvedDatabase } from "@/lib/database/resolve-database";
import type { LauncherEnv } from "@/lib/env";
import { disconnectPrisma } from "@/lib/db";
import { seedDatabase, type SeedReport } from "@/lib/seed/seed-database";

export async function prepareDatabase(env: LauncherEnv, options: { seed: boolean }): Promise<ResolvedDatabase> {
  const database = await resolveDatabase(env);
  try {
    const result = await migrate({ connectionString: database.url });
    const applied = result.applied.length > 0 ? `applied ${result.applied.join(", ")}` : "schema up to date";
    console.log(`lector: database: ${database.description} (${applied})`);
    for (const name of result.unknown) console.warn(`lector: warning: the database has migration ${name}, which this version of Lector does not know.`);
    // The domain code reads the database from the environment, as the web server will.
    process.env.DATABASE_URL = database.url;
    process.env.DATABASE_POOL_MAX = String(database.poolMax);
    if (options.seed) {
      printSeedReport(await seedDatabase());
      await disconnectPrisma(); // the embedded database serves one connection: free it
    }
    return database;
  } catch (error) {
    await disconnectPrisma().catch(() => {});
    await database.stop().catch(() => {});
    throw error;
  }
}

function printSeedReport(report: SeedReport): void {
  if (report.createdAccounts > 0) console.log(`lector: created ${report.createdAccounts} demo accounts`);
  const imported = report.articles.filter((article) => article.status === "imported");
  if (imported.length > 0) console.log(`lector: loaded ${imported.length} sample articles`);
  if (report.usableDemoAccounts.length > 0) {
    console.log("lector: sign in with a demo account:");
    for (const account of report.usableDemoAccounts) {
      console.log(`         ${account.role.padEnd(8)} ${account.email.padEnd(24)} password: ${account.password}`);
    }
  }
}
