// The merge rules of the sentence segmenter, in the order they are asked. The segmenter first cuts
// after every sentence-final mark; each rule then looks at one cut and says "merge" (no boundary),
// "split" (a boundary, stop asking) or nothing. A cut that no rule merges is a boundary.
import type { Lexicons } from "../lexicons/load.js";

export interface Cut {
  /** The text before the cut, from the start of the current sentence. */
  left: string;
  /** The text after the cut, to the end of the block. */
  right: string;
}

export type Verdict = "merge" | "split" | null;

export interface MergeRule {
  name: string;
  decide(cut: Cut, lexicons: Lexicons): Verdict;
}

/** The word before the final mark, without brackets or quotes before it: `(U.S.` → `U.S.`. */
function lastWord(left: string): string {
  let start = left.length;
  while (start > 0 && !/\s/.test(left[start - 1]!)) start--;
  return left.slice(start).replace(/^["'“‘(\[]+/, "");
}

/** The first word after the cut, without opening quotes or brackets. */
function firstWord(right: string): string {
  const m = /^["'“‘(\[]*([^\s"'”’)\],;:]+)/.exec(right);
  return m ? m[1]! : "";
}

// Patterns anchored at the end run on the last characters: an anchored regex still scans from the start.
const endsWithPeriod = (left: string) => /(?:^|[^.])\.$/.test(left.slice(-2));
const startsLowercase = (right: string) => /^["'“‘(\[]*\p{Ll}/u.test(right);
const startsWithDigit = (right: string) => /^["'“‘(\[]*[\d$€£#]/.test(right);
const bare = (word: string) => word.replace(/\.$/, "").toLowerCase();
const isStarter = (word: string, lexicons: Lexicons) => lexicons.sentenceStarters.has(word.toLowerCase());

/**
 * Where the double quote still open at the end of `left` opens, or -1. A straight mark opens after
 * white space or a bracket and closes after anything else, so the answer does not depend on counting
 * marks from a sentence start the window may have cut off.
 */
function openQuoteAt(left: string): number {
  const i = Math.max(left.lastIndexOf('"'), left.lastIndexOf("“"), left.lastIndexOf("”"));
  if (i < 0 || left[i] === "”") return -1;
  return left[i] === "“" || i === 0 || /[\s(\[—–-]/.test(left[i - 1]!) ? i : -1;
}

/** Where in `right` the quote open before it ends (after its closing mark), or -1 if no closing mark comes first. */
function quoteCloseIn(right: string): number {
  const i = right.search(/["“”]/);
  if (i < 0 || right[i] === "“") return -1;
  return right[i] === "”" || (i > 0 && !/\s/.test(right[i - 1]!)) ? i + 1 : -1;
}

/** `- Matthew Ingram`, `Anonymous blogger, "Anon declares war"`: a name or a source after a pull quote, to the end of its block, with no final mark. */
const signature = /^\s*(?:[-—–]\s?)?\p{Lu}[^.!?]{0,100}$/u;

export const mergeRules: readonly MergeRule[] = [
  {
    // `He said "It fell. We left."`, `wrote that "..."`, `officials, "... plied him. ... Then"`: a quote
    // that is a reporting verb's object, with no comma or colon before it, or that starts with an
    // ellipsis, runs on from the words before it; its own sentence ends are none until it closes in
    // the block. (`He said, "It fell. We left."` is two sentences.)
    name: "merge-inside-running-quote",
    decide: ({ left, right }, lex) => {
      if (quoteCloseIn(right) < 0) return null;
      const open = openQuoteAt(left);
      if (open < 0) return null;
      const before = /(\p{L}+) $/u.exec(left.slice(Math.max(0, open - 20), open))?.[1]?.toLowerCase();
      const runsOn = (before !== undefined && (before === "that" || lex.reportingVerbs.has(before))) || /^(?:\.\.\.|…)/.test(left.slice(open + 1, open + 4));
      return runsOn ? "merge" : null;
    },
  },
  {
    // `"It's 1-0. But it's a long game." - Matthew Ingram`: a paragraph that is one quote and its
    // signature is one sentence, as a pull quote is printed.
    name: "merge-inside-signed-quote",
    decide: ({ left, right }) => {
      if (openQuoteAt(left) !== 0) return null;
      const close = quoteCloseIn(right);
      return close > 0 && right.length < 200 && signature.test(right.slice(close)) ? "merge" : null;
    },
  },
  {
    // `... of Scientology. ... The next thing`: an ellipsis alone is no sentence; it opens the next.
    name: "merge-lone-ellipsis",
    decide: ({ left }) => (/^["'“‘(\[]*(?:\.\.\.|…)["'”’)\]]*$/.test(left) ? "merge" : null),
  },
  {
    // `He left... and came back` continues; `Planes have left... We remain` is a new sentence.
    name: "merge-lowercase-continuation",
    decide: ({ right }) => (startsLowercase(right) ? "merge" : null),
  },
  {
    // `No. 10`, `p. 55`, `Art. 5`
    name: "merge-number-abbreviation",
    decide: ({ left, right }, lex) =>
      endsWithPeriod(left) && startsWithDigit(right) && lex.numberAbbreviations.has(bare(lastWord(left))) ? "merge" : null,
  },
  {
    // `Gen. Smith`, `Mr. Jones`, `Lt. Col. Roe`: a title always comes before a name.
    name: "merge-title",
    decide: ({ left }, lex) => (endsWithPeriod(left) && lex.titles.has(bare(lastWord(left))) ? "merge" : null),
  },
  {
    // `John F. Kennedy`, `Jonas E. Smith`: one capital letter and a period is an initial.
    name: "merge-initial",
    decide: ({ left, right }, lex) =>
      /^\p{Lu}\.$/u.test(lastWord(left)) && !isStarter(firstWord(right), lex) ? "merge" : null,
  },
  {
    // `He left at 6 P.M. Mr. Smith then ...` ends; `At 5 a.m. Mr. Smith went` and `at 5 p.m. Monday` do not.
    name: "split-after-clock-time",
    decide: ({ left, right }, lex) => {
      if (!/\d\s?[ap]\.m\.$/i.test(left.slice(-8))) return null;
      const next = firstWord(right).replace(/\.$/, "").toLowerCase();
      if (!/^\p{Lu}/u.test(firstWord(right)) || lex.calendarWords.has(next)) return "merge";
      return left.trim().split(/\s+/).length >= 5 ? "split" : "merge";
    },
  },
  {
    // `... his home in Montclair, N.J. Prosecutors say ...`: a place and its state, then a capital,
    // end the sentence (a title after it, `Trenton, N.J. Gov. Murphy`, does not).
    name: "split-after-place-and-state",
    decide: ({ left, right }, lex) =>
      /\p{Lu}\.$/u.test(left.slice(-2)) && /\p{Lu}[\p{L}'’-]+, (?:\p{Lu}\.){2,}$/u.test(left.slice(-40)) && /^\p{Lu}\p{Ll}/u.test(firstWord(right)) && !lex.titles.has(bare(firstWord(right))) && !lex.personTitles.has(firstWord(right).toLowerCase()) ? "split" : null,
  },
  {
    // `U.S.`, `U.N.`, `a.m.`, `e.g.`: dotted abbreviations end a sentence only before a sentence starter.
    name: "merge-dotted-abbreviation",
    decide: ({ left, right }, lex) =>
      /^(?:\p{L}\.){2,}$/u.test(lastWord(left)) ? (isStarter(firstWord(right), lex) ? "split" : "merge") : null,
  },
  {
    // `Pitt, Briggs & Co. at noon` and `Sept. 30` continue; `& Co. It closed` is a new sentence.
    name: "merge-abbreviation",
    decide: ({ left, right }, lex) =>
      endsWithPeriod(left) && lex.abbreviations.has(bare(lastWord(left))) ? (isStarter(firstWord(right), lex) ? "split" : "merge") : null,
  },
  {
    // `"Why now?" Smith asked.` is one sentence: a quote ending in ? or ! followed by its attribution.
    name: "keep-quote-attribution",
    decide: ({ left, right }, lex) => {
      if (!/[?!,]["”’]$/.test(left.slice(-2))) return null;
      const words = right.split(/\s+/, 5);
      for (let i = 1; i < words.length; i++) {
        const word = words[i]!.replace(/[.,;:]$/, "").toLowerCase();
        if (lex.reportingVerbs.has(word)) return "merge";
        if (!/^\p{Lu}/u.test(words[i]!)) break;
      }
      return lex.reportingVerbs.has(firstWord(right).toLowerCase()) ? "merge" : null;
    },
  },
  {
    // `1. The first item`, `• 9. The first item`, `1.) The first item`: a list marker alone is not a sentence.
    name: "merge-list-marker",
    decide: ({ left }) => (/^(?:[•⁃*-]\s?)?\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})(?:\.\)|[.)])$/.test(left.trim()) ? "merge" : null),
  },
  {
    // `"... a long game." - Matthew Ingram`: a dash after a closing quote brings its attribution, and
    // so does a source ending the paragraph with no mark (`"..." Anonymous blogger, "Anon declares war"`).
    name: "merge-dash-attribution",
    decide: ({ left, right }) =>
      /["”’]$/.test(left.slice(-1)) && (/^[-—–]\s?\p{Lu}/u.test(right) || (right.length < 200 && signature.test(right))) ? "merge" : null,
  },
];
