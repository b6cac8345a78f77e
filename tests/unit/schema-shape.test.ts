import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { diffSchemaShapes, schemaPath, shapeFromPrismaSchema } from "../support/schema-shape";

const schema = readFileSync(schemaPath, "utf8");
const original = shapeFromPrismaSchema(schema);

function driftAfter(edit: (text: string) => string): string[] {
  const edited = edit(schema);
  expect(edited).not.toBe(schema); // the edit must apply, or the test proves nothing
  return diffSchemaShapes(shapeFromPrismaSchema(edited), original);
}

describe("the drift check reads schema.prisma", () => {
  test("maps Prisma types, native types, defaults and names to PostgreSQL's", () => {
    const articles = original.tables.articles;
    expect(articles?.content_hash).toEqual({ type: "character(64)", nullable: false, default: null });
    expect(articles?.published_at).toEqual({ type: "date", nullable: true, default: null });
    expect(articles?.source_language).toEqual({ type: "character varying(35)", nullable: false, default: "'zh'" });
    expect(articles?.id?.default).toBe("autoincrement");
    expect(articles?.created_at).toEqual({ type: "timestamp(3) with time zone", nullable: false, default: "CURRENT_TIMESTAMP" });
    expect(original.tables.sentences?.suspicion).toEqual({ type: "real", nullable: false, default: "0" });
    expect(original.tables.users?.role).toEqual({ type: "Role", nullable: false, default: "'reviewer'" });
    expect(original.indexes.sentences_mt_text_trgm_idx).toMatchObject({ method: "gin", columns: ["mt_text gin_trgm_ops"] });
    expect(original.indexes.articles_status_published_at_id_idx?.columns).toEqual(["status", "published_at DESC", "id"]);
    expect(original.foreignKeys.sentences_article_id_fkey).toEqual({
      table: "sentences",
      columns: ["article_id"],
      references: "articles(id)",
      onDelete: "CASCADE",
    });
  });

  test.each([
    ["a type", (text: string) => text.replace("version        Int            @default(1)", "version        BigInt         @default(1)"), "column sentences.version type"],
    ["nullability", (text: string) => text.replace("title          String\n", "title          String?\n"), "column articles.title nullable"],
    ["a default", (text: string) => text.replace('@default("en")', '@default("de")'), "column articles.target_language default"],
    ["an enum value", (text: string) => text.replace("  critical\n", "  critical\n  neutral\n"), "enum Severity"],
    ["an index", (text: string) => text.replace("  @@index([status])\n", ""), "index sentences_status_idx"],
    ["a column", (text: string) => text.replace("  reason         String?\n", ""), "column proposals.reason"],
  ])("notices a change of %s", (_label, edit, expected) => {
    expect(driftAfter(edit).some((line) => line.startsWith(expected))).toBe(true);
  });
});
