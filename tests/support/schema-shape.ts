// Reduces both prisma/schema.prisma and a live database to one comparable shape — tables,
// columns (type, nullability, default), enums, indexes and foreign keys — so a test can say
// exactly where they disagree. Prisma's migrate diff would do this, but it needs the native
// schema engine; the schema is read here with Prisma's own WebAssembly parser instead.
import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type pg from "pg";

export interface ColumnShape {
  type: string;
  nullable: boolean;
  default: string | null;
}

export interface IndexShape {
  table: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
  method: string;
  partial: boolean;
}

export interface ForeignKeyShape {
  table: string;
  columns: string[];
  references: string;
  onDelete: string;
}

export interface SchemaShape {
  enums: Record<string, string[]>;
  tables: Record<string, Record<string, ColumnShape>>;
  indexes: Record<string, IndexShape>;
  foreignKeys: Record<string, ForeignKeyShape>;
}

export const schemaPath = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

// ─── From the Prisma schema ──────────────────────────────────────────────────

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isRequired: boolean;
  isList: boolean;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc"; operatorClass?: string }[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
    indexes: DmmfIndex[];
  };
}

export function shapeFromPrismaSchema(schemaText = readFileSync(schemaPath, "utf8")): SchemaShape {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schemaText]] }))) as Dmmf;
  const { models, enums, indexes } = dmmf.datamodel;
  const enumNames = new Map(enums.map((item) => [item.name, item.dbName ?? item.name]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((candidate) => candidate.name === fieldName);
    return field?.dbName ?? fieldName;
  };
  const modelByName = new Map(models.map((model) => [model.name, model]));

  const shape: SchemaShape = { enums: {}, tables: {}, indexes: {}, foreignKeys: {} };
  for (const item of enums) shape.enums[item.dbName ?? item.name] = item.values.map((value) => value.dbName ?? value.name);

  for (const model of models) {
    const columns: Record<string, ColumnShape> = {};
    for (const field of model.fields) {
      if (field.kind === "object") {
        const from = field.relationFromFields ?? [];
        const target = modelByName.get(field.type);
        if (from.length === 0 || !target) continue;
        const fromColumns = from.map((name) => columnOf(model, name));
        const optional = from.some((name) => !model.fields.find((candidate) => candidate.name === name)?.isRequired);
        shape.foreignKeys[`${tableOf(model)}_${fromColumns.join("_")}_fkey`] = {
          table: tableOf(model),
          columns: fromColumns,
          references: `${tableOf(target)}(${(field.relationToFields ?? []).map((name) => columnOf(target, name)).join(", ")})`,
          onDelete: onDeleteSql(field.relationOnDelete ?? (optional ? "SetNull" : "Restrict")),
        };
        continue;
      }
      columns[field.dbName ?? field.name] = {
        type: prismaColumnType(field, enumNames),
        nullable: !field.isRequired,
        default: prismaDefault(field),
      };
    }
    shape.tables[tableOf(model)] = columns;
  }

  for (const index of indexes) {
    const model = modelByName.get(index.model);
    if (!model || index.type === "fulltext") continue;
    const table = tableOf(model);
    const columnNames = index.fields.map((field) => columnOf(model, field.name));
    const suffix = index.type === "id" ? "pkey" : index.type === "unique" ? "key" : "idx";
    const name = index.dbName ?? (index.type === "id" ? `${table}_pkey` : `${table}_${columnNames.join("_")}_${suffix}`);
    shape.indexes[name] = {
      table,
      columns: index.fields.map((field, i) =>
        [columnNames[i], field.operatorClass, field.sortOrder === "desc" ? "DESC" : undefined].filter(Boolean).join(" "),
      ),
      unique: index.type !== "normal",
      primary: index.type === "id",
      method: (index.algorithm ?? "btree").toLowerCase(),
      partial: false,
    };
  }
  return shape;
}

function onDeleteSql(action: string): string {
  const map: Record<string, string> = { Cascade: "CASCADE", Restrict: "RESTRICT", SetNull: "SET NULL", NoAction: "NO ACTION", SetDefault: "SET DEFAULT" };
  return map[action] ?? action;
}

