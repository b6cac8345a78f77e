import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { diffSchemaShapes, shapeFromDatabase, shapeFromPrismaSchema, SQL_ONLY_INDEXES } from "../support/schema-shape";

describe("schema.prisma and the migrated database", () => {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  test("agree on tables, columns, types, nullability, defaults, enums, indexes and foreign keys", async () => {
    const differences = diffSchemaShapes(shapeFromPrismaSchema(), await shapeFromDatabase(client), { sqlOnlyIndexes: SQL_ONLY_INDEXES });
    expect(differences).toEqual([]);
  });

  test("the SQL-only indexes the drift check tolerates really exist", async () => {
    const shape = await shapeFromDatabase(client);
    for (const name of SQL_ONLY_INDEXES) expect(shape.indexes[name], name).toBeDefined();
  });

  test("a change made to the database alone is reported", async () => {
    await client.query("BEGIN");
    try {
      await client.query(`ALTER TABLE "articles" ALTER COLUMN "title" DROP NOT NULL`);
      await client.query(`ALTER TABLE "sentences" ADD COLUMN "stray" integer`);
      await client.query(`DROP INDEX "sentences_status_idx"`);
      await client.query(`ALTER TYPE "Severity" ADD VALUE 'neutral'`);
      const differences = diffSchemaShapes(shapeFromPrismaSchema(), await shapeFromDatabase(client), { sqlOnlyIndexes: SQL_ONLY_INDEXES });
      expect(differences).toEqual(
        expect.arrayContaining([
          "column articles.title nullable: schema.prisma has false, the database has true",
          "column sentences.stray: in the database, not in schema.prisma",
          "index sentences_status_idx: in schema.prisma, missing from the database",
          "enum Severity: schema.prisma has [minor, major, critical], the database has [minor, major, critical, neutral]",
        ]),
      );
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
