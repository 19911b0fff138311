// What every format's writer is: rows in (schema order), a file out. Writers respect backpressure.
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import type { Row, Table } from "../schema/tables.js";

export interface TableWriter {
  write(row: Row): Promise<void>;
  /** A document's rows at once; text formats take them already encoded when a worker did that. */
  writeMany(rows: readonly Row[], encoded?: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export interface WriterOptions {
  /** CSV only: neutralize cells a spreadsheet would run as a formula (default true). */
  formulaGuard?: boolean;
}

export type WriterFactory = (path: string, table: Table, options?: WriterOptions) => TableWriter;

const CHUNK_SIZE = 1 << 18;

/**
 * A file stream whose writes wait for `drain` when the buffer is full. Small writes (a row or a
 * document each, as text or as UTF-8 bytes a worker thread encoded) are gathered into chunks of
 * about 256 KB first: one system call per row is what made writing slow.
 */
export class DrainingFile {
  private readonly stream: WriteStream;
  private pending: (string | Uint8Array)[] = [];
  private pendingSize = 0;
  private pendingBytes = false;

  constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    this.pending.push(chunk);
    this.pendingSize += chunk.length;
    if (typeof chunk !== "string") this.pendingBytes = true;
    if (this.pendingSize >= CHUNK_SIZE) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const data = this.pendingBytes ? Buffer.concat(this.pending.map((c) => (typeof c === "string" ? Buffer.from(c) : c))) : (this.pending as string[]).join("");
    this.pending = [];
    this.pendingSize = 0;
    this.pendingBytes = false;
    if (!this.stream.write(data)) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, "finish");
  }
}
