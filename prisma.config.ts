// Prisma CLI configuration. Lector applies migrations with its own runner
// (`npm run db:migrate`, lib/db/migrate.ts) because Prisma's schema engine cannot be
// downloaded everywhere Lector runs; the migrations keep Prisma's layout and bookkeeping,
// so `prisma migrate deploy` can take over on a machine that has the engine.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/lector" },
});
