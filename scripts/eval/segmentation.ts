// Scoring the segmenter on the English Golden Rules and on GUM news, as the shared eval READMEs define:
// exact match after trimming and collapsing white space; boundary P/R/F1 by non-white-space offset.
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { createDoc } from "../../pipeline/doc.js";
import type { Lexicons } from "../../pipeline/lexicons/load.js";
import { createPipeline, stages } from "../../pipeline/pipeline.js";
import { segmentBlock } from "../../pipeline/segment/segment.js";

export interface GoldenRule {
  id: number;
  name: string;
  text: string;
  sentences: string[];
  pysbd48: boolean;
}

export interface GumDoc {
  doc: string;
  text: string;
  /** [start, end) code point offsets into `text` (the texts have no astral characters). */
  sentences: [number, number][];
  paragraphs: unknown;
  split: string;
}

const collapse = (s: string) => s.trim().replace(/\s+/g, " ");

/** Sentences of a free text: paragraphs at blank lines, then the segmenter within each. */
export function segmentText(text: string, lexicons: Lexicons): string[] {
  const out: string[] = [];
  const separator = /\n\s*\n/g;
  let start = 0;
  const blocks: { start: number; end: number }[] = [];
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    blocks.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  blocks.push({ start, end: text.length });
  for (const block of blocks) {
    let { start: s, end: e } = block;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) for (const span of segmentBlock(text, { start: s, end: e }, lexicons)) out.push(text.slice(span.start, span.end));
  }
  return out;
}

/** Sentences of a whole article as the pipeline makes them: normalized, furniture in its own blocks. */
export function segmentArticle(text: string, lexicons: Lexicons): string[] {
  const upToSentences = stages.slice(0, stages.findIndex((s) => s.provides.includes("sentences")) + 1);
  const bytes = new TextEncoder().encode(text);
  const doc = createPipeline(upToSentences, { lexicons }).run(createDoc("gum.txt", bytes, "0000000000000000", createHash("sha256").update(bytes).digest("hex")));
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
}

export function readGoldenRules(path: string): GoldenRule[] {
  return readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as GoldenRule);
}

export function goldenRuleResult(rule: GoldenRule, lexicons: Lexicons): { pass: boolean; got: string[] } {
  const got = segmentText(rule.text, lexicons).map(collapse);
  const want = rule.sentences.map(collapse);
  return { pass: JSON.stringify(got) === JSON.stringify(want), got };
}

/** Boundaries as counts of non-white-space characters before each sentence end; the end of the text is none. */
export function boundaries(sentences: string[]): Set<number> {
  const out = new Set<number>();
  let count = 0;
  for (const s of sentences) {
    count += s.replace(/\s+/g, "").length;
    out.add(count);
  }
  out.delete(count);
  return out;
}

export function boundaryScores(gold: string[], got: string[]): { tp: number; fp: number; fn: number } {
  const g = boundaries(gold);
  const p = boundaries(got);
  let tp = 0;
  for (const b of p) if (g.has(b)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

export function f1(t: { tp: number; fp: number; fn: number }): { precision: number; recall: number; f1: number } {
  const precision = t.tp / Math.max(1, t.tp + t.fp);
  const recall = t.tp / Math.max(1, t.tp + t.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function readGum(path: string): GumDoc[] {
  return readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as GumDoc);
}

export function gumSentences(doc: GumDoc): string[] {
  return doc.sentences.map(([start, end]) => doc.text.slice(start, end));
}

/** Boundary counts over every GUM news article, each segmented through the pipeline. */
export function gumBoundaryTotals(path: string, lexicons: Lexicons): { tp: number; fp: number; fn: number } {
  const totals = { tp: 0, fp: 0, fn: 0 };
  for (const doc of readGum(path)) {
    const s = boundaryScores(gumSentences(doc), segmentArticle(doc.text, lexicons));
    totals.tp += s.tp;
    totals.fp += s.fp;
    totals.fn += s.fn;
  }
  return totals;
}
