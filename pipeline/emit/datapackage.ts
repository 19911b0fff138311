// datapackage.json: the dataset described by the Frictionless Data Package and Table Schema specs,
// generated from our JSON Schemas: one resource per table and format with its bytes, sha256 hash
// and row count, field types and descriptions, primary and foreign keys.
import { DATA_TABLES, type DataTable, type Field, type Table, type TableName } from "../schema/tables.js";
import type { Format } from "./catalog.js";
import { tableFile } from "./catalog.js";

interface FileFacts {
  path: string;
  bytes: number;
  sha256: string;
}

const mediatypes: Record<Format, string> = {
  csv: "text/csv",
  jsonl: "application/x-ndjson",
  arrow: "application/vnd.apache.arrow.file",
  parquet: "application/vnd.apache.parquet",
};

function fieldType(field: Field): string {
  if (field.type === "string") return field.schema.format === "date" ? "date" : "string";
  return field.type;
}

function tableSchema(table: Table, format: Format) {
  return {
    fields: table.fields.map((field) => ({
      name: field.name,
      type: fieldType(field),
      ...(field.type === "array" && format === "csv" ? { format: "default", description: `${field.schema.description} In CSV: JSON text.` } : { description: field.schema.description }),
      constraints: { required: !field.nullable, ...(field.schema.enum ? { enum: field.schema.enum.filter((v) => v !== null) } : {}) },
    })),
    missingValues: [""],
    primaryKey: [table.schema["x-primary-key"]],
    foreignKeys: table.schema["x-foreign-keys"].map((key) => ({
      fields: [key.field],
      reference: { resource: `${key.table}-${format}`, fields: [key.references] },
    })),
  };
}

export function dataPackage(
  version: string,
  tables: Record<TableName, Table>,
  formats: readonly Format[],
  files: Record<DataTable, Partial<Record<Format, FileFacts>>>,
  rows: Record<DataTable, number>,
): object {
  const resources = DATA_TABLES.flatMap((name) =>
    formats.map((format) => {
      const facts = files[name][format]!;
      return {
        name: `${name}-${format}`,
        path: tableFile(name, format),
        profile: format === "csv" ? "tabular-data-resource" : "data-resource",
        title: `${name} (${format})`,
        description: tables[name].schema.description,
        format,
        mediatype: mediatypes[format],
        ...(format === "csv" || format === "jsonl" ? { encoding: "utf-8" } : {}),
        ...(format === "csv" ? { dialect: { delimiter: ",", quoteChar: '"', doubleQuote: true, header: true, lineTerminator: "\n" } } : {}),
        bytes: facts.bytes,
        hash: `sha256:${facts.sha256}`,
        rows: rows[name],
        schema: tableSchema(tables[name], format),
      };
    }),
  );
  return {
    profile: "tabular-data-package",
    name: "claimset-dataset",
    title: "claimset dataset: documents, blocks, sentences and claims",
    description: "Built by claimset from raw news text; see README.md beside this file for the data dictionary.",
    version,
    resources,
  };
}
