// Attribution frames: who said it and with which cue. Each function looks at one stretch of a
// sentence and returns the speaker and cue spans it finds, or null. The words they rely on
// (reporting verbs and phrases, auxiliaries, audiences, time frames) are lexicon data.
import type { Span } from "../doc.js";
import type { Lexicons } from "../lexicons/load.js";
import { isBodyNoun, isFiniteForm, isFiniteVerb, isPlural, reportingLemmaOf, trimSpan, wordsIn, type Word } from "./words.js";
import { isPortfolioName } from "../mentions/names.js";

export interface Attribution {
  speaker: Span;
  cue: Span;
  lemma: string;
  /** The cue denies the content (`denied that X`): the claim is negated. */
  denial: boolean;
}

export interface ReportedClause {
  attribution: Attribution;
  content: Span;
  rule: string;
}

const MAX_SUBJECT = 250;
const DENIED_REPORT = /^(?:an? |the |any )?(?:reports?|claims?|allegations?|suggestions?|accusations?)(?: (?:by|in|from) [^,;]+?)? that /;
const PARTICIPLE_FOLLOWERS = new Set(["up", "out", "off", "down", "away", "back", "the", "a", "an", "its", "his", "her", "their", "to", "in", "on", "over", "into"]);
// (Not `agree on how quickly that could happen`: after a question word, `that` is a pronoun.)
// (`said in a video released by the Treasury that`: a participle's phrase on the channel belongs to it too.)
const FRAME_ASIDE = /^(?:\d{1,2}-\d{1,2} (?:on \p{Lu}\p{Ll}+ )?|(?:for|in|on|at|to|with|during|outside|inside|after|before|\p{Ll}+ed by|\p{Ll}+ed on) (?:(?!how |what |why |whether |when |where |which |who )[^,;"“”]){1,60}? )that\b/u;
const COORDINATORS = new Set(["and", "but", "or", "so", "yet", "nor"]);
const PARTICIPLE_SUBJECT = /\bwith ((?:[\p{L}\p{N}'’.-]+ ){0,3}[\p{L}\p{N}'’.-]+) $/u;
// The words that open a clause whose own subject may report (`where they claimed`, `after data showed`).
const CLAUSE_LINKS = "where|when|after|before|because|since|until|while";
const RELATIVE_SUBJECT = new RegExp(`^(.*?)(?:,? (?:${CLAUSE_LINKS}) )(\\S[^,]*)$`);
const LINK_BEFORE_SPEAKER = new RegExp(`,? (?:${CLAUSE_LINKS}) $`);
/** Prepositions that open a place or an occasion after a frame (`said on a call with analysts`). */
export const OCCASION = /^(?:on|in|at|during|outside|from)$/;
const RELATIVE_ANTECEDENT = /(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*), who$/u;

/** Where a main clause ends when its relative clause carries the report (`..., who had told`), else null. */
export function relativeClauseStart(text: string, clause: Span, speaker: Span): number | null {
  const before = text.slice(clause.start, speaker.start);
  const where = LINK_BEFORE_SPEAKER.exec(before);
  if (where !== null && where.index > 0) return clause.start + where.index;
  const who = /^, who\b/.exec(text.slice(speaker.end, speaker.end + 6));
  return who !== null && speaker.start > clause.start ? speaker.end : null;
}
const BE = new Set(["am", "is", "are", "was", "were", "be", "been", "being"]);
const quoteMark = /^["“”'‘’]/;

/**
 * Whether the content is one quote from its start to its end: the quote rules take it. A quote
 * followed by more of the clause (`"cooler heads prevailed," and the talks resumed`) is a partial
 * quote inside reported speech.
 */
export function wholeQuote(text: string, content: Span): boolean {
  const open = text[content.start]!;
  if (!quoteMark.test(open)) return false;
  // `said 'no' to the plan`: single marks quote a word or two, or are apostrophes.
  if (open === "'" || open === "‘" || open === "’") return true;
  const close = open === "“" ? "”" : open === "‘" ? "’" : open;
  const at = text.indexOf(close, content.start + 1);
  return at === -1 || at >= content.end || /^[\s.,!?…"”’)]*$/.test(text.slice(at + 1, content.end));
}

/** The lemma when `word` is a finite reporting verb form (lowercase as written, not a participle). */
function reportingLemma(word: Word, lex: Lexicons): string | null {
  if (word.text !== word.lower || word.lower.endsWith("ing")) return null;
  return lex.reportingVerbs.get(word.lower) ?? null;
}

const phrasesByFirstWord = new WeakMap<Lexicons, Map<string, { parts: string[]; lemma: string }[]>>();

/** A multi-word reporting phrase starting at word i (`drew parallels between`). */
function reportingPhraseAt(words: Word[], i: number, lex: Lexicons): { end: number; lemma: string; length: number } | null {
  let index = phrasesByFirstWord.get(lex);
  if (index === undefined) {
    index = new Map();
    for (const [phrase, lemma] of lex.reportingPhrases) {
      const parts = phrase.split(" ");
      const list = index.get(parts[0]!) ?? [];
      list.push({ parts, lemma });
      index.set(parts[0]!, list);
    }
    phrasesByFirstWord.set(lex, index);
  }
  for (const { parts, lemma } of index.get(words[i]!.lower) ?? []) {
    if (i + parts.length > words.length) continue;
    if (parts.every((part, k) => words[i + k]!.lower === part)) {
      return { end: words[i + parts.length - 1]!.end, lemma, length: parts.length };
    }
  }
  return null;
}

/**
 * `told the crowd`, `told French television`: the audience gathered to hear, or a people's medium (no
 * named one), right after `told`; a generic audience the cue keeps, as `told reporters`.
 */
function gatheredAudience(text: string, at: number, end: number, lex: Lexicons): RegExpExecArray | null {
  const ahead = text.slice(at, Math.min(end, at + 40));
  const medium = PEOPLES_MEDIUM.exec(ahead);
  return GATHERED_AUDIENCE.exec(ahead) ?? (medium !== null && lex.demonyms.has(medium[1]!) ? medium : null);
}
const GATHERED_AUDIENCE = /^ the (crowd|audience)(?=$|[ ,.;:!?])/u;
const PEOPLES_MEDIUM = /^ (\p{Lu}\p{Ll}+) (television|radio|media|newspapers|reporters|journalists)(?=$|[ ,.;:!?])/u;

/** Where the cue's extensions end, one after another (`said in a post on X`), or null when none follows. */
export function cueExtension(text: string, at: number, lex: Lexicons): number | null {
  let end = phraseAt(text, at, lex.cueExtensions) ?? describedChannel(text, at, lex);
  for (let next = end; next !== null; next = phraseAt(text, next, lex.cueExtensions)) end = next;
  return end;
}

/**
 * `in a 2021 report`, `in a brief statement`: a channel of the lexicon (`in a report`) with one word
 * describing it after the article.
 */
function describedChannel(text: string, at: number, lex: Lexicons): number | null {
  const described = /^ in an? ([\p{L}\p{N}-]+) (?=\p{L})/u.exec(text.slice(at, at + 40));
  if (described === null) return null;
  const after = text.slice(at + described[0].length, at + described[0].length + 40);
  // (`in an emailed statement` is `in a statement` described.)
  for (const article of ["in a ", "in an "]) {
    const rest = phraseAt(article + after, 0, lex.cueExtensions);
    if (rest !== null) return at + described[0].length + rest - article.length;
  }
  return null;
}

/** Longest lexicon phrase that `text` starts with at `at` (after spaces), as a whole word (`Monday's` is no `monday`). */
export function phraseAt(text: string, at: number, phrases: readonly string[]): number | null {
  let i = at;
  while (i < text.length && text[i] === " ") i++;
  const ahead = text.slice(i, i + 60).toLowerCase();
  let best: number | null = null;
  for (const phrase of phrases) {
    if (ahead.startsWith(phrase) && !/^(?:[\p{L}\p{N}]|['’]s\b)/u.test(ahead.slice(phrase.length, phrase.length + 3))) {
      if (best === null || phrase.length > best - i) best = i + phrase.length;
    }
  }
  return best;
}

/**
 * The speaker of a reporting verb from the words before it: the noun phrase at the start of the
 * clause, without an apposition or participial phrase set off by commas and without a frame adverb.
 */
/** `The Cupertino, California-based company`: a city and its state before `-based` are one modifier. */
const CITY_STATE_BASED = /^(?:[Tt]he )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?, \p{Lu}[\p{L}.]*-based \p{Ll}+(?: \p{Ll}+)?$/u;

/** A main clause that asks, forbids or foresees: a report in its `until` clause is awaited. */
const AWAITING = /\b(?:not to|should|must|will|would|urged|advised|asked|told \S+ to)\b/;

/** `A spokesperson for the Ministry of Housing, Communities and Local Government`: a portfolio list's commas part no apposition. */
function endsWithPortfolioName(s: string, lex: Lexicons): boolean {
  const at = s.search(/\p{Lu}\p{Ll}+ (?:of|for) \p{Lu}/u);
  return at >= 0 && isPortfolioName(s.slice(at), lex);
}

export function subjectSpan(text: string, region: Span, lex: Lexicons): Span | null {
  // A speaker with its apposition is short; a longer stretch before the verb is no subject.
  if (region.end - region.start > MAX_SUBJECT) return null;
  let span = trimSpan(text, region);
  if (span.end <= span.start) return null;
  let s = text.slice(span.start, span.end);
  // `... visited the district and said`, `held rates but signaled it`: a verb phrase before, no subject.
  // (Not a verb phrase inside a relative aside: `The lock, who won 98 caps and led Wales ..., said`.)
  if (/ (?:and|but)$/.test(s.slice(-4)) || / (?:and|but) \p{Ll}+ed\b/u.test(s.replace(/, (?:who|which) [^,"“”]*,/gu, ","))) return null;
  // A relative or subordinate clause reports: `... the station where they claimed` → `they`, `...
  // after official data showed` → `official data`; `... Devocht, who had told` → `Devocht`.
  const relative = RELATIVE_SUBJECT.exec(s);
  // (`urged people not to return until authorities said it was safe`: a report awaited, not made.)
  if (relative !== null && /\buntil\b/.test(s.slice(relative[1]!.length, s.length - relative[2]!.length)) && AWAITING.test(relative[1]!)) return null;
  if (relative !== null) {
    span = { start: span.end - relative[2]!.length, end: span.end };
    s = relative[2]!;
  } else {
    const antecedent = RELATIVE_ANTECEDENT.exec(s);
    if (antecedent !== null) {
      span = { start: span.start + antecedent.index, end: span.start + antecedent.index + antecedent[1]!.length };
      s = antecedent[1]!;
    }
  }
  // `..., less than many analysts had expected, ...`: a comparison, no speaker; `, not promises`: an adverb alone is none.
  if (/^(?:\p{L}+ ){0,2}than\b/u.test(s) || /^(?:not|never|also|only|just|even|still)$/i.test(s)) return null;
  // `As coauthor Colette Heald told The Huffington Post, "…`: the speaker follows `as`.
  if (/^[Aa]s (?=[^,]+$)/.test(s)) {
    span = { start: span.start + 3, end: span.end };
    s = s.slice(3);
  }
  // `After the match, Hernan Dario Gomez, Panama coach, said`: an opening adverbial is no part of it.
  const openerWord = /^[\p{L}]+/u.exec(s)?.[0] ?? "";
  const opener = openerWord.toLowerCase();
  const comma = s.indexOf(", ");
  // (`WHO's cholera lead, Dr. Philippe Barboza, told`: an acronym is no `who`.)
  const openerIsAcronym = openerWord.length > 1 && openerWord === openerWord.toUpperCase();
  if (comma > 0 && !openerIsAcronym && lex.nonSubjectStarts.has(opener) && !COORDINATORS.has(opener)) {
    span = trimSpan(text, { start: span.start + comma + 2, end: span.end });
    s = text.slice(span.start, span.end);
  }
  if (s.endsWith(",")) {
    // (Not the comma inside a number: `The survey of 2,043 adults, carried out by YouGov,`.)
    const comma = s.search(/,(?!\d)/);
    span = { start: span.start, end: span.start + comma };
  } else if (s.includes(", ") && !endsWithPortfolioName(s, lex) && !CITY_STATE_BASED.test(s)) {
    span = { start: span.start + s.lastIndexOf(", ") + 2, end: span.end };
  }
  span = trimSpan(text, span);
  const words = wordsIn(text, span);
  while (words.length > 1 && lex.frameAdverbs.has(words[words.length - 1]!.lower)) {
    words.pop();
    span = { start: span.start, end: words[words.length - 1]!.end };
  }
  // `Mayor Karen Bass on Monday announced`: the time is no part of the speaker.
  // (On the last words only: an end-anchored pattern still scans from the start.)
  const tail = Math.max(span.start, span.end - 40);
  const time = /,? (?:on|last|this|late|early) \p{Lu}\p{Ll}+(?: \p{Ll}+)?$/u.exec(text.slice(tail, span.end));
  if (time !== null && tail + time.index > span.start) {
    span = { start: span.start, end: tail + time.index };
    while (words.length > 0 && words[words.length - 1]!.end > span.end) words.pop();
  }
  s = text.slice(span.start, span.end);
  if (words.length === 0 || words.length > 20) return null;
  // A quoted title inside a subject (`The "History" page`) is part of it; a quote is not.
  if (/["“”]/.test(s.replace(/["“][^"“”]{1,30}["”]/g, "")) || /[;:]/.test(s)) return null;
  const first = words[0]!;
  // `..., freeing up state funds`: a participle with its particle or object opens no subject
  // (`shipping lines` is a noun).
  if (first.text === first.lower && first.lower.endsWith("ing") && PARTICIPLE_FOLLOWERS.has(words[1]?.lower ?? "")) return null;
  // (`..., saying it now expects`: a reporting participle's clause is its content, no subject.)
  if (first.text === first.lower && first.lower.endsWith("ing") && lex.reportingVerbs.has(first.lower)) return null;
  // An acronym in capitals (`WHO`, `IT`) is a name, not the function word it spells.
  const acronym = first.text.length > 1 && first.text === first.text.toUpperCase();
  if (!acronym && (lex.nonSubjectStarts.has(first.lower) || lex.auxiliaries.has(first.lower))) return null;
  // A clause, not a noun phrase: `The economy will recover` is no speaker.
  // (`Figures to be published today`: an infinitive's `be` is no verb of the clause.)
  // `Three members who voted against it argued`: a relative clause inside the noun phrase is its own.
  // (`The trust that runs the hospital said`: `that` with a verb after a noun opens one too.)
  // (`the WHO said`: an acronym in capitals is no `who`.)
  // (`A patient whose operation was cancelled said`: so does `whose`.)
  const relativeAt = words.findIndex((w, k) => k >= 1 && w.text === w.lower && (w.lower === "who" || w.lower === "which" || w.lower === "whose" || (w.lower === "that" && relativeVerb(words[k + 1], lex))) && text.slice(words[k - 1]!.end, w.start) === " ");
  // (`The man who said ...`: the relative clause's own verb reports, and the man is no speaker.)
  if (relativeAt === words.length - 1) return null;
  const head = relativeAt > 0 ? words.slice(0, relativeAt) : words;
  if (head.slice(1).some((w, k) => w.text === w.lower && ((lex.auxiliaries.has(w.lower) && head[k]!.lower !== "to") || lex.subordinateMarkers.has(w.lower)))) return null;
  // The speaker starts with its first word (keep an opening bracket or quote out of it).
  return { start: first.start, end: span.end };
}

/** A verb that a relative `that` can open a clause with: `runs`, `organised`, `has`. */
function relativeVerb(word: Word | undefined, lex: Lexicons): boolean {
  return word !== undefined && word.text === word.lower && ((word.lower.endsWith("s") && !word.lower.endsWith("ss") && !lex.irregularPlurals.has(word.lower)) || isFiniteForm(word.lower, lex));
}

/** Words that open an addressee after `to` (`said to the crowd`), not an infinitive. */
const ADDRESSEE_STARTS = new Set(["him", "her", "them", "me", "us", "the", "a", "an", "his", "their", "reporters", "journalists"]);
/** `to LA Weekly that`, `to reporters that`: an addressee, then the content after `that`. */
const ADDRESSEE_THEN_THAT = /^ to (?:him|her|them|me|us|reporters|journalists|(?:the |a |an |his |their )?(?:[\p{L}.'’&-]+ ){0,5}?[\p{L}.'’&-]+) that\b/u;

interface VerbHit {
  cue: Span;
  lemma: string;
  /** Offset where the words before the cue end (the subject's region end). */
  subjectEnd: number;
  /** Offset just after the verb or phrase. */
  after: number;
}

/** A finite form of the that-only list; its participles (`ruling that`) report only after a comma. */
const finiteThatLemma = (word: string, lex: Lexicons) => (word.endsWith("ing") ? undefined : lex.reportingVerbsThat.get(word));

/** `found that`, `ruled:`: a verb of the that-only list counts when `that` or a colon follows. */
function thatLemma(text: string, words: Word[], i: number, lex: Lexicons): string | null {
  const word = words[i]!;
  if (word.text !== word.lower) return null;
  const lemma = finiteThatLemma(word.lower, lex);
  if (lemma === undefined) return null;
  const next = words[i + 1];
  if (next?.lower === "that" && next.start - word.end === 1) return lemma;
  // `ruled 6-3 on Friday that`, `found in a 2019 study that`: `that` after the frame's asides.
  // (Only worth skipping the asides when a `that` stands close after the verb at all.)
  const window = text.slice(word.end, word.end + 84).indexOf("that");
  const that = window === -1 ? -1 : word.end + window;
  if (that !== -1 && that - word.end <= 80 && /\bthat$/.test(text.slice(word.end, skipFrame(text, word.end, Math.min(text.length, word.end + 80), lex)).trimEnd())) return lemma;
  // `The court heard she had replaced ...`: a pronoun and its verb make the clause without `that`.
  const verb = words[i + 2];
  if (next !== undefined && next.text === next.lower && SUBJECT_PRONOUNS.has(next.lower) && verb !== undefined && isFiniteVerb(verb, lex) && text.slice(word.end, next.start) === " ") return lemma;
  // `Figures show a record ...`, `Polls show his bloc well ahead`: a study's finding needs no `that`.
  // People find things too: after `researchers`, a phrase with no word that could be a verb is what
  // they found (`The researchers found smaller links with cancer`), no report.
  const evidence = next !== undefined && next.text === next.lower ? words.slice(Math.max(0, i - 16), i).filter((w) => lex.evidenceNouns.has(w.lower)) : [];
  const byPeople = evidence.length > 0 && evidence.every((w) => lex.roleNouns.has(w.lower.replace(/s$/, "")));
  // (Nor in a clause of time or reason: `is recalling 140,000 bottles after tests found higher levels
  // of an impurity` tells why, and the phrase is what the tests found.)
  const subordinate = words.slice(Math.max(0, i - 4), i).some((w) => w.text === w.lower && lex.subordinators.has(w.lower));
  if (evidence.length > 0 && !(byPeople && verbless(untilNextClause(text, words, i + 1), lex)) && !(subordinate && verbless(untilComma(text, words, i + 1), lex))) return lemma;
  return /^:\s/.test(text.slice(word.end, word.end + 2)) ? lemma : null;
}

/** A phrase with no word that could be a verb (and no preposition opening it, as a time does). */
function verbless(words: readonly Word[], lex: Lexicons): boolean {
  if (words.length === 0 || CLAUSE_PREPOSITIONS.has(words[0]!.lower)) return false;
  return !words.some((w) => w.text === w.lower && (lex.auxiliaries.has(w.lower) || lex.irregularPastVerbs.has(w.lower) || lex.presentVerbs.has(w.lower) || /(?:ed|ing)$/.test(w.lower)));
}

/** The words from `from` to the next comma or stronger stop. */
function untilComma(text: string, words: readonly Word[], from: number): Word[] {
  let end = from + 1;
  while (end < words.length && !/[,;:]/.test(text.slice(words[end - 1]!.end, words[end]!.start))) end++;
  return words.slice(from, end);
}

/**
 * The words from `from` to the end of their clause: up to a semicolon, or a comma and a coordinator
 * before a new subject (`, and they cautioned`); an aside between commas stays in.
 */
function untilNextClause(text: string, words: readonly Word[], from: number): Word[] {
  let end = from + 1;
  for (; end < words.length; end++) {
    const gap = text.slice(words[end - 1]!.end, words[end]!.start);
    if (/;/.test(gap)) break;
    const next = words[end + 1];
    if (/,/.test(gap) && COORDINATORS.has(words[end]!.lower) && next !== undefined && (SUBJECT_PRONOUNS.has(next.lower) || DETERMINERS.has(next.lower))) break;
  }
  return words.slice(from, end);
}

export const SUBJECT_PRONOUNS = new Set(["i", "he", "she", "it", "we", "they", "there"]);

/** A clause rather than a noun phrase: a pronoun subject, an auxiliary, or a past-tense verb after the first word. */
export const CLAUSE_PREPOSITIONS = new Set(["on", "about", "over", "with", "for", "to", "in", "at", "from", "of", "by", "against", "upon", "after", "before", "following", "during", "under", "without", "behind", "through", "via"]);

/** The first word after the n-th comma between the words, in one pass. */
function wordAfterCommas(text: string, words: readonly Word[], n: number): Word | undefined {
  let commas = 0;
  for (let k = 1; k < words.length; k++) {
    for (let at = words[k - 1]!.end; at < words[k]!.start; at++) if (text[at] === ",") commas++;
    if (commas === n) return words[k];
    if (commas > n) return undefined;
  }
  return undefined;
}

/** `accused Andrew Giles of "gross incompetence"`, `accusing it of cheating`: the accused and the charge, no clause. */
export function accusedOf(text: string, lemma: string, contentStart: number): boolean {
  return lemma === "accuse" && /^(?:[\p{L}.'’-]+ ){1,4}of\b/u.test(text.slice(contentStart, contentStart + 60));
}

const RELATIVE_PRONOUNS = new Set(["who", "which", "whose", "whom"]);
const DETERMINERS = new Set(["a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those"]);

export function looksLikeClause(words: readonly Word[], lex: Lexicons): boolean {
  if (SUBJECT_PRONOUNS.has(words[0]!.lower)) return true;
  // `agreed on how quickly that could happen`: a phrase after a preposition is no clause.
  if (CLAUSE_PREPOSITIONS.has(words[0]!.lower)) return false;
  // `denied misleading Parliament`: a gerund object; `neither admitted nor denied`: a second verb.
  if (words[0]!.text === words[0]!.lower && (words[0]!.lower.endsWith("ing") || COORDINATORS.has(words[0]!.lower))) return false;
  // (`a plan approved by the board`: a participle before `by` is no verb of a clause; `the race after
  // a recount confirmed`: a verb after a subordinator is the subordinate clause's.)
  // (`claimed Montalvo allegedly left`: an irregular past is a verb too, unless a relative pronoun
  // opened a clause of the object: `confirmed the death of a man who fell`.)
  const subordinate = words.findIndex((w, k) => k > 0 && (lex.subordinators.has(w.lower) || RELATIVE_PRONOUNS.has(w.lower)));
  const main = subordinate < 0 ? words : words.slice(0, subordinate);
  // (An irregular past after a determiner is a noun: `a surprise cut`; a form in -ed right after one
  // is an adjective: `a televised statement`.)
  const determiner = main.findIndex((w) => DETERMINERS.has(w.lower));
  // (A form in -ed right after a preposition is an adjective too: `a decline in consolidated profit`.)
  // (A verb right after `and` is the reporting verb's second: `conceded defeat and congratulated his rival`.)
  return main.slice(1).some((w, k) => w.text === w.lower && !COORDINATORS.has(main[k]!.lower) && (lex.auxiliaries.has(w.lower) || (lex.irregularPastVerbs.has(w.lower) && (determiner < 0 || determiner > k + 1)) || (/[^e]ed$/.test(w.lower) && main[k + 2]?.lower !== "by" && !DETERMINERS.has(main[k]!.lower) && !CLAUSE_PREPOSITIONS.has(main[k]!.lower))));
}


/** After the verb at i, a short object and then `to` with a verb: `urged parents to check their records`. */
function objectThenInfinitive(text: string, words: Word[], i: number, lex: Lexicons): boolean {
  // (`urged anyone with doorbell or dashcam footage from the area to contact`: an object of up to ten words.)
  for (let k = i + 2; k <= i + 11 && k + 1 < words.length; k++) {
    const between = words.slice(i + 1, k);
    // (`urged people who were eligible to get vaccinated`: a relative clause inside the object may have its verb.)
    const relative = between.findIndex((w, j) => j > 0 && RELATIVE_PRONOUNS.has(w.lower));
    const object = relative < 0 ? between : between.slice(0, relative);
    if (between.some((w) => w.lower === "that") || object.some((w) => lex.auxiliaries.has(w.lower) || BE.has(w.lower))) return false;
    if (/[,;:"“]/.test(text.slice(words[i]!.end, words[k]!.start))) return false;
    const verb = words[k + 1]!;
    // (`told analysts the company expected demand to recover`: a clause with its own verb before `to`
    // is what was told, not an object.)
    if (words[k]!.lower === "to" && verb.text === verb.lower && !ADDRESSEE_STARTS.has(verb.lower)) return object.length < 3 || !looksLikeClause(object, lex);
  }
  return false;
}

/** Every reporting verb or phrase among the words, with its auxiliaries, in order. */
const ONLY = new Set(["only", "simply", "merely", "briefly"]);

const STANCE_BE = new Set(["is", "are", "was", "were", "am", "remain", "remains", "remained"]);

/** `a` or `an` one to three words before the word at i, with singular modifiers between and no comma: a noun phrase's head. */
function articleBefore(text: string, words: Word[], i: number, lex: Lexicons): boolean {
  for (let a = i - 2; a >= Math.max(0, i - 4); a--) {
    const between = words.slice(a + 1, i);
    if (between.some((w) => w.lower.endsWith("s") || CLAUSE_PREPOSITIONS.has(w.lower) || isFiniteVerb(w, lex))) return false;
    if (/^an?$/.test(words[a]!.lower)) return !text.slice(words[a]!.end, words[i]!.start).includes(",");
  }
  return false;
}

function* verbHits(text: string, words: Word[], lex: Lexicons): Generator<VerbHit> {
  for (let i = 1; i < words.length; i++) {
    // `associations are concerned the Government will modify the law`: a stance reports a thought.
    const adjective = words[i + 1];
    if (STANCE_BE.has(words[i]!.lower) && adjective !== undefined && lex.stanceAdjectives.has(adjective.text) && i + 3 < words.length) {
      const rest = words.slice(i + 2);
      if (rest[0]!.lower === "that" || looksLikeClause(rest, lex)) {
        yield { cue: { start: words[i]!.start, end: adjective.end }, lemma: `be ${adjective.text}`, subjectEnd: words[i]!.start, after: adjective.end };
        continue;
      }
    }
    const phrase = reportingPhraseAt(words, i, lex);
    const lemma = phrase?.lemma ?? reportingLemma(words[i]!, lex) ?? thatLemma(text, words, i, lex);
    if (lemma === null) continue;
    const prev = words[i - 1]!;
    // (`more than initially estimated`, `worse than forecast`: a comparison, no frame.)
    if (prev.lower === "than" || (/ly$/.test(prev.lower) && words[i - 2]?.lower === "than")) continue;
    // `a report`, `no comment`: a marker right before makes the form a noun (not `who voted no, said`).
    if (lex.nounMarkers.has(prev.lower) && words[i]!.start - prev.end === 1) continue;
    // `a former state treasurer`: a bare form after `a` and an adjective is a noun; `a` takes no plural verb.
    // (`a Biden administration rule that would ...`: so is one after `a` and up to three modifiers, none a plural or a preposition.)
    if (words[i]!.lower === lemma && articleBefore(text, words, i, lex)) continue;
    // `Saudi state oil company Aramco`, `Iran's state television`: a bare form after a demonym or a
    // possessive is a noun's modifier; after a possessive a form in -s is a plural noun (`analysts'
    // estimates`, `the bank's forecasts`).
    const possessive = (words[i]!.start - prev.end === 1 && /['’]s$/.test(prev.text)) || (/s$/.test(prev.text) && /^['’] $/.test(text.slice(prev.end, words[i]!.start)));
    if (words[i]!.lower === lemma && words[i]!.start - prev.end === 1 && lex.demonyms.has(prev.text)) continue;
    if (possessive && (words[i]!.lower === lemma || /[^s]s$/.test(words[i]!.lower))) continue;
    // (`Republican-led states`, `Kyiv-based reports`: after a compound participle, a form in -s is a plural noun.)
    if (/[^s]s$/.test(words[i]!.lower) && /-\p{Ll}+(?:ed|run|held)$/u.test(prev.text) && words[i]!.start - prev.end === 1) continue;
    const next = words[i + 1];
    // (`Member states of the World Health Organization adopted`: a form in -s before `of`, after a
    // common word opening the sentence, is that word's plural noun, no verb.)
    if (next?.lower === "of" && /[^sy]s$/.test(words[i]!.lower) && i === 1 && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && lex.englishWords.has(prev.lower)) continue;
    // `the Autonomy think tank`: a compound noun; `BJP state president`: a bare form before a title is its modifier.
    if (next !== undefined && lex.reportingCompounds.has(`${words[i]!.lower} ${next.lower}`)) continue;
    // (`Minas Gerais state prosecutors said`: before a role's noun too.)
    const role = next !== undefined && (lex.personTitles.has(next.lower) || lex.roleNouns.has(next.lower) || lex.roleNouns.has(next.lower.replace(/s$/, "")));
    if (next !== undefined && words[i]!.lower === lemma && next.text === next.lower && role && !lex.nounMarkers.has(next.lower)) continue;
    // `expected to`, `said to be`: an infinitive follows, so the verb reports nothing here. An
    // addressee is no infinitive: `stated to LA Weekly that`, `said to reporters that`.
    const afterTo = words[i + 2];
    const infinitive = afterTo === undefined || (afterTo.text === afterTo.lower && !ADDRESSEE_STARTS.has(afterTo.lower));
    if (phrase === null && next !== undefined && next.lower === "to" && next.start - words[i]!.end === 1 && infinitive) continue;
    // `unsuccessful claims can be returned`, `the 10-year note dropped`: a noun before its verb. (A
    // past form is no noun: `said affected workers would` reports.)
    const nounForm = words[i]!.lower === lemma || words[i]!.lower.endsWith("s");
    if (phrase === null && nounForm && next !== undefined && next.text === next.lower && next.start - words[i]!.end === 1 && isFiniteVerb(next, lex)) continue;
    // `urged parents to check`, `asked residents to leave`: an object and an infinitive, no report.
    if (phrase === null && lex.objectInfinitiveVerbs.has(lemma) && objectThenInfinitive(text, words, i, lex)) continue;
    let first = i;
    while (first > 0 && lex.auxiliaries.has(words[first - 1]!.lower) && words[first - 1]!.text === words[first - 1]!.lower) first--;
    // `have already warned`, `has also said`: an adverb between the auxiliary and the verb.
    if (first === i && i >= 2 && lex.frameAdverbs.has(words[i - 1]!.lower) && lex.auxiliaries.has(words[i - 2]!.lower) && words[i - 2]!.text === words[i - 2]!.lower) {
      first = i - 2;
      while (first > 0 && lex.auxiliaries.has(words[first - 1]!.lower) && words[first - 1]!.text === words[first - 1]!.lower) first--;
    }
    // Passive: `was reported`, `from arriving to being admitted, transferred`.
    if (words.slice(first, i).some((w) => BE.has(w.lower)) || words[i - 1]!.lower === "being") continue;
    yield { cue: { start: words[first]!.start, end: phrase?.end ?? words[i]!.end }, lemma, subjectEnd: words[first]!.start, after: phrase?.end ?? words[i]!.end };
    if (phrase !== null) i += phrase.length - 1;
  }
}

/** `..., promising to build 1.5 million homes`, `vowing to "besiege" the capital`: an infinitive after a participle is a pledge, no reported clause. */
export function opensPledge(text: string, at: number): boolean {
  return /^to ["“]?\p{Ll}/u.test(text.slice(at, at + 5));
}

/** `X (has) said (on Tuesday) (that) CONTENT` and its kin, within one clause. */
export function reportedClause(text: string, clause: Span, lex: Lexicons): ReportedClause | null {
  const words = wordsIn(text, clause);
  for (const hit of verbHits(text, words, lex)) {
    const speaker = subjectSpan(text, { start: clause.start, end: hit.subjectEnd }, lex);
    if (speaker === null) continue;
    let cueEnd = hit.after;
    let at = hit.after;
    // `said only that`, `said publicly that`: an adverb between the verb and `that` is the cue's.
    const adverb = /^ (\p{Ll}+ly)(?= that\b)/u.exec(text.slice(at, at + 24));
    if (adverb !== null && (lex.frameAdverbs.has(adverb[1]!) || ONLY.has(adverb[1]!))) cueEnd = at += adverb[0].length;
    const extension = cueExtension(text, at, lex);
    if (extension !== null) cueEnd = at = extension;
    const addressed = extension === null ? ADDRESSEE_THEN_THAT.exec(text.slice(at, Math.min(clause.end, at + 80))) : null;
    if (addressed !== null && hit.lemma !== "tell") {
      // `stated to LA Weekly that X`: the addressee stays out of the cue and the content.
      at += addressed[0].length - "that".length;
    } else if (hit.lemma === "tell" && extension === null) {
      // A named addressee stays out of the cue and the content: `told the Senate committee that X`,
      // `told BBC News the plan ...`, `told him the plan ...`.
      const rest = text.slice(at, Math.min(clause.end, at + 80));
      const that = / that\b/.exec(rest);
      const named = /^ (?:him|her|them|us|me|(?:the )?(?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3}) (?=\p{Ll})/u.exec(rest);
      // `told the court his client would ...`: an addressee in lower case, when a clause follows it.
      // (`told the club's website he had ...`: an owner's noun may name it.)
      const definite = /^ the \p{Ll}+(?:['’]s \p{Ll}+)?(?= )/u.exec(rest);
      // `told lawmakers the reform was needed`, `told MPs that`: a generic audience stays in the cue,
      // as `told reporters` does.
      // (`told the crowd that`: so is the one gathered to hear.)
      const gathered = gatheredAudience(text, at, clause.end, lex);
      const audience = gathered ?? /^ (?:\p{Ll}+|\p{Lu}{2,}s)(?= (?:that\b|in\b|on\b|at\b|during\b|the|a|an|his|her|its|their|this|these|those|\p{Lu}|\d))/u.exec(rest);
      const generic = gathered !== null || (audience !== null && (/s$/.test(audience[0]) || lex.irregularPlurals.has(audience[0].slice(1))));
      if (generic) {
        cueEnd = at += audience![0].length;
        // `told staff in a memo that`: the medium after the audience is the cue's too.
        const medium = phraseAt(text, at, lex.cueExtensions);
        if (medium !== null) cueEnd = at = medium;
      } else if (that !== null && !rest.slice(0, that.index).includes(",")) at += that.index + 1;
      else if (named !== null) at += named[0].length;
      else if (definite !== null && looksLikeClause(wordsIn(text, { start: at + definite[0].length, end: Math.min(clause.end, at + definite[0].length + 120) }), lex)) at += definite[0].length;
      else continue;
    }
    at = skipFrame(text, at, clause.end, lex);
    // `denied a report by the Free Press that it planned ...`: what is denied follows `that`.
    const denied = hit.lemma === "deny" ? DENIED_REPORT.exec(text.slice(at, Math.min(clause.end, at + 120))) : null;
    if (denied !== null) at += denied[0].length;
    const content = trimSpan(text, { start: at, end: withholdingEnd(text, at, clause.end) }, ",;:");
    if (content.end <= content.start || wholeQuote(text, content)) continue;
    // The first words tell a clause from a phrase; a window keeps a sentence of a thousand reports linear.
    const contentWords = wordsIn(text, { start: content.start, end: Math.min(content.end, content.start + 400) });
    if (contentWords.length < 2) continue;
    // `above Wall Street estimates on Wednesday, and its shares jumped`: what follows a coordinator is
    // a clause of its own, not what the noun before it reported.
    if (/^(?:and|but|or|nor)$/.test(contentWords[0]!.lower)) continue;
    // (`... estimates on Wednesday, helped by strong demand`: nor is a participle's phrase.)
    if (contentWords[1]!.lower === "by" && (/(?:ed|en)$/.test(contentWords[0]!.lower) || lex.irregularPastVerbs.has(contentWords[0]!.lower))) continue;
    // `commented on the reports`: a phrase after a preposition is no reported clause; nor is one whose
    // verb stands in a relative clause (`complained about prices that rose while they waited`).
    if (CLAUSE_PREPOSITIONS.has(contentWords[0]!.lower) && !/\bthat\s*$/.test(text.slice(hit.after, content.start))) {
      const verb = contentWords.findIndex((w, k) => k > 0 && isFiniteVerb(w, lex));
      // (`, that the incident was prompted`: `that` after a comma opens the reported clause itself.)
      const relative = (w: Word) => w.lower === "which" || w.lower === "who" || (w.lower === "that" && text[w.start - 2] !== ",");
      if (verb === -1 || contentWords.slice(1, verb).some(relative)) continue;
    }
    // `..., Chief Financial Officer Priya Raman said on a call with analysts`: a frame after a comma
    // whose rest is no clause reports what came before the comma, not after.
    if (/, /.test(text.slice(clause.start, speaker.start)) && OCCASION.test(contentWords[0]!.lower) && !looksLikeClause(contentWords, lex)) continue;
    // (`..., their offices said after the two leaders met`: so does one whose rest is a clause on when.)
    if (/, /.test(text.slice(clause.start, speaker.start)) && /^(?:after|before|when|while)$/.test(contentWords[0]!.lower) && !/\bthat\s*$/.test(text.slice(hit.after, content.start))) continue;
    // `announced a surprise cut`, `declared a state of emergency`: an object, not a reported clause
    // (looked at up to the first comma: `announced a plan, saying the city needed ...`).
    const beforeComma = contentWords.filter((w) => !/(?<!\d),|,(?!\d)/.test(text.slice(content.start, w.start)));
    // `Some analysts expect prices to fall by 5%`: an object and an infinitive after `expect` forecast.
    const forecast = hit.lemma === "expect" && /^(?:[\p{L}\p{N}'’.-]+ ){1,4}to \p{Ll}+/u.test(text.slice(content.start, content.start + 80));
    // `confirmed her opponent, Karen Moss, had won`: an apposition between commas, then the verb.
    const afterApposition = wordAfterCommas(text, contentWords, 2);
    const verbAfterApposition = afterApposition !== undefined && text.slice(afterApposition.start - 2, afterApposition.start) === ", " && isFiniteVerb(afterApposition, lex) && !beforeComma.some((w) => lex.subordinators.has(w.lower));
    if (lex.nounObjectVerbs.has(hit.lemma) && !forecast && !/\bthat\s*$/.test(text.slice(hit.after, content.start)) && !looksLikeClause(beforeComma, lex) && !verbAfterApposition) continue;
    if (accusedOf(text, hit.lemma, content.start)) continue;
    return {
      attribution: { speaker, cue: { start: hit.cue.start, end: cueEnd }, lemma: hit.lemma, denial: hit.lemma === "deny" },
      content,
      rule: lex.reportingPhrases.has(text.slice(hit.cue.start, hit.after).toLowerCase()) ? "reporting-phrase" : "reported-speech",
    };
  }
  return null;
}

// `said X but declined to say whether ...`, `... and did not comment further`: the speaker's own
// refusal to say more, a second predicate of the frame, not part of what was said. (`said it was
// working with investigators and would not comment on ...`: a modal is the reported clause's own
// tense, `will not comment` said, as g290's `said it would not comment` is.)
const WITHHOLDING = / (?:but|and) (?:declined|refused|did not|didn['’]t) (?:to )?(?:say|comment|elaborate|disclose|specify|name|identify|discuss|reveal|(?:give|provide) (?:details|further|more|any|a reason|reasons|a timetable|a date|a figure|figures|specifics))\b| (?:but|and) (?:gave|offered|provided) no (?:details|further)\b/u;

/** Where reported content ends before the speaker's own refusal to say more, else the clause's end. */
function withholdingEnd(text: string, start: number, end: number): number {
  const refusal = WITHHOLDING.exec(text.slice(start, end));
  return refusal === null ? end : start + refusal.index;
}

/** A name or a capitalised body opening a clause: `Chief Minister Himanta Biswa Sarma`, `The Federal Reserve`. */
// A name or a capitalised noun and its plural head (`Privacy advocates`) opening a clause.
// (The name may carry a relative clause: `The European Publishers Council, which brought the complaint, welcomed ...`.)
const LEADING_NAME = /^((?:the |The )?\p{Lu}[\p{L}.'’&-]*(?: (?:of |for |and |the |& )?\p{Lu}[\p{L}.'’&-]*)*(?: \p{Ll}+s(?= \p{Ll}+ed\b))?)(?:, (?:which|who) [^,"“”]{1,80},)?(?= \p{Ll})/u;
// (`... and have said the charges were politically motivated`: with its auxiliary, which the cue keeps.)
const COORDINATED_VERB = / (?:and|but) (?:also |then |later )?((?:(?:has|have|had) )?)(\p{Ll}+) /gu;
/** `In a statement, `: a capitalised preposition's phrase and its comma before the subject. */
const OPENING_ADVERBIAL = /^(\p{Lu}\p{Ll}+) [^,"“”]{1,60}, (?=\p{L})/u;

/**
 * `Voss's attorney, Michelle Tran, rejected ...`, `His lawyer rejected ...`: an owner's role (with
 * the name set off after it) opening the clause is the subject, not the owner's name alone.
 */
const DESCRIBED_SUBJECT = /^((?:(?:the |The )?\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*)*['’]s|His|Her|Its|Their) (?:[\p{Ll}-]+ ){0,2}([\p{Ll}-]+))(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3},)?(?= \p{Ll})/u;
/** A subject opening a clause: its length, and the length of all it takes before the verb (an aside too). */
interface OpeningSubject {
  length: number;
  through: number;
}
const opening = (match: RegExpExecArray): OpeningSubject => ({ length: match[1]!.length, through: match[0].length });

function describedSubject(slice: string, lex: Lexicons): OpeningSubject | null {
  const described = DESCRIBED_SUBJECT.exec(slice);
  // (`Cambodia's defence ministry accused ... and said`: an owner's body, as an owner's role.)
  if (described !== null) return lex.roleNouns.has(described[2]!) || lex.personTitles.has(described[2]!) || isBodyNoun(described[2]!, lex) ? opening(described) : null;
  // (`A Volkswagen spokesperson declined ... but said`, `The company spokesman`: an article, perhaps
  // a body's name, and up to three lowercase words, the last a role.)
  const lead = ROLE_SUBJECT_LEAD.exec(slice);
  if (lead === null) return null;
  const words = /^(?:[\p{Ll}-]+ ){1,3}/u.exec(slice.slice(lead[0].length))?.[0].split(" ") ?? [];
  let length = lead[0].length - 1;
  for (const word of words.slice(0, -1)) {
    length += word.length + 1;
    if (lex.roleNouns.has(word)) return { length, through: length };
  }
  return null;
}
const ROLE_SUBJECT_LEAD = /^(?:[Tt]he|An?)(?: \p{Lu}[\p{L}.'’&-]*){0,3} /u;

/**
 * A name opening the clause; `Opposition leader V.D. Satheesan called ...`: a name before a role in
 * lower case and a person's name is the role's owner, and the subject runs on to the person's name.
 */
function leadingName(slice: string, lex: Lexicons): OpeningSubject | null {
  const leading = LEADING_NAME.exec(slice);
  if (leading === null) return null;
  // (`The RMT union welcomed ...`: a body's noun after the name is the subject's too.)
  const body = leading[0].length === leading[1]!.length ? /^ (\p{Ll}+)(?= \p{Ll})/u.exec(slice.slice(leading[0].length)) : null;
  if (body !== null && isBodyNoun(body[1]!, lex)) return { length: leading[0].length + body[0].length, through: leading[0].length + body[0].length };
  const role = ROLE_THEN_NAME.exec(slice.slice(leading[0].length));
  if (role === null || !role[1]!.trim().split(" ").every((w) => lex.roleNouns.has(w) || lex.personTitles.has(w))) return opening(leading);
  const length = leading[0].length + role[0].length;
  return { length, through: length };
}
const ROLE_THEN_NAME = /^((?: \p{Ll}+){1,2}) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)+(?= \p{Ll})/u;

/** `the club thanked ...`: a body's noun with `the` opening the clause, a subject as a name is. */
function leadingBody(slice: string, lex: Lexicons): OpeningSubject | null {
  const body = /^((?:the|The) (\p{Ll}+))(?= \p{Ll})/u.exec(slice);
  if (body === null) return null;
  // (`The couple denied wrongdoing and have said ...`: any noun the clause opens with, before a past verb.)
  const pastVerb = /^ \p{Ll}+ed\b/u.test(slice.slice(body[0].length));
  return isBodyNoun(body[2]!, lex) || pastVerb ? opening(body) : null;
}

/**
 * `The Fed held rates steady but signaled it expects two cuts`, `Sarma visited the district and said
 * the state would pay`: a second verb phrase that reports, said by the name that opens the clause.
 * Gives the first verb phrase's span (the article's own claim) and the report.
 */
export function coordinatedReport(text: string, clause: Span, lex: Lexicons): (ReportedClause & { lead: Span }) | null {
  let slice = text.slice(clause.start, Math.min(clause.end, clause.start + 400));
  // `In a statement, the club thanked Rowe and said ...`: an opening adverbial is no part of the subject.
  const opener = OPENING_ADVERBIAL.exec(slice);
  const skipped = opener !== null && lex.nonSubjectStarts.has(opener[1]!.toLowerCase()) ? opener[0].length : 0;
  slice = slice.slice(skipped);
  // `The panel met and made the case`: a capitalised determiner alone names nobody (`The company
  // kept ...` is a body's noun).
  const leading = leadingName(slice, lex);
  const name = describedSubject(slice, lex) ?? (leading !== null && !/^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|My)$/.test(slice.slice(0, leading.length)) ? leading : leadingBody(slice, lex));
  if (name === null) return null;
  COORDINATED_VERB.lastIndex = name.through;
  for (let m = COORDINATED_VERB.exec(slice); m !== null; m = COORDINATED_VERB.exec(slice)) {
    const verb = m[2]!;
    if (verb.endsWith("ing")) continue;
    const verbStart = clause.start + skipped + m.index + m[0].length - verb.length - 1;
    const cueStart = verbStart - m[1]!.length;
    // `... personally, and came to the conclusion that`: a reporting phrase reports like its verb.
    const phrase = reportingPhraseAt(wordsIn(text, { start: verbStart, end: Math.min(clause.end, verbStart + 60) }), 0, lex);
    // (`but said on X that ...`: the channel after the verb is the cue's, as after a subject's own verb.)
    const verbEnd = phrase?.end ?? cueExtension(text, verbStart + verb.length, lex) ?? verbStart + verb.length;
    const followedByThat = /^ that\b/.test(text.slice(verbEnd, verbEnd + 5));
    const lemma = phrase?.lemma ?? reportingLemmaOf(verb, followedByThat, lex);
    if (lemma === undefined) continue;
    const start = skipFrame(text, verbEnd, clause.end, lex);
    const content = trimSpan(text, { start, end: clause.end }, ",;:");
    const words = wordsIn(text, content);
    if (words.length < 3 || (!followedByThat && !looksLikeClause(words, lex))) continue;
    const speaker = { start: clause.start + skipped, end: clause.start + skipped + name.length };
    return {
      lead: trimSpan(text, { start: clause.start, end: clause.start + skipped + m.index }, ","),
      attribution: { speaker, cue: { start: cueStart, end: verbEnd }, lemma, denial: lemma === "deny" },
      content,
      rule: "reported-speech-coordinated",
    };
  }
  return null;
}

/** Skips what stands between a cue and its content: `, `, a time frame, and `that`. */
const PLACE_ADJUNCT = /^(?:in|at) (?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}(?= )/u;

function skipFrame(text: string, from: number, end: number, lex: Lexicons): number {
  let at = from;
  for (let guard = 0; guard < 4; guard++) {
    const before = at;
    while (at < end && /[\s,]/.test(text[at]!)) at++;
    const time = phraseAt(text, at, lex.timeFrames);
    if (time !== null && time <= end) at = time;
    // `ruled 6-3 that`, `wrote for the majority that`, `said in a court filing that`: a vote or a
    // short phrase before `that` belongs to the frame.
    const aside = FRAME_ASIDE.exec(text.slice(at, Math.min(end, at + 80)));
    if (aside !== null) at += aside[0].length - "that".length;
    // `told supporters in Berlin the result was ...`: where the speaker spoke, before a clause, is the frame's.
    const place = PLACE_ADJUNCT.exec(text.slice(at, Math.min(end, at + 60)));
    if (place !== null) {
      const after = at + place[0].length;
      const next = wordsIn(text, { start: after, end: Math.min(end, after + 120) });
      if (next[0]?.lower === "that" || (next.length >= 2 && looksLikeClause(next, lex))) at = after;
    }
    if (/^that\b/i.test(text.slice(at, at + 5))) at += 4;
    if (at === before) break;
  }
  return at;
}

/** The frame before a quote: `The official stressed, "…` / `He told reporters: "…`. */
export function attributionBefore(text: string, before: Span, lex: Lexicons): Attribution | null {
  let region = trimSpan(text, before, ",:—–-");
  if (region.end <= region.start) return null;
  const words = wordsIn(text, region);
  // Drop a time frame or an audience at the end: `said on Tuesday:`, `told reporters:`.
  for (let k = Math.max(0, words.length - 5); k < words.length; k++) {
    const tail = text.slice(words[k]!.start, region.end).toLowerCase();
    if (lex.timeFrames.includes(tail) || lex.cueExtensions.includes(tail)) {
      const keepInCue = lex.cueExtensions.includes(tail);
      const verbWords = words.slice(0, k);
      const found = finalVerb(text, region.start, verbWords, lex);
      if (found === null) return null;
      return keepInCue ? { ...found, cue: { start: found.cue.start, end: region.end } } : found;
    }
  }
  // `Heald told The Huffington Post, "…`: a named addressee after `told` is no part of the cue.
  for (let k = words.length - 1; k >= Math.max(2, words.length - 6); k--) {
    if (reportingLemma(words[k - 1]!, lex) !== "tell") continue;
    if (words.slice(k).every((w, n) => /^\p{Lu}/u.test(w.text) || (n === 0 && w.lower === "the"))) return finalVerb(text, region.start, words.slice(0, k), lex);
  }
  // `said only that "…`: an adverb after the verb is the cue's.
  const last = words[words.length - 1];
  if (last !== undefined && words.length >= 3 && (ONLY.has(last.lower) || lex.frameAdverbs.has(last.lower))) {
    const found = finalVerb(text, region.start, words.slice(0, -1), lex);
    if (found !== null) return { ...found, cue: { start: found.cue.start, end: last.end } };
  }
  const setOff = /[:,]\s*$/.test(text.slice(Math.max(before.start, before.end - 8), before.end));
  return finalVerb(text, region.start, words, lex) ?? frameBeforeQuote(text, region, lex) ?? (setOff ? verbBeforePhrase(text, region.start, words, lex) : null);
}

/** `and in the words of the prosecutor, Mark Tedeschi, "…`: a prepositional frame, its source up to a comma. */
function frameBeforeQuote(text: string, region: Span, lex: Lexicons): Attribution | null {
  const s = text.slice(region.start, region.end).toLowerCase();
  for (const [phrase, lemma] of lex.attributionFrames) {
    const at = s.lastIndexOf(phrase + " ");
    if (at === -1 || (at > 0 && !/(?:^|[,(—–-]\s*|\b(?:and|but) )$/.test(s.slice(0, at)))) continue;
    const start = region.start + at + phrase.length + 1;
    const inside = text.slice(start, region.end).indexOf(",");
    const speaker = trimSpan(text, { start, end: inside === -1 ? region.end : start + inside });
    if (speaker.end <= speaker.start || wordsIn(text, speaker).length > 8) return null;
    return { speaker, cue: { start: region.start + at, end: region.start + at + phrase.length }, lemma, denial: false };
  }
  return null;
}

/** Words that open a phrase after a verb: `tweeted using his account:`, `wrote on his blog:`. */
const PHRASE_OPENERS = new Set(["in", "on", "at", "to", "via", "during", "through", "from", "with", "after", "before", "over", "using"]);

/**
 * `Obama tweeted using his @POTUS account: "…`: a reporting verb, then a short phrase set off from
 * the quote by a colon or a comma, ends the frame.
 */
function verbBeforePhrase(text: string, regionStart: number, words: Word[], lex: Lexicons): Attribution | null {
  for (let k = words.length - 3; k >= Math.max(1, words.length - 7); k--) {
    if (/[,;:"“”]/.test(text.slice(words[k]!.end, words[k + 1]!.start)) || words[k + 1]!.lower === "that") return null;
    if (!PHRASE_OPENERS.has(words[k + 1]!.lower)) continue;
    const found = finalVerb(text, regionStart, words.slice(0, k + 1), lex);
    if (found !== null) return found;
  }
  return null;
}

function finalVerb(text: string, regionStart: number, words: Word[], lex: Lexicons): Attribution | null {
  const last = words.length - 1;
  if (last < 1) return null;
  const verb = words[last]!;
  // `..., with one poster writing "..."`: a participle's own subject.
  if (verb.text === verb.lower && verb.lower.endsWith("ing")) {
    const lemma = lex.reportingVerbs.get(verb.lower);
    const own = lemma === undefined ? null : PARTICIPLE_SUBJECT.exec(text.slice(regionStart, verb.start));
    const speaker = own === null ? null : subjectSpan(text, { start: verb.start - own[1]!.length - 1, end: verb.start }, lex);
    return speaker === null ? null : { speaker, cue: { start: verb.start, end: verb.end }, lemma: lemma!, denial: lemma === "deny" };
  }
  // Right before a quote, a verb of the that-only list reports too: `The letter reads "..."`.
  const lemma = reportingLemma(verb, lex) ?? (verb.text === verb.lower ? finiteThatLemma(verb.lower, lex) ?? null : null);
  if (lemma === null) return null;
  let first = last;
  while (first > 0 && lex.auxiliaries.has(words[first - 1]!.lower)) first--;
  let speaker = subjectSpan(text, { start: regionStart, end: words[first]!.start }, lex);
  // `..., but he replied "...`: the last coordinated clause frames the quote.
  const coordinated = /.*, (?:and|but|or|so|yet) /.exec(text.slice(regionStart, words[first]!.start));
  if (speaker === null && coordinated !== null) speaker = subjectSpan(text, { start: regionStart + coordinated[0].length, end: words[first]!.start }, lex);
  if (speaker === null) return null;
  return { speaker, cue: { start: words[first]!.start, end: verb.end }, lemma, denial: lemma === "deny" };
}

const SPEAKER_STOP = /[,;.]\s|[,;.]?$| (?:to|in|at|on|during|after|before|while|which|who|as|from) /g;

/** Where an inverted speaker ends: a comma, a stop that is no title's (`Dr.`), or a following phrase. */
function speakerStop(rest: string, lex: Lexicons): number {
  SPEAKER_STOP.lastIndex = 0;
  for (let m = SPEAKER_STOP.exec(rest); m !== null; m = SPEAKER_STOP.exec(rest)) {
    if (m[0].startsWith(".") && m[0] !== ".") {
      const word = /([\p{L}]+)$/u.exec(rest.slice(0, m.index))?.[1]?.toLowerCase() ?? "";
      if (lex.titles.has(word) || lex.abbreviations.has(word) || word.length === 1) continue;
    }
    // `said two officials briefed on the matter`: a participle takes its phrase into the speaker.
    if (m[0].startsWith(" ") && /\p{Ll}[^e\s]ed$/u.test(rest.slice(Math.max(0, m.index - 12), m.index))) continue;
    return m.index;
  }
  return rest.length;
}

/**
 * `conceded defeat in a speech`: a singular common noun with no article and no name is an object, no
 * speaker (`said officials`, `said police`, `said spokeswoman Ann Roe` are speakers).
 */
function bareSingular(text: string, span: Span, lex: Lexicons): boolean {
  const words = wordsIn(text, span);
  const first = words[0];
  if (first === undefined || first.text !== first.lower || words.some((w) => /^\p{Lu}/u.test(w.text))) return false;
  return !isPlural(first.lower, lex) && !lex.subjectStarters.has(first.lower) && !lex.numberWords.has(first.lower) && !SUBJECT_PRONOUNS.has(first.lower);
}

/**
 * `said the policy mainly benefited higher earners`: a past form with an object after it is a verb,
 * so the words are a clause, not a speaker (`said two officials briefed on the talks` is one: a
 * participle before a preposition).
 */
function hasFiniteVerb(text: string, span: Span, lex: Lexicons): boolean {
  const words = wordsIn(text, span);
  // `said the plan failed`: a past form closing three words or more ends a clause; so does one after
  // a plain plural (`said sales rose`, `said profits jumped`).
  if (words.length >= 3 && isFiniteVerb(words[words.length - 1]!, lex)) return true;
  if (words.length === 2 && words[0]!.text === words[0]!.lower && isFiniteVerb(words[1]!, lex) && (lex.irregularPastVerbs.has(words[1]!.lower) || /[^s]s$/.test(words[0]!.lower))) return true;
  return words.some((w, k) => k > 0 && isFiniteVerb(w, lex) && words[k + 1] !== undefined && !CLAUSE_PREPOSITIONS.has(words[k + 1]!.lower));
}

/** The frame after a quote: `…," she said.` / `…," said Jan Roe, the council's leader.` */
export function attributionAfter(text: string, after: Span, lex: Lexicons): Attribution | null {
  const region = trimSpan(text, after, ",");
  const words = wordsIn(text, region).slice(0, 14);
  if (words.length === 0) return null;
  // Inverted (`said X`, `say officials`) only with a reporting form, not a noun (`state broadcaster TRT`).
  const firstLemma = words[0]!.lower !== reportingLemma(words[0]!, lex) || words[0]!.lower === "say" ? reportingLemma(words[0]!, lex) : null;
  if (firstLemma !== null) {
    // Inverted: `said X`, where X runs to the next comma or the end.
    const rest = text.slice(words[0]!.end, region.end);
    // `said Bolden to the gathered crowd`, `said the minister in a statement`: a phrase after the
    // speaker is not part of it.
    const stop = speakerStop(rest, lex);
    const speaker = subjectSpan(text, { start: words[0]!.end, end: words[0]!.end + stop }, lex);
    if (speaker === null || hasFiniteVerb(text, speaker, lex) || bareSingular(text, speaker, lex)) return null;
    return { speaker, cue: { start: words[0]!.start, end: words[0]!.end }, lemma: firstLemma, denial: firstLemma === "deny" };
  }
  // `..., the report found.`: a that-only verb ending the frame reports what came before it.
  const last = words[words.length - 1]!;
  const found = words.length >= 2 && last.end === region.end && last.text === last.lower ? finiteThatLemma(last.lower, lex) : undefined;
  // (`..., public broadcaster NHK projected,`: a medium reports its findings as a study does.)
  const evidence = words.slice(0, -1).some((w) => lex.evidenceNouns.has(w.lower) || lex.mediaWords.has(w.lower));
  // (A present form needs a study or figures before it: `..., the first penalty under the new digital
  // rules` ends on a noun, not a ruling.)
  if (found !== undefined && (evidence || (/^(?:the|a|an|its|their|his|her|\p{Lu})/u.test(words[0]!.text) && !/[^s]s$/.test(last.lower))) && !/\d/.test(text.slice(region.start, last.start))) {
    // (`..., a government survey has found.`: the auxiliaries before the verb are the cue's.)
    let first = words.length - 1;
    while (first > 1 && lex.auxiliaries.has(words[first - 1]!.lower) && words[first - 1]!.text === words[first - 1]!.lower) first--;
    const speaker = subjectSpan(text, { start: region.start, end: words[first]!.start }, lex);
    if (speaker !== null) return { speaker, cue: { start: words[first]!.start, end: last.end }, lemma: found, denial: false };
  }
  for (const hit of verbHits(text, words, lex)) {
    const speaker = subjectSpan(text, { start: region.start, end: hit.subjectEnd }, lex);
    if (speaker === null) return null;
    let extension = cueExtension(text, hit.after, lex);
    // `Whitfield told supporters in Las Vegas`: a generic audience stays in the cue, as in `told reporters`.
    if (extension === null && hit.lemma === "tell") {
      // (`told cheering supporters`: an adjective in -ing may stand before it.)
      // (`told the crowd`: so is the one gathered to hear, as g32 has it; `told the court` names its hearer.)
      const audience = gatheredAudience(text, hit.after, region.end, lex) ?? /^ (?:\p{Ll}+ing )?(\p{Ll}+)(?=$|[ ,.;:!?])/u.exec(text.slice(hit.after, Math.min(region.end, hit.after + 40)));
      if (audience !== null && ((/s$/.test(audience[1]!) && !/ss$/.test(audience[1]!)) || lex.irregularPlurals.has(audience[1]!) || audience[0].startsWith(" the ") || lex.demonyms.has(audience[1]!))) {
        extension = hit.after + audience[0].length;
        // (`told jurors in her closing argument`: the medium after the audience is the cue's too.)
        extension = phraseAt(text, extension, lex.cueExtensions) ?? extension;
      }
    }
    return { speaker, cue: { start: hit.cue.start, end: extension ?? hit.after }, lemma: hit.lemma, denial: hit.lemma === "deny" };
  }
  return null;
}
