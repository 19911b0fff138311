// What a person sees while a build runs: on a terminal, one live progress line (files, MB/s,
// rejects, ETA); elsewhere (CI, a log file) a plain line every few seconds. Then a closing summary.
import type { Manifest, Progress } from "./build.js";

const time = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

export class ProgressDisplay {
  private readonly started = performance.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  private get tty(): boolean {
    return this.stream.isTTY === true;
  }

  update(p: Progress): void {
    const now = performance.now();
    const seconds = (now - this.started) / 1000;
    const interval = this.tty ? 100 : 5000;
    if (now - this.lastDraw < interval && p.done < p.total) return;
    if (!this.tty && seconds < 5) return; // short builds stay quiet in logs
    this.lastDraw = now;
    const rate = p.bytes / 1048576 / Math.max(seconds, 1e-3);
    const eta = p.done === 0 ? 0 : (seconds * (p.total - p.done)) / p.done;
    const figures = `${p.done}/${p.total} files  ${rate.toFixed(1)} MB/s  ${p.rejects} rejected  ETA ${time(eta)}`;
    if (this.tty) {
      const width = 24;
      const filled = p.total === 0 ? width : Math.round((width * p.done) / p.total);
      this.stream.write(`\r\x1b[2K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${figures}`);
      this.drawn = true;
    } else {
      this.stream.write(`claimset: ${figures}\n`);
    }
  }

  /** Removes the live line before anything else is written. */
  clear(): void {
    if (this.tty && this.drawn) this.stream.write("\r\x1b[2K");
    this.drawn = false;
  }
}

export function summary(manifest: Manifest, out: string, seconds: number): string {
  const { inputs, documents, rejects, ignored, duplicates } = manifest.counts;
  const bytes = manifest.inputs.reduce((sum, input) => sum + (input.bytes ?? 0), 0);
  const kinds = Object.entries(manifest.claims_by_kind).map(([kind, n]) => `${n} ${kind}`).join(", ");
  return [
    `claimset: ${inputs} files: ${documents} documents, ${rejects} rejected, ${ignored} ignored${duplicates ? `, ${duplicates} duplicates` : ""}`,
    `  ${manifest.tables.sentences.rows} sentences, ${manifest.tables.claims.rows} claims${kinds ? ` (${kinds})` : ""}, ${manifest.tables.mentions.rows} mentions`,
    `  ${seconds.toFixed(1)} s, ${(bytes / 1048576 / Math.max(seconds, 1e-3)).toFixed(2)} MB/s`,
    `  → ${out}/ (${manifest.formats.join(", ")}; manifest.json, datapackage.json, README.md)${rejects ? `; reasons in ${out}/rejects.jsonl` : ""}`,
    "",
  ].join("\n");
}
