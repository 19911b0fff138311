// `claimset validate DIR`: re-checks an output folder the way a consumer's CI would. The manifest's
// files exist with their sizes and hashes; every JSONL row passes its schema; the CSV and Arrow files
// Parquet files hold exactly the same rows, in the same order; the row counts match the manifest.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { tableFromIPC, type Table as ArrowTable } from "apache-arrow";
import { readParquet } from "parquet-wasm";
import type { Manifest } from "./build.js";
import { MANIFEST_FILE, REJECTS_FILE, outputPath, tableFile, type Format } from "./emit/catalog.js";
import { csvCells, csvLine } from "./emit/csv.js";
import { DATA_TABLES, inSchemaOrder, loadTables, type Row, type Table } from "./schema/tables.js";

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}

/** The rows of a JSON Lines file; a line that does not parse (a truncated file) is a problem, not a crash. */
function jsonlRows(text: string, file: string, problems: string[]): Row[] {
  const rows: Row[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.length === 0) return;
    try {
      rows.push(JSON.parse(line) as Row);
    } catch {
      problems.push(`${file}: line ${i + 1} is not valid JSON (truncated or edited)`);
    }
  });
  return rows;
}

/** An Arrow value as the plain JSON value the JSONL row holds. */
function plain(value: unknown, isDate: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (isDate) return new Date(value instanceof Date ? value.getTime() : Number(value)).toISOString().slice(0, 10);
  if (typeof value === "bigint") return Number(value);
  if (typeof value !== "object") return value;
  if (typeof (value as { toArray?: unknown }).toArray === "function" && Symbol.iterator in (value as object)) {
    return Array.from(value as Iterable<unknown>, (item) => plain(item, false));
  }
  const json = (value as { toJSON?: () => Record<string, unknown> }).toJSON?.() ?? (value as Record<string, unknown>);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(json)) out[key] = plain(inner, false);
  return out;
}

