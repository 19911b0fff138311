// `claimset build`: input folder → output folder. Reads inputs a few at a time (p-limit) but hands
// documents to the writers strictly in input order, so the output is byte-identical whatever the
// concurrency. Every row is validated before it is written; a document that fails anywhere becomes a
// reject with its reason, and the others go on.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import pLimit from "p-limit";
import { createDoc, type Diagnostic, type Doc } from "./doc.js";
import { DATAPACKAGE_FILE, DICTIONARY_FILE, FORMATS, MANIFEST_FILE, REJECTS_FILE, outputPath, tableFile, writers, type Format } from "./emit/catalog.js";
import { dataPackage } from "./emit/datapackage.js";
import { dataDictionary, Examples } from "./emit/dictionary.js";
import { openJsonl } from "./emit/jsonl.js";
import type { TableWriter } from "./emit/writer.js";
import { createStaging, discardStaging, prepareOutput, publish, PublishError } from "./io/publish.js";
import { documentId, listInputs, readInput, type InputFile } from "./io/read-inputs.js";
import { createPipeline, type Pipeline } from "./pipeline.js";
import { diagnosticRows, docRows, type DocRows } from "./rows.js";
import type { RejectRow } from "./schema/rows.gen.js";
import { DATA_TABLES, loadTables, type DataTable, type Table, type TableName } from "./schema/tables.js";
import { packageVersion } from "./version.js";

export class UsageError extends Error {}

export interface BuildOptions {
  input: string;
  out: string;
  formats?: readonly Format[];
  concurrency?: number;
  /** File extensions read as articles, with the dot (default `.txt`); other files are counted as ignored. */
  extensions?: readonly string[];
  /** Files larger than this are rejected unread (default 20 MiB). */
  maxBytes?: number;
  /** Milliseconds one document may take before it is rejected as `doc-timeout` (default 60 s). */
  docTimeoutMs?: number;
  /** Show the stack of internal errors with their reject line. */
  debug?: boolean;
  /** Neutralize CSV cells a spreadsheet would run as formulas (default true). */
  csvFormulaGuard?: boolean;
  /** One line per rejected file (stderr in the CLI). */
  onReject?: (line: string) => void;
  /** Called after every input file, for progress displays. */
  onProgress?: (progress: Progress) => void;
}

export interface Progress {
  done: number;
  total: number;
  /** Bytes of input read so far. */
  bytes: number;
  rejects: number;
}

export interface InputRecord {
  source: string;
  sha256: string | null;
  bytes: number | null;
  status: "document" | "rejected";
  doc_id: string | null;
}

export interface FileRecord {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  claimset_version: string;
  formats: Format[];
  /** Whether CSV text cells that start like a formula carry a leading apostrophe. */
  csv_formula_guard: boolean;
  /** datapackage.json and the data dictionary README.md. */
  extras: FileRecord[];
  schemas: Record<TableName, { version: string; sha256: string }>;
  lexicons: { language: string; sha256: string; files: Record<string, { sha256: string; entries: number }> };
  counts: { inputs: number; documents: number; rejects: number; ignored: number; duplicates: number };
  /** Claims per kind, for summaries. */
  claims_by_kind: Record<string, number>;
  inputs: InputRecord[];
  /** Files under the input folder that were not read (their extension was not asked for). */
  ignored: string[];
  tables: Record<DataTable, { rows: number; files: Partial<Record<Format, FileRecord>> }>;
  rejects: { rows: number; file: FileRecord };
}

interface Outcome {
  input: InputRecord;
  rows: DocRows | null;
  reject: RejectRow | null;
  /** The stack of an internal error, for --debug. */
  stack?: string;
}

export function checkFolders(input: string, out: string): { input: string; out: string } {
  const inputPath = resolve(input);
  const outPath = resolve(out);
  const inside = (child: string, parent: string) => {
    const rel = relative(parent, child);
    return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
  };
  if (outPath === resolve("/")) throw new UsageError(`--out ${out} is the root folder; name a folder of its own for the dataset`);
  if (inside(outPath, inputPath)) throw new UsageError(`--out ${out} is inside the input folder ${input}; choose an output folder outside it`);
  if (inside(inputPath, outPath)) throw new UsageError(`--out ${out} contains the input folder ${input}; choose an output folder that does not`);
  return { input: inputPath, out: outPath };
}

