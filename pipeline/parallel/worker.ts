// The worker thread's side of `build --workers N`: loads the lexicons, schemas and pipeline once,
// then processes one input file per message.
import { parentPort } from "node:worker_threads";
import type { InputFile } from "../io/read-inputs.js";
import { createPipeline } from "../pipeline.js";
import { processInput, type ProcessOptions } from "../process-input.js";
import { loadTables } from "../schema/tables.js";

export interface FileTask {
  file: InputFile;
  options: ProcessOptions;
}

const pipeline = createPipeline();
const tables = loadTables();

parentPort!.on("message", async ({ id, task }: { id: number; task: FileTask }) => {
  // Structured cloning turns the Buffer into a plain Uint8Array; fs wants the Buffer back.
  const path = Buffer.from(task.file.path.buffer, task.file.path.byteOffset, task.file.path.byteLength);
  const result = await processInput({ ...task.file, path }, pipeline, tables, task.options);
  parentPort!.postMessage({ id, result });
});
