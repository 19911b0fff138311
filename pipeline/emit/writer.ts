// What every format's writer is: rows in (schema order), a file out. Writers respect backpressure.
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import type { Row, Table } from "../schema/tables.js";

export interface TableWriter {
  write(row: Row): Promise<void>;
  /** A document's rows at once; text formats take them already encoded when a worker did that. */
  writeMany(rows: readonly Row[], encoded?: string): Promise<void>;
  close(): Promise<void>;
}

export interface WriterOptions {
  /** CSV only: neutralize cells a spreadsheet would run as a formula (default true). */
  formulaGuard?: boolean;
}

export type WriterFactory = (path: string, table: Table, options?: WriterOptions) => TableWriter;

const CHUNK_CHARS = 1 << 18;

/**
 * A file stream whose writes wait for `drain` when the buffer is full. Small text writes (a row
 * each) are gathered into chunks of about 256 KB first: one system call per row is what made
 * writing slow.
 */
export class DrainingFile {
  private readonly stream: WriteStream;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (typeof chunk === "string") {
      this.pending.push(chunk);
      this.pendingChars += chunk.length;
      if (this.pendingChars >= CHUNK_CHARS) await this.flush();
      return;
    }
    await this.flush();
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    this.pendingChars = 0;
    if (!this.stream.write(text)) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, "finish");
  }
}
