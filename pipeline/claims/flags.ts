// hedged and negated: what the guidelines ask of every claim, from the hedge and negator lexicons.
import type { Span } from "../doc.js";
import type { Lexicons } from "../lexicons/load.js";
import { phrasePattern } from "../text/patterns.js";
import { CONDITIONALS, isFiniteForm, isReportingPast } from "./words.js";

const hedgePatterns = new WeakMap<Lexicons, RegExp>();

/** The hedge words and phrases in a claim's scope, lowercase, each once, in order of appearance. */
export function hedgesIn(text: string, scope: Span, lex: Lexicons): string[] {
  let pattern = hedgePatterns.get(lex);
  if (!pattern) {
    // Case-sensitive on purpose: `May` the month is not `may` the modal.
    pattern = phrasePattern(lex.hedges, "gu");
    hedgePatterns.set(lex, pattern);
  }
  const found: string[] = [];
  let slice = text.slice(scope.start, scope.end);
  // Most claims hold no hedge: one scan settles them, before any exception is looked for.
  pattern.lastIndex = 0;
  if (!pattern.test(slice)) return found;
  // `I still can't believe it`: an exception's words are blanked out, keeping the offsets.
  // (Lowercased once: the exceptions are many, the claims short.)
  const lower = slice.toLowerCase();
  for (const exception of lex.hedgeExceptions) if (lower.includes(exception)) slice = blankOut(slice, exception);
  // (`had made the theft possible`: what a cause made possible happened; it is no possibility.)
  if (lower.includes("possible")) slice = slice.replace(MADE_POSSIBLE, (phrase) => phrase.slice(0, -"possible".length) + " ".repeat("possible".length));
  // (`Chile has chosen order, security and hope`: `hope` closing the claim is a noun; the verb takes a complement.)
  if (lower.includes("hope")) slice = slice.replace(HOPE_CLOSING, (noun) => " ".repeat(noun.length));
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    if (!found.includes(m[0])) found.push(m[0]);
  }
  return found;
}

