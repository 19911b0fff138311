// Every path under the output folder is decided here.
import { join } from "node:path";
import type { Table, TableName } from "../schema/tables.js";
import { arrowSink, batchedWriter, openArrow, type BatchSink } from "./arrow.js";
import { openCsv } from "./csv.js";
import { openJsonl } from "./jsonl.js";
import { openParquet, parquetSink } from "./parquet.js";
import type { TableWriter, WriterFactory, WriterOptions } from "./writer.js";

export const FORMATS = ["csv", "jsonl", "arrow", "parquet"] as const;
export type Format = (typeof FORMATS)[number];

export const writers: Record<Format, WriterFactory> = { csv: openCsv, jsonl: openJsonl, arrow: openArrow, parquet: openParquet };

export const tableFile = (table: TableName, format: Format) => `${table}.${format}`;
export const REJECTS_FILE = "rejects.jsonl";
export const MANIFEST_FILE = "manifest.json";
export const DATAPACKAGE_FILE = "datapackage.json";
export const DICTIONARY_FILE = "README.md";

export const outputPath = (out: string, file: string) => join(out, file);

/** Every format's writer for one table; the Arrow and Parquet files share their record batches. */
export function openTableWriters(out: string, table: Table, formats: readonly Format[], options: WriterOptions): OpenWriter[] {
  const open: OpenWriter[] = [];
  const sinks: BatchSink[] = [];
  for (const format of formats) {
    const path = outputPath(out, tableFile(table.name, format));
    if (format === "arrow") sinks.push(arrowSink(path));
    else if (format === "parquet") sinks.push(parquetSink(path, table));
    else open.push({ format: format as TextFormat, writer: writers[format](path, table, options) });
  }
  if (sinks.length > 0) open.push({ format: null, writer: batchedWriter(table, sinks) });
  return open;
}

/** A table's writer, with its text format when it takes rows encoded ahead (by a worker thread). */
export interface OpenWriter {
  format: TextFormat | null;
  writer: TableWriter;
}

export const TEXT_FORMATS = ["csv", "jsonl"] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/** Rows encoded as text ahead of writing, by table and format. */
export type EncodedRows = Partial<Record<TableName, Partial<Record<TextFormat, string | Uint8Array>>>>;
