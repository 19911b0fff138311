// The worker thread's side of `build --workers N`: loads the lexicons, schemas and pipeline once,
// then processes one input file per message. It also encodes the rows as CSV and JSONL text, so
// that the main thread, which writes every file, has less to do. Documents rows are left to the
// main thread: their `duplicate_of` depends on the whole input.
import { parentPort } from "node:worker_threads";
import type { EncodedRows, TextFormat } from "../emit/catalog.js";
import { csvText } from "../emit/csv.js";
import { jsonlText } from "../emit/jsonl.js";
import type { InputFile } from "../io/read-inputs.js";
import { createPipeline } from "../pipeline.js";
import { processInput, type ProcessOptions } from "../process-input.js";
import { loadTables } from "../schema/tables.js";

export interface FileTask {
  file: InputFile;
  options: ProcessOptions;
  encode: { formats: TextFormat[]; formulaGuard: boolean };
}

const pipeline = createPipeline();
const tables = loadTables();
const ENCODED_TABLES = ["blocks", "sentences", "claims", "mentions"] as const;
const utf8 = new TextEncoder();

parentPort!.on("message", async ({ id, task }: { id: number; task: FileTask }) => {
  // Structured cloning turns the Buffer into a plain Uint8Array; fs wants the Buffer back.
  const path = Buffer.from(task.file.path.buffer, task.file.path.byteOffset, task.file.path.byteLength);
  const result = await processInput({ ...task.file, path }, pipeline, tables, task.options);
  // The text goes as UTF-8 bytes whose buffers are handed over, not copied: the main thread only
  // writes them.
  const transfer: ArrayBuffer[] = [];
  const bytes = (text: string) => {
    const encoded = utf8.encode(text);
    transfer.push(encoded.buffer as ArrayBuffer);
    return encoded;
  };
  if (result.rows !== null && task.encode.formats.length > 0) {
    const encoded: EncodedRows = {};
    for (const table of ENCODED_TABLES) {
      const rows = result.rows[table];
      encoded[table] = {};
      if (task.encode.formats.includes("jsonl")) encoded[table].jsonl = bytes(jsonlText(tables[table], rows));
      if (task.encode.formats.includes("csv")) encoded[table].csv = bytes(csvText(tables[table], rows, { formulaGuard: task.encode.formulaGuard }));
    }
    result.encoded = encoded;
  }
  parentPort!.postMessage({ id, result }, transfer);
});