export async function validateOutput(dir: string): Promise<string[]> {
  const problems: string[] = [];
  const manifestText = await readText(outputPath(dir, MANIFEST_FILE));
  if (manifestText === null) return [`${MANIFEST_FILE}: missing; build the folder with \`claimset build --out ${dir}\``];
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestText) as Manifest;
  } catch {
    return [`${MANIFEST_FILE}: not valid JSON; rebuild the folder`];
  }
  const tables = loadTables();

  const checkFile = async (record: { path: string; bytes: number; sha256: string }): Promise<Buffer | null> => {
    let bytes: Buffer;
    try {
      bytes = await readFile(outputPath(dir, record.path));
    } catch {
      problems.push(`${record.path}: listed in the manifest but missing`);
      return null;
    }
    if (bytes.length !== record.bytes) problems.push(`${record.path}: ${bytes.length} bytes, the manifest says ${record.bytes} (truncated or changed)`);
    else if (createHash("sha256").update(bytes).digest("hex") !== record.sha256) problems.push(`${record.path}: sha256 differs from the manifest (changed after the build)`);
    return bytes;
  };

  const checkRows = (table: Table, rows: Row[], file: string) => {
    rows.forEach((row, i) => {
      const problem = table.validate(row);
      if (problem !== null) problems.push(`${file}: row ${i + 1}: ${problem}`);
    });
  };

  for (const name of DATA_TABLES) {
    const table = tables[name];
    const entry = manifest.tables?.[name];
    if (entry === undefined) {
      problems.push(`${MANIFEST_FILE}: no entry for table ${name}`);
      continue;
    }
    if (table.sha256 !== manifest.schemas?.[name]?.sha256) problems.push(`${name}: built with another version of its schema; rebuild with this claimset`);
    const files = entry.files as Partial<Record<Format, { path: string; bytes: number; sha256: string }>>;
    let reference: Row[] | null = null;
    if (files.jsonl) {
      const bytes = await checkFile(files.jsonl);
      if (bytes !== null) {
        reference = jsonlRows(bytes.toString("utf8"), files.jsonl.path, problems);
        checkRows(table, reference, files.jsonl.path);
        if (reference.length !== entry.rows) problems.push(`${files.jsonl.path}: ${reference.length} rows, the manifest says ${entry.rows}`);
      }
    }
    if (files.csv) {
      const bytes = await checkFile(files.csv);
      if (bytes !== null) {
        let records: string[][] = [];
        try {
          records = parse(bytes, { relax_column_count: false }) as string[][];
        } catch (error) {
          problems.push(`${files.csv.path}: not valid CSV (${(error as Error).message})`);
        }
        const header = records.shift() ?? [];
        if (header.join(",") !== table.fields.map((f) => f.name).join(",")) problems.push(`${files.csv.path}: columns differ from the schema`);
        if (records.length !== entry.rows) problems.push(`${files.csv.path}: ${records.length} rows, the manifest says ${entry.rows}`);
        if (reference !== null) {
          const guard = { formulaGuard: manifest.csv_formula_guard ?? true };
          const expected = csvLine(table.fields.map((f) => f.name)) + reference.map((row) => csvLine(csvCells(table, row, guard))).join("");
          if (bytes.toString("utf8") !== expected) problems.push(`${files.csv.path}: rows differ from ${tableFile(name, "jsonl")}`);
        }
      }
    }
    for (const format of ["arrow", "parquet"] as const) {
      const record = files[format];
      if (!record) continue;
      const bytes = await checkFile(record);
      if (bytes === null) continue;
      let arrow: ArrowTable;
      try {
        arrow = format === "arrow" ? tableFromIPC(bytes) : tableFromIPC(readParquet(bytes).intoIPCStream());
      } catch (error) {
        problems.push(`${record.path}: not a readable ${format === "arrow" ? "Arrow IPC" : "Parquet"} file (${(error as Error).message})`);
        continue;
      }
      if (arrow.numRows !== entry.rows) problems.push(`${record.path}: ${arrow.numRows} rows, the manifest says ${entry.rows}`);
      if (arrow.schema.fields.map((f) => f.name).join(",") !== table.fields.map((f) => f.name).join(",")) problems.push(`${record.path}: columns differ from the schema`);
      if (reference !== null) {
        const dates = new Set(table.fields.filter((f) => f.schema.format === "date").map((f) => f.name));
        for (let i = 0; i < Math.min(arrow.numRows, reference.length); i++) {
          const row = arrow.get(i)!.toJSON() as Record<string, unknown>;
          const values: Record<string, unknown> = {};
          for (const field of table.fields) values[field.name] = plain(row[field.name], dates.has(field.name));
          if (JSON.stringify(values) !== JSON.stringify(inSchemaOrder(table, reference[i]!))) {
            problems.push(`${record.path}: row ${i + 1} differs from ${tableFile(name, "jsonl")}`);
            break;
          }
        }
      }
    }
  }

  if (manifest.rejects?.file) {
    const bytes = await checkFile(manifest.rejects.file);
    if (bytes !== null) {
      const rows = jsonlRows(bytes.toString("utf8"), REJECTS_FILE, problems);
      checkRows(tables.rejects, rows, REJECTS_FILE);
      if (rows.length !== manifest.rejects.rows) problems.push(`${REJECTS_FILE}: ${rows.length} rows, the manifest says ${manifest.rejects.rows}`);
    }
  } else {
    problems.push(`${MANIFEST_FILE}: no entry for ${REJECTS_FILE}`);
  }
  for (const extra of manifest.extras ?? []) await checkFile(extra);
  const counts = manifest.counts;
  if (counts && counts.inputs !== counts.documents + counts.rejects + counts.ignored) {
    problems.push(`${MANIFEST_FILE}: ${counts.inputs} inputs but ${counts.documents} documents, ${counts.rejects} rejects and ${counts.ignored} ignored`);
  }
  return problems;
}
