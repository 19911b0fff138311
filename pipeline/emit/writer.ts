// What every format's writer is: rows in (schema order), a file out. Writers respect backpressure.
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import type { Row, Table } from "../schema/tables.js";

export interface TableWriter {
  write(row: Row): Promise<void>;
  close(): Promise<void>;
}

export interface WriterOptions {
  /** CSV only: neutralize cells a spreadsheet would run as a formula (default true). */
  formulaGuard?: boolean;
}

export type WriterFactory = (path: string, table: Table, options?: WriterOptions) => TableWriter;

/** A file stream whose writes wait for `drain` when the buffer is full. */
export class DrainingFile {
  private readonly stream: WriteStream;

  constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, "finish");
  }
}