function prismaColumnType(field: DmmfField, enumNames: Map<string, string>): string {
  if (field.kind === "enum") return `${enumNames.get(field.type) ?? field.type}${field.isList ? "[]" : ""}`;
  const [native, args = []] = field.nativeType ?? [];
  const withArgs = (base: string) => (args.length > 0 ? `${base}(${args.join(",")})` : base);
  const nativeTypes: Record<string, () => string> = {
    Text: () => "text",
    VarChar: () => withArgs("character varying"),
    Char: () => withArgs("character"),
    Uuid: () => "uuid",
    Real: () => "real",
    DoublePrecision: () => "double precision",
    SmallInt: () => "smallint",
    Integer: () => "integer",
    BigInt: () => "bigint",
    Date: () => "date",
    Timestamptz: () => `timestamp(${args[0] ?? 6}) with time zone`,
    Timestamp: () => `timestamp(${args[0] ?? 6}) without time zone`,
    JsonB: () => "jsonb",
    Json: () => "json",
  };
  const scalarDefaults: Record<string, string> = {
    String: "text",
    Int: "integer",
    BigInt: "bigint",
    Float: "double precision",
    Decimal: "numeric(65,30)",
    Boolean: "boolean",
    DateTime: "timestamp(3) without time zone",
    Json: "jsonb",
    Bytes: "bytea",
  };
  const base = native ? nativeTypes[native]?.() ?? `unknown native type ${native}` : scalarDefaults[field.type] ?? `unknown type ${field.type}`;
  return field.isList ? `${base}[]` : base;
}

function prismaDefault(field: DmmfField): string | null {
  const value = field.default;
  if (value === undefined || value === null) return null;
  if (typeof value === "object" && "name" in value) {
    const fn = value as { name: string; args: unknown[] };
    if (fn.name === "autoincrement") return "autoincrement";
    if (fn.name === "now") return "CURRENT_TIMESTAMP";
    if (fn.name === "dbgenerated") return String(fn.args[0] ?? "");
    return null; // uuid(), cuid(), nanoid(): generated by the client, not the database
  }
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  return String(value);
}

// ─── From the database ───────────────────────────────────────────────────────

export async function shapeFromDatabase(client: pg.ClientBase, schema = "public"): Promise<SchemaShape> {
  const shape: SchemaShape = { enums: {}, tables: {}, indexes: {}, foreignKeys: {} };

  const enums = await client.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 GROUP BY t.typname`,
    [schema],
  );
  for (const row of enums.rows) shape.enums[row.name] = row.labels;

  const columns = await client.query<{ table: string; column: string; type: string; nullable: boolean; default: string | null }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
            NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND c.relname <> '_prisma_migrations'`,
    [schema],
  );
  for (const row of columns.rows) {
    (shape.tables[row.table] ??= {})[row.column] = {
      type: row.type.replaceAll('"', ""),
      nullable: row.nullable,
      default: normalizeDatabaseDefault(row.default),
    };
  }

  const indexes = await client.query<{ table: string; name: string; unique: boolean; primary: boolean; definition: string }>(
    `SELECT t.relname AS table, i.relname AS name, x.indisunique AS unique, x.indisprimary AS primary,
            pg_get_indexdef(x.indexrelid) AS definition
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND t.relname <> '_prisma_migrations'`,
    [schema],
  );
  for (const row of indexes.rows) {
    const match = /USING (\w+) \((.*?)\)(?: WHERE (.*))?$/.exec(row.definition);
    shape.indexes[row.name] = {
      table: row.table,
      columns: (match?.[2] ?? "").split(", ").map((column) => column.replaceAll('"', "")),
      unique: row.unique,
      primary: row.primary,
      method: match?.[1] ?? "unknown",
      partial: match?.[3] !== undefined,
    };
  }

  const foreignKeys = await client.query<{ name: string; table: string; definition: string }>(
    `SELECT con.conname AS name, t.relname AS table, pg_get_constraintdef(con.oid) AS definition
       FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = $1 AND con.contype = 'f'`,
    [schema],
  );
  for (const row of foreignKeys.rows) {
    const match = /FOREIGN KEY \((.*?)\) REFERENCES (\w+)\((.*?)\)(.*)$/.exec(row.definition.replaceAll('"', ""));
    const onDelete = /ON DELETE (CASCADE|RESTRICT|SET NULL|SET DEFAULT|NO ACTION)/.exec(match?.[4] ?? "")?.[1] ?? "NO ACTION";
    shape.foreignKeys[row.name] = {
      table: row.table,
      columns: (match?.[1] ?? "").split(", "),
      references: `${match?.[2]}(${match?.[3]})`,
      onDelete,
    };
  }
  return shape;
}

