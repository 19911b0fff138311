// The column types a consumer should declare when reading our CSV or JSONL, from the schemas (so a
// column that is null in every row still gets its type, and nothing is inferred).
import type { JsonSchemaField, Table } from "./tables.js";

function duckdbType(type: string, schema: JsonSchemaField): string {
  switch (type) {
    case "string":
      return schema.format === "date" ? "DATE" : "VARCHAR";
    case "integer":
      return "INTEGER";
    case "number":
      return "DOUBLE";
    case "boolean":
      return "BOOLEAN";
    case "array": {
      const items = schema.items!;
      return `${duckdbType(String(items.type), items)}[]`;
    }
    case "object": {
      const members = Object.entries(schema.properties ?? {}).map(([name, inner]) => {
        const types = Array.isArray(inner.type) ? inner.type : [inner.type ?? "object"];
        return `"${name}" ${duckdbType(types.find((t) => t !== "null")!, inner)}`;
      });
      return `STRUCT(${members.join(", ")})`;
    }
    default:
      throw new Error(`no DuckDB type for ${type}`);
  }
}

/** DuckDB column types for read_json; in CSV, lists and structs are JSON text (VARCHAR). */
export function duckdbColumns(table: Table, format: "csv" | "jsonl"): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const field of table.fields) {
    const type = duckdbType(field.type, field.schema);
    columns[field.name] = format === "csv" && (field.type === "array" || field.type === "object") ? "VARCHAR" : type;
  }
  return columns;
}

/** The `columns={...}` argument of DuckDB's read_csv / read_json for a table. */
export function duckdbColumnsArgument(table: Table, format: "csv" | "jsonl"): string {
  const entries = Object.entries(duckdbColumns(table, format)).map(([name, type]) => `'${name}': '${type.replace(/'/g, "''")}'`);
  return `{${entries.join(", ")}}`;
}

