// The schema regression gate. schemas/schemas.lock.json records every table's version and fields;
// `claimset schema-check` compares the schemas with it. Breaking changes (a field removed or
// renamed, a changed type or nullability, a new non-nullable field, a narrowed category list) need a
// major version bump; additive ones (a new table, a new nullable field, a widened category list) a
// minor bump; `--update` writes the lock only when the versions were bumped as the changes require.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { schemasDir } from "../paths.js";
import { DATA_TABLES, fieldsOf, readTableSchema, type JsonSchemaField, type TableName } from "./tables.js";

export const LOCK_FILE = join(schemasDir, "schemas.lock.json");

interface LockedField {
  type: string;
  nullable: boolean;
  enum?: string[];
}

export interface SchemaLock {
  tables: Record<string, { version: string; fields: Record<string, LockedField> }>;
}

export interface Change {
  table: string;
  field: string | null;
  rule: "removed-field" | "changed-type" | "new-required-field" | "narrowed-enum" | "removed-table" | "new-field" | "widened-enum" | "new-table";
  breaking: boolean;
  detail: string;
}

/** A field's type as one comparable string: `array<object{text:string,...}>`, `string(date)`. */
function signature(schema: JsonSchemaField): string {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type ?? "object"]).filter((t) => t !== "null");
  const type = types.join("|");
  if (type === "array") return `array<${signature(schema.items ?? {})}>`;
  if (type === "object") {
    const members = Object.entries(schema.properties ?? {}).map(([name, inner]) => `${name}:${signature(inner)}${Array.isArray(inner.type) && inner.type.includes("null") ? "?" : ""}`);
    return `object{${members.join(",")}}`;
  }
  return schema.format ? `${type}(${schema.format})` : type;
}

export function currentLock(names: readonly TableName[] = [...DATA_TABLES, "rejects"]): SchemaLock {
  const lock: SchemaLock = { tables: {} };
  for (const name of names) {
    const { schema } = readTableSchema(name);
    const fields: Record<string, LockedField> = {};
    for (const field of fieldsOf(schema.properties)) {
      fields[field.name] = { type: signature(field.schema), nullable: field.nullable, ...(field.schema.enum ? { enum: [...field.schema.enum] } : {}) };
    }
    lock.tables[name] = { version: schema["x-version"], fields };
  }
  return lock;
}

export function compareLocks(locked: SchemaLock, current: SchemaLock): Change[] {
  const changes: Change[] = [];
  for (const [table, before] of Object.entries(locked.tables)) {
    const after = current.tables[table];
    if (after === undefined) {
      changes.push({ table, field: null, rule: "removed-table", breaking: true, detail: `table ${table} was removed` });
      continue;
    }
    for (const [name, field] of Object.entries(before.fields)) {
      const now = after.fields[name];
      if (now === undefined) {
        changes.push({ table, field: name, rule: "removed-field", breaking: true, detail: `field ${table}.${name} was removed or renamed` });
        continue;
      }
      if (now.type !== field.type || now.nullable !== field.nullable) {
        changes.push({ table, field: name, rule: "changed-type", breaking: true, detail: `field ${table}.${name} changed from ${field.type}${field.nullable ? "?" : ""} to ${now.type}${now.nullable ? "?" : ""}` });
      }
      const removed = (field.enum ?? []).filter((v) => !(now.enum ?? []).includes(v));
      const added = (now.enum ?? []).filter((v) => !(field.enum ?? []).includes(v));
      if (field.enum && removed.length > 0) changes.push({ table, field: name, rule: "narrowed-enum", breaking: true, detail: `field ${table}.${name} lost the values ${removed.join(", ")}` });
      if (field.enum && added.length > 0) changes.push({ table, field: name, rule: "widened-enum", breaking: false, detail: `field ${table}.${name} gained the values ${added.join(", ")}` });
    }
    for (const [name, field] of Object.entries(after.fields)) {
      if (before.fields[name] !== undefined) continue;
      if (field.nullable) changes.push({ table, field: name, rule: "new-field", breaking: false, detail: `field ${table}.${name} was added (nullable)` });
      else changes.push({ table, field: name, rule: "new-required-field", breaking: true, detail: `field ${table}.${name} was added and may not be null` });
    }
  }
  for (const table of Object.keys(current.tables)) {
    if (locked.tables[table] === undefined) changes.push({ table, field: null, rule: "new-table", breaking: false, detail: `table ${table} was added` });
  }
  return changes;
}

const parts = (version: string) => version.split(".").map(Number) as [number, number, number];

/** One line per problem: a change whose version bump is missing, or a lock that is not current. */
export function checkSchemas(locked: SchemaLock, current: SchemaLock): string[] {
  const problems: string[] = [];
  const changes = compareLocks(locked, current);
  for (const change of changes) {
    const before = locked.tables[change.table]?.version ?? "0.0.0";
    const after = current.tables[change.table]?.version ?? "0.0.0";
    const [major0, minor0] = parts(before);
    const [major1, minor1] = parts(after);
    if (change.breaking && major1 <= major0) {
      problems.push(`${change.detail} [${change.rule}]: a breaking change; bump the major version of schemas/${change.table}.schema.json (x-version ${before}) and run \`claimset schema-check --update\``);
    } else if (!change.breaking && major1 === major0 && minor1 <= minor0) {
      problems.push(`${change.detail} [${change.rule}]: an additive change; bump the minor version of schemas/${change.table}.schema.json (x-version ${before}) and run \`claimset schema-check --update\``);
    }
  }
  if (problems.length === 0) {
    for (const [table, entry] of Object.entries(current.tables)) {
      const before = locked.tables[table]?.version;
      if (before !== entry.version && !changes.some((c) => c.table === table)) {
        problems.push(`schemas/${table}.schema.json: version ${entry.version} but the lock says ${before}; run \`claimset schema-check --update\``);
      } else if (changes.some((c) => c.table === table)) {
        problems.push(`schemas/${table}.schema.json changed and its version was bumped; run \`claimset schema-check --update\` to record it in the lock`);
      }
    }
  }
  return problems;
}

export function readLock(): SchemaLock {
  if (!existsSync(LOCK_FILE)) return { tables: {} };
  return JSON.parse(readFileSync(LOCK_FILE, "utf8")) as SchemaLock;
}

/** Writes the lock from the schemas, when the versions allow it; returns the problems otherwise. */
export function updateLock(): string[] {
  const locked = readLock();
  const current = currentLock();
  const problems = checkSchemas(locked, current).filter((p) => !p.includes("run `claimset schema-check --update` to record") && !p.includes("but the lock says"));
  if (problems.length === 0) writeFileSync(LOCK_FILE, JSON.stringify(current, null, 2) + "\n");
  return problems;
}
