// Generates the TypeScript row types from the table schemas, so a field is declared once.
// `npm run generate` writes pipeline/schema/rows.gen.ts; a test fails when it is stale.
import { DATA_TABLES, fieldsOf, readTableSchema, type Field, type JsonSchemaField } from "./tables.js";

const singular = (name: string) => name.replace(/ies$/, "y").replace(/s$/, "");
const pascal = (name: string) => name.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());

function tsType(field: Field | { type: string; schema: JsonSchemaField; nullable: boolean }, nested: string): string {
  const s = field.schema;
  let base: string;
  if (s.enum) base = s.enum.filter((v) => v !== null).map((v) => JSON.stringify(v)).join(" | ");
  else if (field.type === "string") base = "string";
  else if (field.type === "integer" || field.type === "number") base = "number";
  else if (field.type === "boolean") base = "boolean";
  else if (field.type === "array") {
    const items = s.items!;
    const itemType = items.properties ? nested : tsType({ type: String(items.type), schema: items, nullable: false }, nested);
    base = `${itemType.includes("|") ? `(${itemType})` : itemType}[]`;
  } else throw new Error(`no TypeScript type for ${field.type}`);
  return field.nullable ? `${base} | null` : base;
}

function objectType(name: string, properties: Record<string, JsonSchemaField>, out: string[], description?: string): void {
  const lines: string[] = [];
  for (const field of fieldsOf(properties)) {
    let nested = "";
    if (field.type === "array" && field.schema.items?.properties) {
      nested = pascal(name) + pascal(singular(field.name));
      objectType(nested, field.schema.items.properties, out);
    }
    if (field.schema.description) lines.push(`  /** ${field.schema.description.replace(/\*\//g, "* /")} */`);
    lines.push(`  ${field.name}: ${tsType(field, nested)};`);
  }
  if (description) out.push(`/** ${description} */`);
  out.push(`export interface ${pascal(name)} {`, ...lines, "}", "");
}

export function generateRowTypes(): string {
  const out: string[] = ["// Generated from schemas/*.schema.json by `npm run generate`. Do not edit.", ""];
  for (const name of [...DATA_TABLES, "rejects"] as const) {
    const { schema } = readTableSchema(name);
    objectType(`${singular(name)}_row`, schema.properties, out, schema.description);
  }
  return out.join("\n");
}
