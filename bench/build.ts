// `make bench` (second half): the whole build on a seeded ~100 MB corpus of a few thousand files,
// against the peers' bare passes over the same files in the same run: Intl.Segmenter sentences
// written as JSONL, and wink-nlp reading each document with sentence detection only. Prints MB/s,
// claimset's ratios to the peers, the time per stage, workers 1 against 2, and peak RSS at 10 MB and
// at 200 MB of input. Figures only: nothing here passes or fails.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeSync, openSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { createDoc } from "../pipeline/doc.js";
import { FORMATS, openTableWriters } from "../pipeline/emit/catalog.js";
import { packageRoot } from "../pipeline/paths.js";
import { createPipeline } from "../pipeline/pipeline.js";
import { processBytes } from "../pipeline/process-input.js";
import type { DocRows } from "../pipeline/rows.js";
import { DATA_TABLES, loadTables } from "../pipeline/schema/tables.js";
import { writeCorpusFolder } from "./corpus.js";

const MB = 1024 * 1024;
const mainMB = Number(process.env.BENCH_BUILD_MB ?? 100);
const smallMB = Number(process.env.BENCH_SMALL_MB ?? 10);
const largeMB = Number(process.env.BENCH_LARGE_MB ?? 200);
const work = join(tmpdir(), "claimset-bench");
const mbs = (bytes: number, seconds: number) => bytes / MB / seconds;
const fmt = (n: number, digits = 2) => n.toFixed(digits);

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

function timed<T>(run: () => T): { seconds: number; value: T } {
  const started = performance.now();
  const value = run();
  return { seconds: (performance.now() - started) / 1000, value };
}

