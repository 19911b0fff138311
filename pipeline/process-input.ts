// One input file in, one outcome out: its rows (validated against their schemas) or its reject with
// the reason. Pure per file, so it runs the same in the main thread, in a worker thread, or in a
// shard on another machine.
import type { EncodedRows } from "./emit/catalog.js";
import { createDoc, type Diagnostic, type Doc } from "./doc.js";
import { documentId, readInput, type InputFile } from "./io/read-inputs.js";
import type { Pipeline } from "./pipeline.js";
import { diagnosticRows, docRows, type DocRows } from "./rows.js";
import type { RejectRow } from "./schema/rows.gen.js";
import { DATA_TABLES, type Table, type TableName } from "./schema/tables.js";

export interface InputRecord {
  source: string;
  sha256: string | null;
  bytes: number | null;
  status: "document" | "rejected";
  doc_id: string | null;
}

export interface Outcome {
  input: InputRecord;
  rows: DocRows | null;
  /** The rows already encoded as CSV or JSONL text (by a worker thread), documents excepted. */
  encoded?: EncodedRows;
  reject: RejectRow | null;
  /** The stack of an internal error, for --debug. */
  stack?: string;
}

export interface ProcessOptions {
  maxBytes: number;
  docTimeoutMs: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_DOC_TIMEOUT_MS = 60_000;

const unreadable: Record<string, string> = {
  EACCES: "the file cannot be read (permission denied); give the build read access or remove it",
  EISDIR: "the path is a folder, not a file",
};

const unreadRecord = (source: string, bytes: number | null): InputRecord => ({ source, sha256: null, bytes, status: "rejected", doc_id: null });

/** Reads one input file and runs it through the pipeline. Never throws for bad input. */
export async function processInput(file: InputFile, pipeline: Pipeline, tables: Record<TableName, Table>, options: ProcessOptions): Promise<Outcome> {
  const read = await readInput(file, options.maxBytes);
  if (read.error === "TOO_LARGE") {
    const reason = `the file has ${read.size} bytes, over the limit of ${options.maxBytes}; split it into articles or raise --max-bytes`;
    return rejected(unreadRecord(file.source, read.size), null, { rule: "file-too-large", reason });
  }
  if (read.error === "OUTSIDE") {
    const reason = "the file is a link to a file outside the input folder, which claimset does not follow; copy the file into the folder instead";
    return rejected(unreadRecord(file.source, null), null, { rule: "link-outside-input", reason });
  }
  if (read.bytes === null) {
    const reason = unreadable[read.error ?? ""] ?? `the file cannot be read (${read.error}); check that it exists and is readable`;
    return rejected(unreadRecord(file.source, null), null, { rule: "unreadable-file", reason });
  }
  return processBytes(file.source, read.bytes, read.sha256!, pipeline, tables, options.docTimeoutMs);
}

/** Runs bytes already in memory through the pipeline and checks every row against its schema. */
export function processBytes(source: string, bytes: Uint8Array, sha256: string, pipeline: Pipeline, tables: Record<TableName, Table>, timeoutMs: number): Outcome {
  const id = documentId(source, sha256);
  const doc = createDoc(source, bytes, id, sha256);
  const input: InputRecord = { source, sha256, bytes: bytes.length, status: "document", doc_id: id };
  pipeline.run(doc, { timeoutMs });
  const error = doc.diagnostics.find((d) => d.severity === "error");
  if (error !== undefined) return rejected(input, doc, error);
  const rows = docRows(doc);
  for (const name of DATA_TABLES) {
    for (const row of rows[name]) {
      const problem = tables[name].validate(row);
      if (problem !== null) {
        const bug: Diagnostic = {
          rule: "schema-violation",
          severity: "error",
          reason: `a ${name} row broke its schema (${problem}); this is a claimset bug, please report it with the file`,
          span: null,
        };
        doc.diagnostics.push(bug);
        return rejected(input, doc, bug);
      }
    }
  }
  return { input, rows, reject: null };
}

export function rejected(input: InputRecord, doc: Doc | null, error: Pick<Diagnostic, "rule" | "reason" | "stack">): Outcome {
  return {
    stack: error.stack,
    input: { ...input, status: "rejected", doc_id: null },
    rows: null,
    reject: {
      source: input.source,
      rule: error.rule,
      reason: error.reason,
      source_sha256: input.sha256,
      source_bytes: input.bytes,
      diagnostics: doc ? diagnosticRows(doc, null) : [],
    },
  };
}

/**
 * Marks later copies of the same content: the first document with given bytes, in input order,
 * is the original; `duplicate_of` of every later copy names it. Returns whether the row is a copy.
 */
export class Duplicates {
  private readonly firstWithContent = new Map<string, string>();

  mark(document: { doc_id: string; source_sha256: string; duplicate_of: string | null }): boolean {
    const original = this.firstWithContent.get(document.source_sha256);
    if (original === undefined) {
      this.firstWithContent.set(document.source_sha256, document.doc_id);
      return false;
    }
    document.duplicate_of = original;
    return true;
  }
}
