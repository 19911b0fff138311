// `make bench-parquet`: parquet-wasm's streaming writer (what claimset uses) against writing the
// whole table at once with writeParquet, on the same synthetic rows in one run: time and peak RSS.
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RecordBatchStreamWriter, type RecordBatch } from "apache-arrow";
import { Compression, Table as WasmTable, writeParquet, WriterPropertiesBuilder } from "parquet-wasm";
import { writeFile } from "node:fs/promises";
import { RowBatcher } from "../pipeline/emit/arrow.js";
import { openParquet } from "../pipeline/emit/parquet.js";
import { loadTables } from "../pipeline/schema/tables.js";

const rows = Number(process.env.BENCH_ROWS ?? 300_000);
const table = loadTables().sentences;
const dir = mkdtempSync(join(tmpdir(), "claimset-parquet-bench-"));
const row = (i: number) => ({
  sentence_id: `0123456789abcdef-s${i}`, doc_id: "0123456789abcdef", block_id: `0123456789abcdef-b${i >> 3}`, block_kind: "body",
  index: i, start: i * 80, end: i * 80 + 79, raw_start: i * 80, raw_end: i * 80 + 79,
  text: `Sentence number ${i} says that the minister announced a plan worth ${i} dollars on Monday.`,
});

async function measure(name: string, run: () => Promise<string>): Promise<void> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  const path = await run();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`${name.padEnd(28)} ${seconds.toFixed(2)} s  ${(rows / seconds / 1000).toFixed(0)}k rows/s  peak RSS +${((peak - before) / 1048576).toFixed(0)} MB  ${(statSync(path).size / 1048576).toFixed(1)} MB file`);
}

console.log(`${rows} sentence rows, zstd`);
await measure("streaming (transformParquet)", async () => {
  const path = join(dir, "stream.parquet");
  const writer = openParquet(path, table);
  for (let i = 0; i < rows; i++) await writer.write(row(i));
  await writer.close();
  return path;
});
await measure("whole table (writeParquet)", async () => {
  const path = join(dir, "whole.parquet");
  const batches: RecordBatch[] = [];
  const batcher = new RowBatcher(table, (batch) => void batches.push(batch));
  for (let i = 0; i < rows; i++) await batcher.add(row(i));
  await batcher.flush(true);
  const ipc = RecordBatchStreamWriter.writeAll(batches).toUint8Array(true);
  const properties = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).build();
  await writeFile(path, writeParquet(WasmTable.fromIPCStream(ipc), properties));
  return path;
});
