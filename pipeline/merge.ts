// `claimset merge --out DIR PART...`: joins the outputs of `build --shard K/N` into one dataset. Each
// part's manifest says where in the whole input listing its files stand; the merge reads the parts'
// JSONL rows back, puts the documents in listing order again, and writes them through the same
// `writeDataset` as a build, so the files are byte-identical to a build on one machine.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { UsageError, writeDataset, writeInto, type Manifest, type PartRecord, type Progress } from "./build.js";
import { FORMATS, MANIFEST_FILE, REJECTS_FILE, outputPath, tableFile, type Format } from "./emit/catalog.js";
import { loadLexicons } from "./lexicons/load.js";
import type { Outcome } from "./process-input.js";
import type { DocRows } from "./rows.js";
import type { RejectRow } from "./schema/rows.gen.js";
import { DATA_TABLES, loadTables, type DataTable } from "./schema/tables.js";

export interface MergeOptions {
  parts: string[];
  out: string;
  formats?: readonly Format[];
  csvFormulaGuard?: boolean;
  onProgress?: (progress: Progress) => void;
}

/** Lines of a JSONL file as parsed rows, one at a time, with a look at the next. */
class RowReader<Row> {
  private readonly lines: AsyncIterator<string>;
  private ahead: Row | null = null;
  private done = false;

  constructor(path: string) {
    this.lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity })[Symbol.asyncIterator]();
  }

  async peek(): Promise<Row | null> {
    while (this.ahead === null && !this.done) {
      const next = await this.lines.next();
      if (next.done) this.done = true;
      else if (next.value.length > 0) this.ahead = JSON.parse(next.value) as Row;
    }
    return this.ahead;
  }

  async take(): Promise<Row | null> {
    const row = await this.peek();
    this.ahead = null;
    return row;
  }
}

interface Part {
  dir: string;
  manifest: Manifest & { part: PartRecord };
}

async function readPart(dir: string): Promise<Part> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(outputPath(dir, MANIFEST_FILE), "utf8")) as Manifest;
  } catch {
    throw new UsageError(`${dir} holds no finished part (its ${MANIFEST_FILE} is missing or unreadable); run claimset build --shard K/N --out ${dir} first`);
  }
  if (manifest.part === undefined) throw new UsageError(`${dir} is a whole dataset, not a part; merge only the outputs of claimset build --shard K/N`);
  if (!manifest.formats.includes("jsonl")) throw new UsageError(`${dir} has no JSONL files, which merge reads; rebuild the part with jsonl among --formats`);
  return { dir, manifest: manifest as Part["manifest"] };
}

/** The parts agree on everything that shapes the output, and together they cover the input once. */
function checkParts(parts: Part[]): void {
  const first = parts[0]!.manifest;
  const same = (m: Manifest) =>
    JSON.stringify([m.claimset_version, m.schemas, m.lexicons.sha256, m.csv_formula_guard, m.part!.of, m.part!.files_total, m.part!.ignored_total]) ===
    JSON.stringify([first.claimset_version, first.schemas, first.lexicons.sha256, first.csv_formula_guard, first.part.of, first.part.files_total, first.part.ignored_total]);
  for (const part of parts) {
    if (!same(part.manifest)) throw new UsageError(`${part.dir} was built by another claimset version, schemas, lexicons, CSV guard or shard count than ${parts[0]!.dir}; rebuild all parts the same way`);
  }
  const seen = new Map<number, string>();
  for (const part of parts) {
    const k = part.manifest.part.shard;
    if (seen.has(k)) throw new UsageError(`${part.dir} and ${seen.get(k)} are both shard ${k}/${first.part.of}; pass each part once`);
    seen.set(k, part.dir);
  }
  const missing = Array.from({ length: first.part.of }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0) throw new UsageError(`shard ${missing.join(", ")} of ${first.part.of} is missing; pass every part's output folder`);
}

/** One part's outcomes, in its order, read back from its JSONL files. */
async function* partOutcomes(part: Part): AsyncGenerator<{ index: number; outcome: Outcome }> {
  const readers = Object.fromEntries(DATA_TABLES.map((t) => [t, new RowReader<{ doc_id: string }>(outputPath(part.dir, tableFile(t, "jsonl")))])) as Record<DataTable, RowReader<{ doc_id: string }>>;
  const rejects = new RowReader<RejectRow>(outputPath(part.dir, REJECTS_FILE));
  const { inputs, part: record } = part.manifest;
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    const index = record.file_indices[i]!;
    if (input.status === "rejected") {
      const reject = await rejects.take();
      if (reject === null || reject.source !== input.source) throw new UsageError(`${part.dir}/${REJECTS_FILE} does not match its manifest at ${input.source}; rebuild the part`);
      yield { index, outcome: { input, rows: null, reject } };
      continue;
    }
    const rows = {} as Record<DataTable, unknown[]>;
    for (const table of DATA_TABLES) {
      rows[table] = [];
      for (let row = await readers[table].peek(); row !== null && row.doc_id === input.doc_id; row = await readers[table].peek()) rows[table].push(await readers[table].take());
    }
    const docRows = rows as unknown as DocRows;
    if (docRows.documents.length !== 1) throw new UsageError(`${part.dir}/documents.jsonl does not match its manifest at ${input.source}; rebuild the part`);
    // Which copy is the first with its content depends on the whole input; the merge decides again.
    docRows.documents[0]!.duplicate_of = null;
    yield { index, outcome: { input, rows: docRows, reject: null } };
  }
}

/** All parts' outcomes in the order of the whole input listing. */
async function* inListingOrder(parts: Part[]): AsyncGenerator<Outcome> {
  const streams = parts.map((part) => partOutcomes(part));
  const heads = await Promise.all(streams.map((s) => s.next()));
  for (;;) {
    let best = -1;
    heads.forEach((head, i) => {
      if (!head.done && (best < 0 || head.value.index < (heads[best]!.value as { index: number }).index)) best = i;
    });
    if (best < 0) return;
    yield (heads[best]!.value as { outcome: Outcome }).outcome;
    heads[best] = await streams[best]!.next();
  }
}

export async function merge(options: MergeOptions): Promise<Manifest> {
  if (options.parts.length === 0) throw new UsageError("name the part folders to merge: claimset merge --out DIR PART_DIR...");
  const parts = await Promise.all(options.parts.map((dir) => readPart(resolve(dir))));
  checkParts(parts);
  const ignored = parts
    .flatMap((p) => p.manifest.ignored.map((name, i) => ({ name, index: p.manifest.part.ignored_indices[i]! })))
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.name);
  const total = parts.reduce((n, p) => n + p.manifest.inputs.length, 0);
  const plan = {
    formats: [...(options.formats ?? FORMATS)],
    tables: loadTables(),
    lexicons: loadLexicons(),
    ignored,
    options: { csvFormulaGuard: parts[0]!.manifest.csv_formula_guard, onProgress: options.onProgress },
  };
  if (plan.lexicons.sha256 !== parts[0]!.manifest.lexicons.sha256) throw new UsageError(`the parts were built with other lexicons than this claimset has; merge with the claimset that built them`);
  return writeInto(resolve(options.out), (staging) => writeDataset(staging, plan, total, inListingOrder(parts)));
}
