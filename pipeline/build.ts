// `claimset build`: input folder → output folder. Reads inputs a few at a time (p-limit) but hands
// documents to the writers strictly in input order, so the output is byte-identical whatever the
// concurrency. Every row is validated before it is written; a document that fails anywhere becomes a
// reject with its reason, and the others go on.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { availableParallelism } from "node:os";
import pLimit from "p-limit";
import { DATAPACKAGE_FILE, DICTIONARY_FILE, FORMATS, MANIFEST_FILE, REJECTS_FILE, openTableWriters, outputPath, TEXT_FORMATS, tableFile, type Format, type OpenWriter } from "./emit/catalog.js";
import { dataPackage } from "./emit/datapackage.js";
import { dataDictionary, Examples } from "./emit/dictionary.js";
import { openJsonl } from "./emit/jsonl.js";
import { createStaging, discardStaging, prepareOutput, publish, PublishError } from "./io/publish.js";
import { listInputs, type InputFile } from "./io/read-inputs.js";
import { loadLexicons, type Lexicons } from "./lexicons/load.js";
import { WorkerPool, WorkerTimeout } from "./parallel/pool.js";
import type { FileTask } from "./parallel/worker.js";
import { packageRoot } from "./paths.js";
import { createPipeline } from "./pipeline.js";
import { DEFAULT_DOC_TIMEOUT_MS, DEFAULT_MAX_BYTES, Duplicates, processInput, rejected, type InputRecord, type Outcome, type ProcessOptions } from "./process-input.js";
import { DATA_TABLES, loadTables, type DataTable, type Table, type TableName } from "./schema/tables.js";
import { packageVersion } from "./version.js";

export { DEFAULT_DOC_TIMEOUT_MS, DEFAULT_MAX_BYTES, type InputRecord };

export class UsageError extends Error {}

export interface BuildOptions {
  input: string;
  out: string;
  formats?: readonly Format[];
  /** Files in flight at once (read and processed); the output is the same for any value. */
  concurrency?: number;
  /** Worker threads that process documents (default: one per core; 0 processes in this thread). */
  workers?: number;
  /** Only the K-th of N parts of the input (`--shard K/N`), for `claimset merge` to join. */
  shard?: { index: number; count: number };
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

export interface FileRecord {
  path: string;
  bytes: number;
  sha256: string;
}

/** What a shard's output adds to its manifest, so that `claimset merge` can put the parts in order. */
export interface PartRecord {
  /** K of `--shard K/N`, from 1. */
  shard: number;
  of: number;
  /** Files and ignored files in the whole input listing, across all shards. */
  files_total: number;
  ignored_total: number;
  /** Positions in the whole listing of this part's inputs and ignored files, in the part's order. */
  file_indices: number[];
  ignored_indices: number[];
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
  /** Only in the output of one shard (`--shard K/N`). */
  part?: PartRecord;
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

export async function build(options: BuildOptions): Promise<Manifest> {
  const formats = [...(options.formats ?? FORMATS)];
  const shard = options.shard ?? null;
  // A shard's part must carry its rows as JSONL: that is what `claimset merge` reads back.
  if (shard !== null && !formats.includes("jsonl")) formats.push("jsonl");
  const folders = checkFolders(options.input, options.out);
  const tables = loadTables();
  const lexicons = loadLexicons();
  const processOptions: ProcessOptions = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, docTimeoutMs: options.docTimeoutMs ?? DEFAULT_DOC_TIMEOUT_MS };
  const listing = await listInputs(folders.input, options.extensions ?? [".txt"]).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(
      error.code === "ENOENT" ? `input folder ${options.input} does not exist; pass --input DIR with the article files` : `cannot read input folder ${options.input} (${error.code ?? error.message})`,
    );
  });
  let files = listing.files;
  let ignored = listing.ignored;
  let part: PartRecord | undefined;
  if (shard !== null) {
    const fileIndices = listing.files.flatMap((file, i) => (shardOf(file.source, shard.count) === shard.index ? [i] : []));
    const ignoredIndices = listing.ignored.flatMap((name, i) => (shardOf(name, shard.count) === shard.index ? [i] : []));
    files = fileIndices.map((i) => listing.files[i]!);
    ignored = ignoredIndices.map((i) => listing.ignored[i]!);
    part = { shard: shard.index, of: shard.count, files_total: listing.files.length, ignored_total: listing.ignored.length, file_indices: fileIndices, ignored_indices: ignoredIndices };
  }
  const workers = Math.max(0, Math.floor(options.workers ?? defaultWorkers()));
  const concurrency = Math.max(1, options.concurrency ?? 4, 8 * workers);
  // Workers encode the text formats when there are several of them; beside a single worker this
  // thread is otherwise idle, so it encodes them itself, in parallel with the next document.
  const encoded = workers > 1 ? TEXT_FORMATS.filter((f) => formats.includes(f)) : [];
  return writeInto(folders.out, (staging) =>
    writeDataset(staging, { formats, tables, lexicons, ignored, part, options }, files.length, processFiles(files, { workers, concurrency, tables, lexicons, processOptions, encode: { formats: encoded, formulaGuard: options.csvFormulaGuard ?? true } })),
  );
}

