// The sentence segmenter: over-split a block after every sentence-final mark, then ask the merge
// rules about each cut. Works on spans of the normalized text, so offsets are exact by construction.
import type { Span } from "../doc.js";
import type { Lexicons } from "../lexicons/load.js";
import { mergeRules, type MergeRule } from "./merge-rules.js";

// A run of final marks with the closing quotes and brackets after it, followed by white space.
const candidate = /[.?!…‽]+["'”’)\]]*(?=\s)/g;

export interface Boundary {
  /** Offset in the text just after the sentence's last character. */
  at: number;
  /** The rule that decided it, or "split-final-mark" when none objected. */
  rule: string;
}

/** Sentence spans of one block (already trimmed), in order. */
export function segmentBlock(text: string, block: Span, lexicons: Lexicons, rules: readonly MergeRule[] = mergeRules): Span[] {
  const sentences: Span[] = [];
  const slice = text.slice(block.start, block.end);
  let start = 0;
  candidate.lastIndex = 0;
  for (let m = candidate.exec(slice); m !== null; m = candidate.exec(slice)) {
    const end = m.index + m[0].length;
    const next = skipSpace(slice, end);
    if (next >= slice.length) break;
    const cut = { left: slice.slice(start, end), right: slice.slice(next, Math.min(slice.length, next + 200)) };
    if (decide(cut, lexicons, rules) === "merge") continue;
    sentences.push({ start: block.start + start, end: block.start + end });
    start = next;
  }
  if (start < slice.length) sentences.push({ start: block.start + start, end: block.end });
  return sentences;
}

function decide(cut: { left: string; right: string }, lexicons: Lexicons, rules: readonly MergeRule[]): "merge" | "split" {
  for (const rule of rules) {
    const verdict = rule.decide(cut, lexicons);
    if (verdict !== null) return verdict;
  }
  return "split";
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
