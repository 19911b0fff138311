// The table schemas in schemas/*.schema.json are the single source of truth. From them come the
// validators, the column order of every format, the CSV cells, the Arrow types (never inferred) and
// the generated TypeScript row types (`rows.gen.ts`, pinned by a test).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { schemasDir } from "../paths.js";
import { createAjv } from "./ajv.js";

export const DATA_TABLES = ["documents", "blocks", "sentences", "claims", "mentions"] as const;
export type DataTable = (typeof DATA_TABLES)[number];
export type TableName = DataTable | "rejects";

export interface JsonSchemaField {
  type?: string | string[];
  description?: string;
  enum?: string[];
  format?: string;
  items?: JsonSchemaField;
  properties?: Record<string, JsonSchemaField>;
  required?: string[];
  [keyword: string]: unknown;
}

export interface TableSchema extends JsonSchemaField {
  $id: string;
  title: TableName;
  "x-version": string;
  "x-key": string[];
  "x-primary-key": string;
  "x-foreign-keys": { field: string; table: TableName; references: string }[];
  properties: Record<string, JsonSchemaField>;
}

export interface Field {
  name: string;
  schema: JsonSchemaField;
  /** The JSON type without null. */
  type: string;
  nullable: boolean;
}

/** A table row: any object whose keys are the schema's fields (the generated row types are Rows). */
export type Row = object;

export const cell = (row: Row, name: string): unknown => (row as Record<string, unknown>)[name];

export interface Table {
  name: TableName;
  schema: TableSchema;
  fields: Field[];
  /** sha256 of the schema file as stored. */
  sha256: string;
  validate(row: Row): string | null;
}

export function fieldsOf(properties: Record<string, JsonSchemaField>): Field[] {
  return Object.entries(properties).map(([name, schema]) => {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "object"];
    const nonNull = types.filter((t) => t !== "null");
    if (nonNull.length !== 1) throw new Error(`field ${name}: exactly one non-null type is supported, got ${types.join(", ")}`);
    return { name, schema, type: nonNull[0]!, nullable: types.includes("null") };
  });
}

export function readTableSchema(name: TableName): { schema: TableSchema; text: string } {
  const text = readFileSync(join(schemasDir, `${name}.schema.json`), "utf8");
  return { schema: JSON.parse(text) as TableSchema, text };
}

/** Loads and compiles every table once. */
export function loadTables(): Record<TableName, Table> {
  const ajv = createAjv();
  const tables = {} as Record<TableName, Table>;
  for (const name of [...DATA_TABLES, "rejects"] as const) {
    const { schema, text } = readTableSchema(name);
    const check = ajv.compile(schema);
    tables[name] = {
      name,
      schema,
      fields: fieldsOf(schema.properties),
      sha256: createHash("sha256").update(text).digest("hex"),
      validate(row) {
        return check(row) ? null : ajv.errorsText(check.errors, { dataVar: name });
      },
    };
  }
  return tables;
}

/** Puts a row's keys in schema order, so JSONL lines and CSV columns agree byte for byte. */
export function inSchemaOrder(table: Table, row: Row): Row {
  const ordered: Record<string, unknown> = {};
  for (const field of table.fields) ordered[field.name] = cell(row, field.name);
  return ordered;
}