/** The worker threads `build` uses by default: one per core. */
export const defaultWorkers = () => availableParallelism();

/** Which shard (1..count) a relative path belongs to: a hash of the path, so any machine agrees. */
export function shardOf(source: string, count: number): number {
  return (createHash("sha256").update(source).digest().readUInt32BE(0) % count) + 1;
}

/**
 * Everything is written into a staging folder beside `out` and swapped in at the end, so a killed
 * or failed build never leaves a half-written dataset under `out`.
 */
export async function writeInto(out: string, write: (staging: string) => Promise<Manifest>): Promise<Manifest> {
  await mkdir(dirname(out), { recursive: true });
  await prepareOutput(out).catch((error: unknown) => {
    throw error instanceof PublishError ? new UsageError(error.message) : error;
  });
  const staging = await createStaging(out);
  const onSignal = (signal: NodeJS.Signals) => {
    void discardStaging(staging).finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const manifest = await write(staging);
    await publish(staging, out);
    return manifest;
  } catch (error) {
    await discardStaging(staging);
    throw error;
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}

interface ProcessPlan {
  /** Text formats the worker threads encode rows into, so that this thread only writes them. */
  encode: FileTask["encode"];
  workers: number;
  concurrency: number;
  tables: Record<TableName, Table>;
  lexicons: Lexicons;
  processOptions: ProcessOptions;
}

const HARD_LIMIT_GRACE_MS = 10_000;

// Compiled code, also when the build runs from the TypeScript sources (tests): a worker thread
// cannot load .ts files.
const WORKER_SCRIPT = join(packageRoot, "dist", "pipeline", "parallel", "worker.js");

/**
 * The files' outcomes in input order. A window of files is in flight at once (in worker threads,
 * or in this thread with workers = 0), and each outcome is handed on in input order, so the output
 * never depends on which file finished first.
 */
async function* processFiles(files: InputFile[], plan: ProcessPlan): AsyncGenerator<Outcome> {
  // The cooperative --doc-timeout stops a document at the next checkpoint; past it plus a grace,
  // the worker itself is stopped, which also ends a loop that never reaches a checkpoint.
  const hardLimit = plan.processOptions.docTimeoutMs + HARD_LIMIT_GRACE_MS;
  const pool = plan.workers > 0 ? new WorkerPool<FileTask, Outcome>(plan.workers, WORKER_SCRIPT, null, hardLimit) : null;
  const pipeline = pool === null ? createPipeline(undefined, { lexicons: plan.lexicons }) : null;
  const limit = pLimit(plan.concurrency);
  const work = (file: InputFile): Promise<Outcome> =>
    pool !== null
      ? pool.run({ file, options: plan.processOptions, encode: plan.encode }).catch((error: unknown) =>
          rejected(
            { source: file.source, sha256: null, bytes: null, status: "rejected", doc_id: null },
            null,
            error instanceof WorkerTimeout
              ? { rule: "doc-timeout", reason: `processing did not stop within ${hardLimit} ms (${error.message}); split the file into articles or raise --doc-timeout` }
              : {
                  rule: "internal-error",
                  reason: `the worker thread processing the file stopped (${error instanceof Error ? error.message : String(error)}); this is a claimset bug, please report it with the file`,
                },
          ),
        )
      : limit(() => processInput(file, pipeline!, plan.tables, plan.processOptions));
  const window: Promise<Outcome>[] = [];
  let next = 0;
  const fill = () => {
    while (next < files.length && window.length < plan.concurrency) window.push(work(files[next++]!));
  };
  try {
    fill();
    while (window.length > 0) {
      const outcome = await window.shift()!;
      fill();
      yield outcome;
    }
  } finally {
    await pool?.close();
  }
}

interface WritePlan {
  formats: Format[];
  tables: Record<TableName, Table>;
  lexicons: Lexicons;
  ignored: string[];
  part?: PartRecord;
  options: Pick<BuildOptions, "csvFormulaGuard" | "debug" | "onReject" | "onProgress">;
}

/**
 * Writes every outcome, in the order given, into `out` (the staging folder), and the manifest last.
 * Builds, shards and merges all end here, which is why their files are byte-identical.
 */
export async function writeDataset(out: string, plan: WritePlan, total: number, outcomes: AsyncIterable<Outcome>): Promise<Manifest> {
  const { formats, tables, ignored, options } = plan;

  const open: ({ table: DataTable } & OpenWriter)[] = [];
  for (const table of DATA_TABLES) {
    for (const writer of openTableWriters(out, tables[table], formats, { formulaGuard: options.csvFormulaGuard ?? true })) open.push({ table, ...writer });
  }
  const rejectWriter = openJsonl(outputPath(out, REJECTS_FILE), tables.rejects);

  const counts = Object.fromEntries(DATA_TABLES.map((t) => [t, 0])) as Record<DataTable, number>;
  const examples = new Examples(tables);
  const inputs: InputRecord[] = [];
  let rejects = 0;
  let duplicates = 0;
  let bytesRead = 0;
  const claimsByKind: Record<string, number> = {};
  const copies = new Duplicates();

  for await (const outcome of outcomes) {
    inputs.push(outcome.input);
    bytesRead += outcome.input.bytes ?? 0;
    options.onProgress?.({ done: inputs.length, total, bytes: bytesRead, rejects: rejects + (outcome.reject === null ? 0 : 1) });
    if (outcome.reject !== null) {
      rejects++;
      await rejectWriter.write(outcome.reject);
      const stack = options.debug ? outcome.stack : undefined;
      options.onReject?.(`${outcome.input.source}: ${outcome.reject.reason} [${outcome.reject.rule}]${stack ? `\n${stack}` : ""}`);
      continue;
    }
    const rows = outcome.rows!;
    if (copies.mark(rows.documents[0]!)) duplicates++;
    for (const { table, format, writer } of open) await writer.writeMany(rows[table], format === null ? undefined : outcome.encoded?.[table]?.[format]);
    for (const table of DATA_TABLES) {
      for (const row of rows[table]) examples.note(table, row);
      counts[table] += rows[table].length;
    }
    for (const claim of rows.claims) claimsByKind[claim.kind] = (claimsByKind[claim.kind] ?? 0) + 1;
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
  const lexicons = plan.lexicons;
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
    counts: { inputs: inputs.length + ignored.length, documents: counts.documents, rejects, ignored: ignored.length, duplicates },
    claims_by_kind: Object.fromEntries(Object.entries(claimsByKind).sort()),
    inputs,
    ignored,
    tables: manifestTables,
    rejects: { rows: rejects, file: await fileRecord(out, REJECTS_FILE) },
    ...(plan.part ? { part: plan.part } : {}),
  };
  await writeFile(outputPath(out, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}