/** `'zh'::character varying` → `'zh'`; `nextval('…_seq'::regclass)` → `autoincrement`. */
function normalizeDatabaseDefault(expression: string | null): string | null {
  if (expression === null) return null;
  if (/^nextval\(/.test(expression)) return "autoincrement";
  let normalized = expression;
  for (;;) {
    const stripped = normalized.replace(/::[\w\s"]+(\(\d+(,\d+)?\))?(\[\])?$/, "");
    if (stripped === normalized) break;
    normalized = stripped;
  }
  return normalized.replace(/^\((.*)\)$/, "$1");
}

// ─── Comparison ──────────────────────────────────────────────────────────────

/**
 * Every disagreement, one readable line each. `sqlOnlyIndexes` are indexes the migrations add
 * on purpose because Prisma's schema language cannot express them (partial indexes).
 */
export function diffSchemaShapes(expected: SchemaShape, actual: SchemaShape, options: { sqlOnlyIndexes?: string[] } = {}): string[] {
  const differences: string[] = [];
  const sqlOnly = new Set(options.sqlOnlyIndexes ?? []);
  const compareKeys = (kind: string, expectedKeys: string[], actualKeys: string[], ignore = new Set<string>()) => {
    const label = (key: string) => (kind.endsWith(".") ? `${kind}${key}` : `${kind} ${key}`);
    for (const key of expectedKeys) if (!actualKeys.includes(key)) differences.push(`${label(key)}: in schema.prisma, missing from the database`);
    for (const key of actualKeys) if (!expectedKeys.includes(key) && !ignore.has(key)) differences.push(`${label(key)}: in the database, not in schema.prisma`);
  };

  compareKeys("enum", Object.keys(expected.enums), Object.keys(actual.enums));
  for (const [name, values] of Object.entries(expected.enums)) {
    const actualValues = actual.enums[name];
    if (actualValues && values.join(",") !== actualValues.join(",")) {
      differences.push(`enum ${name}: schema.prisma has [${values.join(", ")}], the database has [${actualValues.join(", ")}]`);
    }
  }

  compareKeys("table", Object.keys(expected.tables), Object.keys(actual.tables));
  for (const [table, columns] of Object.entries(expected.tables)) {
    const actualColumns = actual.tables[table];
    if (!actualColumns) continue;
    compareKeys(`column ${table}.`, Object.keys(columns), Object.keys(actualColumns));
    for (const [column, shape] of Object.entries(columns)) {
      const actualShape = actualColumns[column];
      if (!actualShape) continue;
      for (const property of ["type", "nullable", "default"] as const) {
        if (shape[property] !== actualShape[property]) {
          differences.push(`column ${table}.${column} ${property}: schema.prisma has ${String(shape[property])}, the database has ${String(actualShape[property])}`);
        }
      }
    }
  }

  compareKeys("index", Object.keys(expected.indexes), Object.keys(actual.indexes), sqlOnly);
  for (const [name, shape] of Object.entries(expected.indexes)) {
    const actualShape = actual.indexes[name];
    if (actualShape && JSON.stringify(shape) !== JSON.stringify(actualShape)) {
      differences.push(`index ${name}: schema.prisma has ${JSON.stringify(shape)}, the database has ${JSON.stringify(actualShape)}`);
    }
  }

  compareKeys("foreign key", Object.keys(expected.foreignKeys), Object.keys(actual.foreignKeys));
  for (const [name, shape] of Object.entries(expected.foreignKeys)) {
    const actualShape = actual.foreignKeys[name];
    if (actualShape && JSON.stringify(shape) !== JSON.stringify(actualShape)) {
      differences.push(`foreign key ${name}: schema.prisma has ${JSON.stringify(shape)}, the database has ${JSON.stringify(actualShape)}`);
    }
  }
  return differences;
}

/** Indexes the migrations add that schema.prisma cannot declare, each with its reason. */
export const SQL_ONLY_INDEXES = [
  "proposals_one_accepted_per_sentence", // partial unique index: one accepted proposal per sentence
];
