// The sentence segmenter: over-split a block at every candidate, then ask the merge rules about each
// cut. Works on spans of the normalized text, so offsets are exact by construction.
//
// Candidates:
// - a run of final marks (. ? ! … ‽) with the closing quotes and brackets after it, then white space;
// - the same run with no space before a capitalised word (`world.Today`), outside URLs and e-mail;
// - a bracketed ellipsis `[...]` followed by a capital (an omission that ends a sentence);
// - a spaced four-dot ellipsis: `word. . . . Next` ends after `word.` (the ellipsis opens the next
//   sentence), `word . . . . Next` ends after the last dot; a spaced three-dot ellipsis never ends one;
// - in a list block (one that starts with a list marker), before each further marker of the list;
// - before `In the`, `On the`, `At the` and a name glued to a word without a mark (a caption run in).
// Omission marks in brackets (`[...]`) are never candidates.
import type { Span } from "../doc.js";
import type { Lexicons } from "../lexicons/load.js";
import { mergeRules, type MergeRule } from "./merge-rules.js";

const LEFT_WINDOW = 300;

interface Cut {
  /** Where the sentence before the cut ends. */
  end: number;
  /** Where the next sentence starts. */
  next: number;
}

const finalRun = /\.(?: \.){2,}|[.?!…‽]+/g;
const closers = /^["'”’“‘)\]]*/;
const listMarker = /^(?:[•⁃*-]\s?)?(?:\d{1,3}|[a-zA-Z])(?:\.\)|\.|\))\s/;
const furtherMarker = /\s((?:[•⁃*-]\s?)?(?:\d{1,3}|[a-zA-Z])(?:\.\)|\.|\))\s)/g;

function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\n" || c === "\t" || c === "\r";
}

/** The run of non-space characters around `at`: a URL or an e-mail address there has no sentence ends. */
function inLink(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && !isSpace(text[start - 1])) start--;
  let end = at;
  while (end < text.length && !isSpace(text[end])) end++;
  return /[/@]|www\.|\.(?:com|org|net|gov|edu|io|co)\b/i.test(text.slice(start, end));
}

function* candidates(text: string): Generator<Cut> {
  finalRun.lastIndex = 0;
  for (let m = finalRun.exec(text); m !== null; m = finalRun.exec(text)) {
    const run = m[0];
    let end = m.index + run.length;
    if (text[m.index - 1] === "[" && text[end] === "]") {
      // `[...]` marks an omission inside the sentence, unless a capital after it starts a new one.
      if (/^\]\s+["“‘]?\p{Lu}/u.test(text.slice(end, end + 5))) {
        let next = end + 1;
        while (next < text.length && isSpace(text[next])) next++;
        yield { end: end + 1, next };
      }
      continue;
    }
    if (run.startsWith(". ")) {
      // A spaced ellipsis: three dots are an omission inside the sentence; four end one.
      const dots = (run.length + 1) / 2;
      if (dots < 4) continue;
      const rest = text.slice(m.index + run.length);
      if (/^["'”’“‘)\]]*\s*$/.test(rest)) continue; // the end of the block is no cut
      if (!isSpace(text[m.index - 1]) && m.index > 0) {
        yield { end: m.index + 1, next: m.index + 2 };
        continue;
      }
    }
    end += closers.exec(text.slice(end, end + 8))![0].length;
    if (end >= text.length) continue;
    if (isSpace(text[end])) {
      let next = end;
      while (next < text.length && isSpace(text[next])) next++;
      if (next < text.length) yield { end, next };
    } else if (/[\p{Ll}\d]/u.test(text[m.index - 1] ?? "") && /^\p{Lu}\p{Ll}/u.test(text.slice(end, end + 2)) && !inLink(text, m.index)) {
      yield { end, next: end };
    }
  }
}

/** The number or letter of a list marker, and the one that follows it (`1` → `2`, `a` → `b`). */
function markerValue(marker: string): string {
  return /(\d{1,3}|[a-zA-Z])(?:\.\)|\.|\))\s$/.exec(marker)![1]!;
}

function following(value: string): string {
  return /^\d+$/.test(value) ? String(Number(value) + 1) : String.fromCharCode(value.charCodeAt(0) + 1);
}

/** In a block that starts with a list marker, a cut before each next marker in sequence. */
function* listCuts(text: string): Generator<Cut> {
  const first = listMarker.exec(text);
  if (first === null) return;
  let expected = following(markerValue(first[0]));
  furtherMarker.lastIndex = 0;
  for (let m = furtherMarker.exec(text); m !== null; m = furtherMarker.exec(text)) {
    if (markerValue(m[1]!) !== expected) continue;
    expected = following(expected);
    if (/[.?!…]["'”’)\]]*$/.test(text.slice(0, m.index))) continue; // already a candidate
    yield { end: m.index, next: m.index + 1 };
  }
}

// `... in any geographical constituency In the New Territories West ...`: a caption or a heading
// glued to the sentence after it, where a capitalised preposition and `the` and a name start anew.
const gluedOpener = /[IOA][nt] the [A-ZÀ-Þ]/g;
const letterOrDigit = /[\p{L}\d]/u;
// `the film In the Mood for Love`: a title after a word for a work or a naming verb is no new sentence.
const beforeTitle = /(?:^|\s)(\p{Ll}+)$/u;
const NAMING = new Set(["titled", "entitled", "called", "named", "book", "play", "show", "series"]);

/** Cuts before a heading's last word and a glued sentence opener; forced, as list cuts are. */
function* gluedCuts(text: string, lexicons: Lexicons): Generator<Cut> {
  gluedOpener.lastIndex = 0;
  for (let m = gluedOpener.exec(text); m !== null; m = gluedOpener.exec(text)) {
    const space = m.index - 1;
    const opener = text.slice(m.index, m.index + 2);
    if ((opener !== "In" && opener !== "On" && opener !== "At") || text[space] !== " " || !letterOrDigit.test(text[space - 1] ?? "")) continue;
    const word = beforeTitle.exec(text.slice(Math.max(0, space - 20), space))?.[1] ?? "";
    if (NAMING.has(word) || lexicons.productNouns.has(word)) continue;
    yield { end: space, next: m.index };
  }
}

/** Sentence spans of one block (already trimmed), in order. */
export function segmentBlock(text: string, block: Span, lexicons: Lexicons, rules: readonly MergeRule[] = mergeRules): Span[] {
  const slice = text.slice(block.start, block.end);
  const listed = [...listCuts(slice), ...gluedCuts(slice, lexicons)];
  const cuts = listed.length === 0 ? [...candidates(slice)] : [...candidates(slice), ...listed].sort((a, b) => a.end - b.end);
  const sentences: Span[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (cut.end <= start) continue;
    const forced = listed.includes(cut);
    if (!forced) {
      // The rules look at the end of the sentence so far; a bounded window keeps a block of a
      // hundred thousand abbreviations linear.
      const context = { left: slice.slice(Math.max(start, cut.end - LEFT_WINDOW), cut.end), right: slice.slice(cut.next, Math.min(slice.length, cut.next + 200)) };
      if (decide(context, lexicons, rules) === "merge") continue;
    }
    sentences.push({ start: block.start + start, end: block.start + cut.end });
    start = cut.next;
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
