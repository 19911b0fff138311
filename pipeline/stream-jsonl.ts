// `claimset build --stdin-jsonl`: the map step of a Spark or Hadoop Streaming job. Reads one
// `{"id": ..., "text": ...}` object per line and writes every row as one line,
// `{"table": "claims", "row": {...}}`, in input order; a bad line becomes a `rejects` row, never a stop.
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { createPipeline } from "./pipeline.js";
import { Duplicates, processBytes } from "./process-input.js";
import type { RejectRow } from "./schema/rows.gen.js";
import { DATA_TABLES, inSchemaOrder, loadTables, type Row, type TableName } from "./schema/tables.js";

export interface StreamCounts {
  documents: number;
  rejects: number;
}

export async function streamJsonl(input: Readable, output: Writable, docTimeoutMs: number): Promise<StreamCounts> {
  const tables = loadTables();
  const pipeline = createPipeline();
  const counts: StreamCounts = { documents: 0, rejects: 0 };
  const copies = new Duplicates();
  const emit = async (table: TableName, row: Row) => {
    if (!output.write(`${JSON.stringify({ table, row: inSchemaOrder(tables[table], row) })}\n`)) await once(output, "drain");
  };
  const reject = async (row: RejectRow) => {
    counts.rejects++;
    await emit("rejects", row);
  };
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim().length === 0) continue;
    const where = `stdin line ${lineNumber}`;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line) as typeof record;
    } catch {
      await reject({ source: where, rule: "bad-input-line", reason: 'the line is not JSON; write one {"id": "...", "text": "..."} object per line', source_sha256: null, source_bytes: null, diagnostics: [] });
      continue;
    }
    if (typeof record !== "object" || record === null || typeof record.id !== "string" || record.id.length === 0 || typeof record.text !== "string") {
      await reject({ source: where, rule: "bad-input-line", reason: 'the line needs a non-empty string "id" and a string "text"', source_sha256: null, source_bytes: null, diagnostics: [] });
      continue;
    }
    const bytes = new TextEncoder().encode(record.text);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const outcome = processBytes(record.id, bytes, sha256, pipeline, tables, docTimeoutMs);
    if (outcome.reject !== null) {
      await reject(outcome.reject);
      continue;
    }
    const rows = outcome.rows!;
    copies.mark(rows.documents[0]!);
    counts.documents++;
    for (const table of DATA_TABLES) for (const row of rows[table]) await emit(table, row);
  }
  return counts;
}
