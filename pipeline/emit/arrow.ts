// Arrow IPC file format, written in record batches of a fixed size (so the file never depends on how
// documents were scheduled). Dictionary columns share one dictionary across all batches: no delta or
// replacement dictionaries, which some readers reject.
import {
  Data,
  DateDay,
  Dictionary,
  makeBuilder,
  makeData,
  RecordBatch,
  RecordBatchFileWriter,
  Struct,
  type DataType,
} from "apache-arrow";
import { cell, type Row } from "../schema/tables.js";
import { arrowLayout } from "../schema/arrow-schema.js";
import { DrainingFile, type WriterFactory } from "./writer.js";

export const ARROW_BATCH_ROWS = 8192;

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
  const builder = makeBuilder({ type, nullValues: [null, undefined] });
  for (const value of values) builder.append(type instanceof DateDay && typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value);
  return builder.finish().flush();
}

export const openArrow: WriterFactory = (path, table) => {
  const layout = arrowLayout(table);
  const file = new DrainingFile(path);
  const writer = new RecordBatchFileWriter();
  const pending: Row[] = [];
  let batches = 0;
  // The Arrow writer queues bytes without backpressure of its own; this loop moves them to the
  // draining file, and `write` yields to it after every batch.
  const pump = (async () => {
    for await (const chunk of writer) await file.write(chunk);
  })();

  const flush = (evenIfEmpty = false) => {
    if (pending.length === 0 && !evenIfEmpty) return;
    const children = layout.schema.fields.map((field) =>
      column(field.type, pending.map((row) => cell(row, field.name)), layout.dictionaries.get(field.name), field.name),
    );
    const data = makeData({ type: new Struct(layout.schema.fields), length: pending.length, nullCount: 0, children });
    writer.write(new RecordBatch(layout.schema, data));
    batches++;
    pending.length = 0;
  };

  return {
    async write(row) {
      pending.push(row);
      if (pending.length >= ARROW_BATCH_ROWS) {
        flush();
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    async close() {
      // An empty table still gets a valid file with its schema and one empty batch.
      flush(batches === 0);
      writer.finish();
      await pump;
      await file.close();
    },
  };
};
