// `make bench`: our segmenter against Intl.Segmenter (ICU) and sbd on the same synthetic corpus, in
// one process run. Prints MB/s for each and our ratio to Intl.Segmenter. Not part of `make test`:
// these machines are shared and noisy, so speed is reported, not asserted.
import sbd from "sbd";
import { loadLexicons } from "../pipeline/lexicons/load.js";
import { segmentBlock } from "../pipeline/segment/segment.js";
import { syntheticCorpus } from "./corpus.js";

const megabytes = Number(process.env.BENCH_MB ?? 20);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const articles = syntheticCorpus(megabytes * 1024 * 1024);
const totalBytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
const lexicons = loadLexicons();

/** Paragraph spans of an article, as the pipeline's blocks are (a sentence never crosses one). */
function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const separator = /\n\s*\n/g;
  let start = 0;
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  const end = text.trimEnd().length;
  if (end > start) out.push({ start, end });
  return out;
}

const intl = new Intl.Segmenter("en", { granularity: "sentence" });
const contestants: [string, (text: string) => number][] = [
  ["claimset", (text) => paragraphs(text).reduce((n, p) => n + segmentBlock(text, p, lexicons).length, 0)],
  ["Intl.Segmenter", (text) => paragraphs(text).reduce((n, p) => { let k = 0; for (const _ of intl.segment(text.slice(p.start, p.end))) k++; return n + k; }, 0)],
  ["sbd", (text) => paragraphs(text).reduce((n, p) => n + sbd.sentences(text.slice(p.start, p.end), { newline_boundaries: false }).length, 0)],
];

console.log(`corpus: ${articles.length} articles, ${(totalBytes / 1048576).toFixed(1)} MB (seeded); best of ${rounds} rounds`);
const speeds = new Map<string, number>();
for (const [name, run] of contestants) {
  let best = Infinity;
  let sentences = 0;
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    sentences = 0;
    for (const article of articles) sentences += run(article);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  const mbs = totalBytes / 1048576 / best;
  speeds.set(name, mbs);
  console.log(`${name.padEnd(16)} ${mbs.toFixed(1).padStart(7)} MB/s  ${sentences} sentences  ${best.toFixed(2)} s`);
}
console.log(`ratio claimset / Intl.Segmenter: ${(speeds.get("claimset")! / speeds.get("Intl.Segmenter")!).toFixed(2)}`);
