// Parquet with zstd, written as a stream of the same record batches as the Arrow file (so memory is
// bounded by the batch size), keeping the Arrow schema in the file's metadata so that readers such
// as polars get categories back as categoricals. parquet-wasm (the Rust parquet crate compiled to
// WebAssembly) does the encoding; its streaming writer takes a ReadableStream of record batches.
import { RecordBatchStreamWriter, type RecordBatch } from "apache-arrow";
import { Compression, Table as WasmTable, transformParquetStream, WriterPropertiesBuilder, type RecordBatch as WasmBatch } from "parquet-wasm";
import type { Table } from "../schema/tables.js";
import { batchedWriter, type BatchSink } from "./arrow.js";
import { DrainingFile, type WriterFactory } from "./writer.js";

const ROW_GROUP_ROWS = 16_384;
/** Documents rows hold whole articles: their row groups are kept small so the encoder's memory is too. */
const DOCUMENT_ROW_GROUP_ROWS = 256;

function toWasm(batch: RecordBatch): WasmBatch {
  const ipc = RecordBatchStreamWriter.writeAll([batch]).toUint8Array(true);
  const table = WasmTable.fromIPCStream(ipc);
  const wasm = table.recordBatch(0);
  if (wasm === undefined) throw new Error("parquet-wasm read no batch back from an Arrow IPC stream");
  return wasm;
}

export function parquetSink(path: string, table: Table): BatchSink {
  const file = new DrainingFile(path);
  let input!: ReadableStreamDefaultController<WasmBatch>;
  const batches = new ReadableStream<WasmBatch>(
    {
      start(controller) {
        input = controller;
      },
    },
    { highWaterMark: 2 },
  );
  // Row groups of a bounded size, so the encoder never holds more than one group in memory.
  const properties = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).setMaxRowGroupSize(table.name === "documents" ? DOCUMENT_ROW_GROUP_ROWS : ROW_GROUP_ROWS).setCreatedBy("claimset").build();
  const pump = transformParquetStream(batches, properties).then(async (bytes) => {
    for await (const chunk of bytes as unknown as AsyncIterable<Uint8Array>) await file.write(chunk);
  });
  return {
    async write(batch) {
      // Backpressure: wait until the encoder has taken the batches before this one.
      while ((input.desiredSize ?? 1) <= 0) await new Promise((resolve) => setImmediate(resolve));
      input.enqueue(toWasm(batch));
    },
    async close() {
      input.close();
      await pump;
      await file.close();
    },
  };
}

export const openParquet: WriterFactory = (path, table) => batchedWriter(table, [parquetSink(path, table)]);
