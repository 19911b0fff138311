// Every path under the output folder is decided here.
import { join } from "node:path";
import type { TableName } from "../schema/tables.js";
import { openArrow } from "./arrow.js";
import { openCsv } from "./csv.js";
import { openJsonl } from "./jsonl.js";
import { openParquet } from "./parquet.js";
import type { WriterFactory } from "./writer.js";

export const FORMATS = ["csv", "jsonl", "arrow", "parquet"] as const;
export type Format = (typeof FORMATS)[number];

export const writers: Record<Format, WriterFactory> = { csv: openCsv, jsonl: openJsonl, arrow: openArrow, parquet: openParquet };

export const tableFile = (table: TableName, format: Format) => `${table}.${format}`;
export const REJECTS_FILE = "rejects.jsonl";
export const MANIFEST_FILE = "manifest.json";
export const DATAPACKAGE_FILE = "datapackage.json";
export const DICTIONARY_FILE = "README.md";

export const outputPath = (out: string, file: string) => join(out, file);
