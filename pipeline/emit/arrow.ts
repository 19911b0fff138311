// Arrow IPC file format, written in record batches of a fixed size (so the file never depends on how
// documents were scheduled). Dictionary columns share one dictionary across all batches: no delta or
// replacement dictionaries, which some readers reject.
import {
  Bool,
  Data,
  DateDay,
  Dictionary,
  Float64,
  Int32,
  Utf8,
  makeBuilder,
  makeData,
  RecordBatch,
  RecordBatchFileWriter,
  Struct,
  type DataType,
} from "apache-arrow";
import { cell, type Row, type Table } from "../schema/tables.js";
import { arrowLayout } from "../schema/arrow-schema.js";
import { DrainingFile, type TableWriter, type WriterFactory } from "./writer.js";

export const ARROW_BATCH_ROWS = 8192;
/**
 * A batch is also cut once its text reaches this many characters: a documents row holds a whole
 * article, and 8,192 of them would hold a corpus in memory. The cut depends only on the rows, so
 * the files stay the same for any worker count.
 */
export const ARROW_BATCH_CHARS = 8 * 1024 * 1024;

/** The characters of a row's text cells (what dominates its size). */
function textChars(row: Row): number {
  let n = 0;
  for (const value of Object.values(row)) if (typeof value === "string") n += value.length;
  return n;
}

type FixedDictionary = NonNullable<ReturnType<ReturnType<typeof arrowLayout>["dictionaries"]["get"]>>;

function column(type: DataType, values: unknown[], dictionary: FixedDictionary | undefined, name: string): Data {
  if (dictionary !== undefined && type instanceof Dictionary) {
    const indices = new Int32Array(values.length);
    const validity = new Uint8Array(Math.ceil(values.length / 8));
    let nulls = 0;
    values.forEach((value, i) => {
      if (value === null || value === undefined) {
        nulls++;
        return;
      }
      const index = dictionary.index.get(String(value));
      if (index === undefined) throw new Error(`column ${name}: ${String(value)} is not in its dictionary`);
      indices[i] = index;
      validity[i >> 3]! |= 1 << (i & 7);
    });
    return makeData({
      type,
      length: values.length,
      nullCount: nulls,
      nullBitmap: nulls > 0 ? validity : null,
      data: indices,
      dictionary: dictionary.vector as never,
    });
  }
  const direct = directColumn(type, values);
  if (direct !== null) return direct;
  const builder = makeBuilder({ type, nullValues: [null, undefined] });
  for (const value of values) builder.append(type instanceof DateDay && typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value);
  return builder.finish().flush();
}

/**
 * Strings, integers, numbers and booleans laid out straight into Arrow buffers: apache-arrow's
 * builders spent most of the writers' time on them. Lists, structs and dates still use builders.
 */
function directColumn(type: DataType, values: unknown[]): Data | null {
  const isUtf8 = type instanceof Utf8;
  const isInt = type instanceof Int32;
  const isFloat = type instanceof Float64;
  const isBool = type instanceof Bool;
  if (!isUtf8 && !isInt && !isFloat && !isBool) return null;
  const n = values.length;
  const validity = new Uint8Array(Math.ceil(n / 8));
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    if (values[i] === null || values[i] === undefined) nulls++;
    else validity[i >> 3]! |= 1 << (i & 7);
  }
  const nullBitmap = nulls > 0 ? validity : null;
  if (isUtf8) {
    const offsets = new Int32Array(n + 1);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v !== null && v !== undefined) total += Buffer.byteLength(v as string, "utf8");
      offsets[i + 1] = total;
    }
    const bytes = Buffer.alloc(total);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v !== null && v !== undefined) bytes.write(v as string, offsets[i]!, "utf8");
    }
    return makeData({ type, length: n, nullCount: nulls, nullBitmap, valueOffsets: offsets, data: new Uint8Array(bytes.buffer, bytes.byteOffset, total) });
  }
  if (isBool) {
    const bits = new Uint8Array(Math.ceil(n / 8));
    for (let i = 0; i < n; i++) if (values[i] === true) bits[i >> 3]! |= 1 << (i & 7);
    return makeData({ type, length: n, nullCount: nulls, nullBitmap, data: bits });
  }
  const data = isInt ? new Int32Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) data[i] = v as number;
  }
  return makeData({ type: type as Int32 | Float64, length: n, nullCount: nulls, nullBitmap, data } as never);
}

/**
 * Rows in, fixed-size record batches out, typed by the table's Arrow layout. Shared by the Arrow
 * and Parquet writers, so both hold the same batches.
 */
export class RowBatcher {
  private readonly layout;
  private readonly pending: Row[] = [];
  private pendingChars = 0;
  private emitted = 0;

  constructor(
    table: Table,
    private readonly onBatch: (batch: RecordBatch) => void | Promise<void>,
    private readonly batchRows = ARROW_BATCH_ROWS,
  ) {
    this.layout = arrowLayout(table);
  }

  get schema() {
    return this.layout.schema;
  }

  async add(row: Row): Promise<void> {
    this.pending.push(row);
    this.pendingChars += textChars(row);
    if (this.pending.length >= this.batchRows || this.pendingChars >= ARROW_BATCH_CHARS) await this.flush();
  }

  /** Emits what is pending; at the end, an empty table still gets one empty batch (its schema). */
  async flush(atEnd = false): Promise<void> {
    if (this.pending.length === 0 && !(atEnd && this.emitted === 0)) return;
    const { schema, dictionaries } = this.layout;
    const children = schema.fields.map((field) => column(field.type, this.pending.map((row) => cell(row, field.name)), dictionaries.get(field.name), field.name));
    const data = makeData({ type: new Struct(schema.fields), length: this.pending.length, nullCount: 0, children });
    this.pending.length = 0;
    this.pendingChars = 0;
    this.emitted++;
    await this.onBatch(new RecordBatch(schema, data));
  }
}

/** Where record batches go: the Arrow file, the Parquet file. */
export interface BatchSink {
  write(batch: RecordBatch): Promise<void>;
  close(): Promise<void>;
}

/** Rows in, batches out to every sink: Arrow and Parquet share one batcher, so batches are built once. */
export function batchedWriter(table: Table, sinks: BatchSink[]): TableWriter {
  const batcher = new RowBatcher(table, async (batch) => {
    for (const sink of sinks) await sink.write(batch);
  });
  return {
    write: (row) => batcher.add(row),
    async writeMany(rows) {
      for (const row of rows) await batcher.add(row);
    },
    async close() {
      await batcher.flush(true);
      for (const sink of sinks) await sink.close();
    },
  };
}

export function arrowSink(path: string): BatchSink {
  const file = new DrainingFile(path);
  const writer = new RecordBatchFileWriter();
  // The Arrow writer queues bytes without backpressure of its own; this loop moves them to the
  // draining file, and each batch yields to it.
  const pump = (async () => {
    for await (const chunk of writer) await file.write(chunk);
  })();
  return {
    async write(batch) {
      writer.write(batch);
      await new Promise((resolve) => setImmediate(resolve));
    },
    async close() {
      writer.finish();
      await pump;
      await file.close();
    },
  };
}

export const openArrow: WriterFactory = (path, table) => batchedWriter(table, [arrowSink(path)]);