function runBuild(input: string, workers: number): { seconds: number; peakRssMB: number; documents: number } {
  const out = join(work, `out-${workers}`);
  const result = spawnSync(process.execPath, [join(packageRoot, "dist", "bench", "run-build.js"), input, out, String(workers)], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  rmSync(out, { recursive: true, force: true });
  return JSON.parse(result.stdout.trim().split("\n").pop()!) as { seconds: number; peakRssMB: number; documents: number };
}

const corpus = join(work, "corpus");
const { files: fileCount, bytes } = writeCorpusFolder(corpus, mainMB * MB);
const files = filesUnder(corpus);
console.log(`corpus: ${fileCount} files, ${fmt(bytes / MB, 1)} MB (seeded); node ${process.version}, ${process.env.BENCH_MACHINE ?? "this machine"}`);

// The peers' bare passes, one thread each.
const intl = new Intl.Segmenter("en", { granularity: "sentence" });
const intlPass = timed(() => {
  const fd = openSync(join(work, "intl-sentences.jsonl"), "w");
  let pending: string[] = [];
  let sentences = 0;
  for (const path of files) {
    const text = readFileSync(path, "utf8");
    for (const s of intl.segment(text)) {
      pending.push(JSON.stringify({ source: path, index: sentences++, start: s.index, text: s.segment }) + "\n");
      if (pending.length >= 4096) {
        writeSync(fd, pending.join(""));
        pending = [];
      }
    }
  }
  writeSync(fd, pending.join(""));
  closeSync(fd);
  return sentences;
});
const nlp = winkNLP(model, ["sbd"]);
const winkPass = timed(() => {
  let sentences = 0;
  for (const path of files) sentences += nlp.readDoc(readFileSync(path, "utf8")).sentences().length();
  return sentences;
});

// claimset's text stages alone, on this one thread, timed stage by stage.
const pipeline = createPipeline();
const stageSeconds = new Map<string, number>(pipeline.stages.map((s) => [s.name, 0]));
const textPass = timed(() => {
  let sentences = 0;
  files.forEach((path, i) => {
    const doc = createDoc(path, new Uint8Array(readFileSync(path)), String(i), "");
    for (const stage of pipeline.stages) {
      const started = performance.now();
      stage.run(doc, pipeline.context);
      stageSeconds.set(stage.name, stageSeconds.get(stage.name)! + (performance.now() - started) / 1000);
    }
    sentences += doc.sentences.length;
  });
  return sentences;
});

// Rows, schema validation and each format's writer, on the first ~10 MB of files.
const tables = loadTables();
const sample: DocRows[] = [];
let sampleBytes = 0;
const rowsPass = timed(() => {
  for (const path of files) {
    if (sampleBytes >= smallMB * MB) break;
    const bytes = new Uint8Array(readFileSync(path));
    sampleBytes += bytes.length;
    const outcome = processBytes(path, bytes, "0".repeat(64), pipeline, tables, 60_000);
    if (outcome.rows) sample.push(outcome.rows);
  }
});
let textSampleSeconds = 0;
{
  let seen = 0;
  for (const path of files) {
    if (seen >= smallMB * MB) break;
    const bytes = new Uint8Array(readFileSync(path));
    seen += bytes.length;
    const doc = createDoc(path, bytes, "x", "");
    textSampleSeconds += timed(() => pipeline.run(doc)).seconds;
  }
}
const writerSeconds = new Map<string, number>();
for (const format of FORMATS) {
  const out = join(work, `writer-${format}`);
  rmSync(out, { recursive: true, force: true });
  const { mkdirSync } = await import("node:fs");
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  for (const table of DATA_TABLES) {
    const writers = openTableWriters(out, tables[table], [format], {});
    for (const rows of sample) for (const { writer } of writers) await writer.writeMany(rows[table]);
    for (const { writer } of writers) await writer.close();
  }
  writerSeconds.set(format, (performance.now() - started) / 1000);
  rmSync(out, { recursive: true, force: true });
}

// Whole builds, each in its own process, for wall time and peak RSS.
const two = runBuild(corpus, 2);
const one = runBuild(corpus, 1);

console.log("\npasses over the same files (MB/s of raw text):");
const line = (name: string, seconds: number, extra = "") => console.log(`  ${name.padEnd(46)} ${fmt(mbs(bytes, seconds)).padStart(7)} MB/s  ${fmt(seconds, 1).padStart(6)} s${extra}`);
line("claimset build, all formats, --workers 2", two.seconds, `  peak RSS ${fmt(two.peakRssMB, 0)} MB`);
line("claimset build, all formats, --workers 1", one.seconds, `  peak RSS ${fmt(one.peakRssMB, 0)} MB`);
line("claimset text stages alone, one thread", textPass.seconds, `  ${textPass.value} sentences`);
line("Intl.Segmenter sentences written as JSONL", intlPass.seconds, `  ${intlPass.value} sentences`);
line("wink-nlp readDoc, sentence detection only", winkPass.seconds, `  ${winkPass.value} sentences`);
console.log("\nratios:");
console.log(`  build (2 workers) / Intl.Segmenter JSONL pass: ${fmt(intlPass.seconds / two.seconds)}`);
console.log(`  build (2 workers) / wink-nlp sentence pass:    ${fmt(winkPass.seconds / two.seconds)}`);
console.log(`  text stages (one thread) / wink-nlp:           ${fmt(winkPass.seconds / textPass.seconds)}`);
console.log(`  2 workers / 1 worker:                          ${fmt(one.seconds / two.seconds)}`);

console.log(`\ntime per stage, one thread (seconds per 10 MB of raw text):`);
const per10 = (seconds: number, over: number) => fmt((seconds / (over / MB)) * 10, 2).padStart(6);
for (const [name, seconds] of stageSeconds) console.log(`  ${name.padEnd(30)} ${per10(seconds, bytes)}`);
console.log(`  ${"rows + schema validation".padEnd(30)} ${per10(Math.max(0, rowsPass.seconds - textSampleSeconds), sampleBytes)}`);
for (const [format, seconds] of writerSeconds) console.log(`  ${`write ${format}`.padEnd(30)} ${per10(seconds, sampleBytes)}`);

// Memory: peak RSS of whole builds at two corpus sizes.
const small = join(work, "small");
const large = join(work, "large");
const smallBytes = writeCorpusFolder(small, smallMB * MB, 7).bytes;
const smallRun = runBuild(small, 2);
rmSync(small, { recursive: true, force: true });
rmSync(corpus, { recursive: true, force: true });
const largeBytes = writeCorpusFolder(large, largeMB * MB, 7).bytes;
const largeRun = runBuild(large, 2);
rmSync(large, { recursive: true, force: true });
console.log(`\nmemory (peak RSS, --workers 2):`);
console.log(`  ${fmt(smallBytes / MB, 0).padStart(4)} MB input: ${fmt(smallRun.peakRssMB, 0)} MB`);
console.log(`  ${fmt(largeBytes / MB, 0).padStart(4)} MB input: ${fmt(largeRun.peakRssMB, 0)} MB  (ratio ${fmt(largeRun.peakRssMB / smallRun.peakRssMB)}; ${fmt(mbs(largeBytes, largeRun.seconds))} MB/s)`);
rmSync(work, { recursive: true, force: true });