async function fileRecord(out: string, path: string): Promise<FileRecord> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(outputPath(out, path))) hash.update(chunk as Buffer);
  const { size } = await stat(outputPath(out, path));
  return { path, bytes: size, sha256: hash.digest("hex") };
}

function processFile(file: InputFile, bytes: Uint8Array, sha256: string, pipeline: Pipeline, tables: Record<TableName, Table>, timeoutMs: number): Outcome {
  const id = documentId(file.source, sha256);
  const doc = createDoc(file.source, bytes, id, sha256);
  const input: InputRecord = { source: file.source, sha256, bytes: bytes.length, status: "document", doc_id: id };
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

function rejected(input: InputRecord, doc: Doc | null, error: Pick<Diagnostic, "rule" | "reason" | "stack">): Outcome {
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

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_DOC_TIMEOUT_MS = 60_000;

const unreadable: Record<string, string> = {
  EACCES: "the file cannot be read (permission denied); give the build read access or remove it",
  EISDIR: "the path is a folder, not a file",
};

export async function build(options: BuildOptions): Promise<Manifest> {
  const formats = [...(options.formats ?? FORMATS)];
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const folders = checkFolders(options.input, options.out);
  const tables = loadTables();
  const pipeline = createPipeline();
  const extensions = options.extensions ?? [".txt"];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { files, ignored } = await listInputs(folders.input, extensions).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(
      error.code === "ENOENT" ? `input folder ${options.input} does not exist; pass --input DIR with the article files` : `cannot read input folder ${options.input} (${error.code ?? error.message})`,
    );
  });
  await mkdir(dirname(folders.out), { recursive: true });
  await prepareOutput(folders.out).catch((error: unknown) => {
    throw error instanceof PublishError ? new UsageError(error.message) : error;
  });
  // Everything is written into a staging folder beside --out and swapped in at the end, so a killed
  // or failed build never leaves a half-written dataset under --out.
  const staging = await createStaging(folders.out);
  const onSignal = (signal: NodeJS.Signals) => {
    void discardStaging(staging).finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const manifest = await writeDataset(staging, { files, ignored, formats, concurrency, maxBytes, tables, pipeline, options });
    await publish(staging, folders.out);
    return manifest;
  } catch (error) {
    await discardStaging(staging);
    throw error;
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}

interface BuildPlan {
  files: InputFile[];
  ignored: string[];
  formats: Format[];
  concurrency: number;
  maxBytes: number;
  tables: Record<TableName, Table>;
  pipeline: Pipeline;
  options: BuildOptions;
}

/** Reads, processes and writes every input into `out` (the staging folder), and the manifest last. */
async function writeDataset(out: string, plan: BuildPlan): Promise<Manifest> {
  const { files, ignored, formats, concurrency, maxBytes, tables, pipeline, options } = plan;

  const open: { table: DataTable; format: Format; writer: TableWriter }[] = [];
  for (const table of DATA_TABLES) {
    for (const format of formats) {
      open.push({ table, format, writer: writers[format](outputPath(out, tableFile(table, format)), tables[table], { formulaGuard: options.csvFormulaGuard ?? true }) });
    }
  }
  const rejectWriter = openJsonl(outputPath(out, REJECTS_FILE), tables.rejects);

  const counts = { documents: 0, blocks: 0, sentences: 0, claims: 0 } as Record<DataTable, number>;
  const examples = new Examples(tables);
  const inputs: InputRecord[] = [];
  let rejects = 0;
  let duplicates = 0;
  let bytesRead = 0;
  const claimsByKind: Record<string, number> = {};
  // The first document with given content, in input order: later copies point to it.
  const firstWithContent = new Map<string, string>();
  const limit = pLimit(concurrency);
  const work = (file: InputFile) =>
    limit(async (): Promise<Outcome> => {
      const read = await readInput(file, maxBytes);
      if (read.error === "TOO_LARGE") {
        const reason = `the file has ${read.size} bytes, over the limit of ${maxBytes}; split it into articles or raise --max-bytes`;
        return rejected({ source: file.source, sha256: null, bytes: read.size, status: "rejected", doc_id: null }, null, { rule: "file-too-large", reason });
      }
      if (read.error === "OUTSIDE") {
        const reason = "the file is a link to a file outside the input folder, which claimset does not follow; copy the file into the folder instead";
        return rejected({ source: file.source, sha256: null, bytes: null, status: "rejected", doc_id: null }, null, { rule: "link-outside-input", reason });
      }
      if (read.bytes === null) {
        const reason = unreadable[read.error ?? ""] ?? `the file cannot be read (${read.error}); check that it exists and is readable`;
        return rejected({ source: file.source, sha256: null, bytes: null, status: "rejected", doc_id: null }, null, { rule: "unreadable-file", reason });
      }
      return processFile(file, read.bytes, read.sha256!, pipeline, tables, options.docTimeoutMs ?? DEFAULT_DOC_TIMEOUT_MS);
    });

  // A window of scheduled documents, consumed in input order.
  const window: Promise<Outcome>[] = [];
  let next = 0;
  const fill = () => {
    while (next < files.length && window.length < concurrency * 2) window.push(work(files[next++]!));
  };
  fill();
  while (window.length > 0) {
    const outcome = await window.shift()!;
    fill();
    inputs.push(outcome.input);
    bytesRead += outcome.input.bytes ?? 0;
    options.onProgress?.({ done: inputs.length, total: files.length, bytes: bytesRead, rejects: rejects + (outcome.reject === null ? 0 : 1) });
    if (outcome.reject !== null) {
      rejects++;
      await rejectWriter.write(outcome.reject);
      const stack = options.debug ? outcome.stack : undefined;
      options.onReject?.(`${outcome.input.source}: ${outcome.reject.reason} [${outcome.reject.rule}]${stack ? `\n${stack}` : ""}`);
      continue;
    }
    const document = outcome.rows!.documents[0]!;
    const original = firstWithContent.get(document.source_sha256);
    if (original === undefined) firstWithContent.set(document.source_sha256, document.doc_id);
    else {
      document.duplicate_of = original;
      duplicates++;
    }
    for (const { table, writer } of open) for (const row of outcome.rows![table]) await writer.write(row);
    for (const table of DATA_TABLES) for (const row of outcome.rows![table]) examples.note(table, row);
    for (const claim of outcome.rows!.claims) claimsByKind[claim.kind] = (claimsByKind[claim.kind] ?? 0) + 1;
    for (const table of DATA_TABLES) counts[table] += outcome.rows![table].length;
  }

  for (const { writer } of open) await writer.close();
  await rejectWriter.close();

  const manifestTables = {} as Manifest["tables"];
  for (const table of DATA_TABLES) {
    const recorded: Partial<Record<Format, FileRecord>> = {};
    for (const format of formats) recorded[format] = await fileRecord(out, tableFile(table, format));
    manifestTables[table] = { rows: counts[table], files: recorded };
  }
  const schemas = {} as Manifest["schemas"];
  for (const name of [...DATA_TABLES, "rejects"] as const) schemas[name] = { version: tables[name].schema["x-version"], sha256: tables[name].sha256 };
  const lexicons = pipeline.context.lexicons;
  await writeFile(outputPath(out, DATAPACKAGE_FILE), JSON.stringify(dataPackage(packageVersion, tables, formats, Object.fromEntries(DATA_TABLES.map((t) => [t, manifestTables[t].files])) as Record<DataTable, Partial<Record<Format, FileRecord>>>, counts), null, 2) + "\n");
  await writeFile(outputPath(out, DICTIONARY_FILE), dataDictionary(tables, counts, examples, packageVersion));
  const extras = [await fileRecord(out, DATAPACKAGE_FILE), await fileRecord(out, DICTIONARY_FILE)];
  const manifest: Manifest = {
    claimset_version: packageVersion,
    formats,
    csv_formula_guard: options.csvFormulaGuard ?? true,
    extras,
    schemas,
    lexicons: { language: lexicons.language, sha256: lexicons.sha256, files: lexicons.files },
    counts: { inputs: files.length + ignored.length, documents: counts.documents, rejects, ignored: ignored.length, duplicates },
    claims_by_kind: Object.fromEntries(Object.entries(claimsByKind).sort()),
    inputs,
    ignored,
    tables: manifestTables,
    rejects: { rows: rejects, file: await fileRecord(out, REJECTS_FILE) },
  };
  await writeFile(outputPath(out, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}
