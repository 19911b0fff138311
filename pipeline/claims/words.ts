// Word tokens with their offsets, for rules that look at words rather than characters.
import type { Span } from "../doc.js";
import type { Lexicons } from "../lexicons/load.js";

export interface Word extends Span {
  text: string;
  lower: string;
}

// (`3,343` is one word: a comma between digits groups them, and separates nothing.)
const word = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&-]*[\p{L}\p{N}])?(?:(?<=\p{N}),\p{N}(?:[\p{L}\p{N}'’.&-]*[\p{L}\p{N}])?)*/gu;

// The clause rules ask for the words of many spans of the same text: its words are read once, and a
// span's words are those inside it, with any word the span cuts into read again from the part inside.
// (A word's match never depends on what comes before it, so a word wholly inside the span is the
// same word the span's own reading would find.) Short texts, such as a speaker's name, are read as
// they come.
const LONG_TEXT = 200;
let indexedText: string | null = null;
let indexed: Word[] = [];

export function wordsIn(text: string, span: Span): Word[] {
  if (text.length < LONG_TEXT) return scanWords(text, span);
  if (text !== indexedText) {
    indexedText = text;
    indexed = scanWords(text, { start: 0, end: text.length });
  }
  let first = firstEndingAfter(indexed, span.start);
  const out: Word[] = [];
  const head = indexed[first];
  if (head !== undefined && head.start < span.start) {
    out.push(...scanWords(text, { start: span.start, end: Math.min(head.end, span.end) }));
    first++;
  }
  for (let i = first; i < indexed.length; i++) {
    const word = indexed[i]!;
    if (word.start >= span.end) break;
    if (word.end > span.end) {
      out.push(...scanWords(text, { start: word.start, end: span.end }));
      break;
    }
    out.push(word);
  }
  return out;
}

/** The index of the first word that ends after `offset` (binary search; the words are in order). */
function firstEndingAfter(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function scanWords(text: string, span: Span): Word[] {
  const out: Word[] = [];
  if (span.end <= span.start) return out;
  const slice = text.slice(span.start, span.end);
  word.lastIndex = 0;
  for (let m = word.exec(slice); m !== null; m = word.exec(slice)) {
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

/** A lowercase form that makes its words a clause: an auxiliary, an irregular past (`fell`) or a past in -ed. */
export function isFiniteVerb(word: Word, lex: Lexicons): boolean {
  return word.text === word.lower && isFiniteForm(word.lower, lex);
}

/** A lowercase plural: `officials`, `police` (an irregular plural), not `press` or `defeat`. */
export function isPlural(lower: string, lex: Lexicons): boolean {
  return (lower.endsWith("s") && !lower.endsWith("ss")) || lex.irregularPlurals.has(lower);
}

/** A noun that stands for a body: an organisation's word or a company's (`ministry`, `carmaker`). */
export function isBodyNoun(lower: string, lex: Lexicons): boolean {
  return lex.organizationWords.has(lower) || lex.companyNouns.has(lower);
}

/** A reporting verb's past form or `says` (`said`, `announced`), not a noun's plural (`reports`). */
export function isReportingPast(lower: string, lex: Lexicons): boolean {
  return lex.reportingVerbs.has(lower) && (lower.endsWith("ed") || lower === "says" || lex.irregularPastVerbs.has(lower));
}

/** A reporting form's lemma: any reporting verb, or a that-only one (`found`, `ruled`) where a clause or `that` follows. */
export function reportingLemmaOf(form: string, clauseFollows: boolean, lex: Lexicons): string | undefined {
  return lex.reportingVerbs.get(form) ?? (clauseFollows ? lex.reportingVerbsThat.get(form) : undefined);
}

/** The same test on a lowercase form alone, for scans that have lowered their text already. */
export function isFiniteForm(lower: string, lex: Lexicons): boolean {
  return lex.auxiliaries.has(lower) || lex.irregularPastVerbs.has(lower) || /[^e]ed$/.test(lower);
}

/** `if`, `unless`: conjunctions of a condition, which the subordinators lexicon leaves out (a claim keeps its condition). */
export const CONDITIONALS = new Set(["if", "unless"]);

/** Shrinks a span past white space and the given punctuation on both sides. */
export function trimSpan(text: string, span: Span, punctuation = ""): Span {
  let { start, end } = span;
  const skip = (c: string) => /\s/.test(c) || punctuation.includes(c);
  while (start < end && skip(text[start]!)) start++;
  while (end > start && skip(text[end - 1]!)) end--;
  return { start, end };
}