const HOPE_CLOSING = /\bhope(?=[\s.,;:!?"”’]*$)/u;
const MADE_POSSIBLE = /\b(?:made|make|makes|making) (?:[\p{L}'’-]+ ){0,4}possible\b/gu;

function blankOut(slice: string, phrase: string): string {
  let out = slice;
  for (let at = out.toLowerCase().indexOf(phrase); at !== -1; at = out.toLowerCase().indexOf(phrase, at + phrase.length)) out = out.slice(0, at) + " ".repeat(phrase.length) + out.slice(at + phrase.length);
  return out;
}

/**
 * The main predicate of the content is negated: a negator before any subordinate clause or second
 * verb phrase opens, outside the exceptions (`no more than eight` is a quantity, `pleaded not
 * guilty` an event).
 */
const word = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&-]*[\p{L}\p{N}])?/gu;
const SUBJECT_PRONOUNS = new Set(["i", "you", "he", "she", "it", "we", "they"]);

// At most one more word before the claim ends.
const CLOSING_PHRASE = /^(?:\s+\p{L}+)?[\s.!?"”]*$/u;
const ASIDE_RELATIVE = /, (?:who|which|whose|whom) [^,;:]{1,150}, /gu;
const FRONTED_CLAUSE = /^(\p{L}+) [^,;:]{1,120}, (?=\p{L})/u;

export function isNegated(text: string, content: Span, lex: Lexicons): boolean {
  let slice = text.slice(content.start, content.end).toLowerCase();
  // Most claims hold no negator at all: one scan settles them.
  if (!negatorPattern(lex).test(slice)) return false;
  for (const exception of lex.negationExceptions) if (slice.includes(exception)) slice = slice.split(exception).join(" ".repeat(exception.length));
  // `If the equipment wasn't there, she built it`: a fronted subordinate clause is not the main predicate.
  const fronted = FRONTED_CLAUSE.exec(slice);
  if (fronted !== null && (lex.subordinators.has(fronted[1]!) || CONDITIONALS.has(fronted[1]!))) slice = " ".repeat(fronted[0].length) + slice.slice(fronted[0].length);
  // `Trudeau, who has led the party since 2013, has not commented`: a relative clause set off by
  // commas is no predicate; the one after it is the main one.
  if (slice.includes(", wh")) slice = slice.replace(ASIDE_RELATIVE, (aside) => " ".repeat(aside.length));
  word.lastIndex = 0;
  let verbSeen = false;
  for (let m = word.exec(slice); m !== null; m = word.exec(slice)) {
    const lower = m[0];
    // A clause after a subordinating word is not the main predicate; `That is not ...` opening the
    // claim is a pronoun, not a subordinator.
    // (`A cable that snapped ... had not been inspected`: a relative clause inside the subject has its
    // own verb first; a negated auxiliary after it is the main predicate's.)
    if (lex.subordinateMarkers.has(lower) && m.index > 0) return !verbSeen && RELATIVE_WORDS.has(lower) && slice[m.index - 1] === " " && negatedAfterRelative(slice, word.lastIndex, lex);
    // `was spending money it simply does not have`: a subject pronoun after the main verb opens a
    // clause of its own (a relative clause without `that`).
    // (After a colon the clause is the point itself: `The message is clear: they are in no hurry`.)
    if (verbSeen && SUBJECT_PRONOUNS.has(lower) && !/[:;]\s*$/.test(slice.slice(Math.max(0, m.index - 3), m.index))) return false;
    // `the vote showed the council "will not be a rubber stamp"`: a report as the main verb makes what
    // follows its reported clause, a subordinate one (not `the reported cases`, `was reported`).
    // (`found`, `showed` report only a clause: `found that ...`, `showed the council "will ...`, not `found no weapons`.)
    const reports = isReportingPast(lower, lex) || (lex.reportingVerbsThat.has(lower) && CLAUSE_AFTER_THAT_VERB.test(slice.slice(word.lastIndex, word.lastIndex + 60)));
    if (!verbSeen && m.index > 0 && reports && !NOT_A_MAIN_VERB_AFTER.test(slice.slice(Math.max(0, m.index - 8), m.index))) return false;
    // (`Inflation increased as the cut was not repeated`: `as` and a subject after the main verb open a clause of their own.)
    if (verbSeen && lower === "as" && AS_CLAUSE.test(slice.slice(word.lastIndex, word.lastIndex + 8))) return false;
    if (isFiniteForm(lower, lex)) verbSeen = true;
    // `supported the plan but had not agreed`, `show an association and do not prove`: a second verb
    // phrase is not the main predicate, whose negation would have come first.
    if ((lower === "but" || lower === "and") && m.index > 0 && secondVerbPhrase(slice, word.lastIndex, lower, lex)) return false;
    // `for early adopters, not the mass market`, `in September, not June`, `a fair deal, nothing
    // more`: a contrast after a comma sets a phrase aside; the predicate before it stands.
    // (Another negator only closing the claim, after `, ` or `, but `: `, nothing more`, `, but no
    // injuries`; `On Tuesday, no one was hurt` goes on to its predicate.)
    const afterComma = slice.slice(Math.max(0, m.index - 2), m.index) === ", ";
    const closing = lex.negators.has(lower) && CLOSING_PHRASE.test(slice.slice(word.lastIndex));
    if ((lower === "not" && afterComma) || (closing && (afterComma || /, but $/.test(slice.slice(Math.max(0, m.index - 6), m.index))))) continue;
    // `urged people not to return`, `asked not to be named`: the infinitive is negated, not the verb
    // before it; `called the outbreak "not unusual"`: a quoted complement of an object negates no
    // predicate. After an auxiliary both do (`was not to blame`, `the plan was "not workable"`).
    if (lower === "not" && verbSeen) {
      const before = slice.slice(Math.max(0, m.index - 24), m.index);
      const complement = /^ to \p{L}/u.test(slice.slice(word.lastIndex, word.lastIndex + 5)) || /["“]$/.test(before);
      if (complement && !lex.auxiliaries.has(/(\p{L}+)[\s"“]*$/u.exec(before)?.[1] ?? "")) continue;
    }
    // `No. 2 in the world rankings`: the number sign, not a negator.
    if (lower === "no" && /^\.\s?\d/.test(slice.slice(word.lastIndex, word.lastIndex + 3))) continue;
    // `had been left with no choice`: `no` in a prepositional phrase negates no predicate (`in no hurry`,
    // after a verb of being, does).
    if (lower === "no" && /\b(?:with|without|of|for|by) $/.test(slice.slice(Math.max(0, m.index - 8), m.index))) continue;
    // `something no one has ever seen`: a negated subject after the object opens a relative clause
    // without `that`, as a pronoun does.
    if (verbSeen && (lower === "nobody" || lower === "no") && relativeAfterObject(slice, m.index, word.lastIndex, lex)) return false;
    // `the outage had originated in Spain, a claim Madrid did not dispute`: a noun set beside the
    // clause after its verb describes it; a negation in what follows negates no predicate.
    // (`was approved by 124 countries, with none voting against`: so does a `with` phrase after it.)
    if (verbSeen && (lower === "a" || lower === "an" || lower === "with") && slice.slice(Math.max(0, m.index - 2), m.index) === ", ") return false;
    if (lex.negators.has(lower) || /n['’]t$/.test(lower)) return true;
  }
  return false;
}

const negatorPatterns = new WeakMap<Lexicons, RegExp>();
/** Any negator as a whole word, or a contracted `n't`: what a negated claim must hold somewhere. */
function negatorPattern(lex: Lexicons): RegExp {
  let pattern = negatorPatterns.get(lex);
  if (pattern === undefined) {
    pattern = new RegExp(`n['’]t(?![\\p{L}\\p{N}])|${phrasePattern([...lex.negators], "u").source}`, "u");
    negatorPatterns.set(lex, pattern);
  }
  return pattern;
}

const RELATIVE_WORDS = new Set(["that", "who", "which"]);
/** `as` and a subject: a clause of its own after the main verb. */
const AS_CLAUSE = /^ (?:the|a|an|its|their|his|her|he|she|it|they|we|i)\b/;
/** `that`, or a short noun phrase and an auxiliary: the clause a that-only verb reports. */
const CLAUSE_AFTER_THAT_VERB = /^ (?:that\b|(?:the |a |an |its |their |his |her )?[\p{L}'’-]+(?: [\p{L}'’-]+)? ["“]?(?:will|would|could|can|may|might|should|must|is|are|was|were|has|have|had|did|does|do)\b)/u;
/** A determiner or a form of `be` just before: the reporting form is an adjective or a passive. */
const NOT_A_MAIN_VERB_AFTER = /\b(?:the|a|an|its|their|his|her|our|is|are|was|were|been|being|be)\s+$/;
// The word pattern again, for matchAll (which starts at its pattern's lastIndex: the outer scan's
// own pattern would start mid-text).
const RELATIVE_CLAUSE_WORDS = new RegExp(word.source, "gu");

/** After a subject's relative word: an auxiliary negated (`had not`, `wasn't`), with a verb of the relative clause before it. */
function negatedAfterRelative(slice: string, from: number, lex: Lexicons): boolean {
  const words = [...slice.slice(from, from + 300).matchAll(RELATIVE_CLAUSE_WORDS)].map((m) => m[0]);
  // (`that burst`: the word after the relative word is its verb, whatever its form, unless an auxiliary.)
  let verbs = words[0] !== undefined && !lex.auxiliaries.has(words[0]) && !isFiniteForm(words[0], lex) ? 1 : 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // (`less likely ... than those who do not`: a comparison's clause or another relative one is not the main predicate.)
    if (w === "than" || RELATIVE_WORDS.has(w)) return false;
    if (!isFiniteForm(w, lex) && !/n['’]t$/.test(w)) continue;
    if (verbs > 0 && lex.auxiliaries.has(w.replace(/n['’]t$/, "")) && (/n['’]t$/.test(w) || words[k + 1] === "not" || words[k + 1] === "never")) return true;
    verbs++;
  }
  return false;
}

/** `no one has ever seen` after a noun: the negator (with `one`) is the subject of a verb, and no verb stands before it. */
function relativeAfterObject(slice: string, at: number, after: number, lex: Lexicons): boolean {
  const verb = /^(?: one)? (\p{Ll}+)/u.exec(slice.slice(after, after + 24));
  const before = /(\p{L}+)\s*$/u.exec(slice.slice(Math.max(0, at - 24), at))?.[1] ?? "";
  if (verb === null || (slice.slice(after, after + 4) !== " one" && slice.slice(at, after) === "no")) return false;
  return isFiniteForm(verb[1]!, lex) && !isFiniteForm(before, lex) && !lex.reportingVerbs.has(before);
}

function secondVerbPhrase(slice: string, after: number, coordinator: string, lex: Lexicons): boolean {
  const next = /^\s+([\p{L}'’]+)/u.exec(slice.slice(after, after + 24))?.[1] ?? "";
  return lex.auxiliaries.has(next) || /n['’]t$/.test(next) || (coordinator === "but" && !lex.subjectStarters.has(next));
}
