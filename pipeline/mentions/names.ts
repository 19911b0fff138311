// Names of people, organisations and places, by rules over capitalization: runs of capitalised
// words (with `of`/`for`/`on` inside organisation and place names), titles stripped and taken as a
// sign of a person, organisation and place words at the end, gazetteers (places, organisations,
// demonyms), and propagation within the document: once `Khan Younis` is a place it is a place
// everywhere in the document, and a surname stands for the fullest name that ends in it.
import type { Sentence, Span } from "../doc.js";
import type { Lexicons } from "../lexicons/load.js";

export type NameType = "person" | "organization" | "place";

export interface Name extends Span {
  sentence: number;
  type: NameType;
  /** The fullest name of the entity in the document; for a demonym, its place. */
  canonical: string;
  related: boolean;
}

interface Token extends Span {
  text: string;
}

// Words, with initials and acronyms keeping their inner periods (`U.S`; the last one is added back).
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&-]*[\p{L}\p{N}])?/gu;
const CAPITALISED = /^\p{Lu}/u;
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
const POSSESSIVE = /['’]s?$/;
const INNER_CONNECTORS = new Set(["of", "for", "on", "de", "del", "da", "di", "van", "von", "der", "bin", "al", "la", "le", "du"]);
// Capitalised words that are not names wherever they stand.
const PRONOUNS = new Set(["i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "this", "that", "these", "those"]);
const PLACE_PREPOSITIONS = new Set(["in", "near", "across"]);

/** How sure the words alone make a name's type: gazetteers, titles and name words are strong. */
const NONE = 0 as const;
const WEAK = 1 as const;
const STRONG = 2 as const;
type Candidate = Name & {
  evidence: typeof NONE | typeof WEAK | typeof STRONG;
  /** After `in`, `at`, `from`, `to`: where a place name stands. */
  afterPreposition: boolean;
};
const LOCATIVE = new Set(["in", "at", "from", "to", "near", "across", "outside", "inside", "into"]);

function tokensOf(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const slice = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    let word = m[0];
    const start = span.start + m.index;
    // `U.S.`: the final period belongs to the initials.
    if (INITIALS.test(word) && text[start + word.length] === ".") word += ".";
    out.push({ start, end: start + word.length, text: word });
  }
  return out;
}

const bare = (word: string) => word.replace(POSSESSIVE, "");
const lower = (word: string) => word.toLowerCase().replace(/\.$/, "");

/** A sentence start: the first word, or the first after an opening quote, colon or dash. */
function startsClause(text: string, sentence: Span, token: Token): boolean {
  // Looks back only over white space and opening marks, so long sentences cost no more per word.
  for (let i = token.start - 1; i >= sentence.start; i--) {
    const c = text[i]!;
    if (c === ":" || c === '"' || c === "“") return true;
    if (!/[\s‘'(\[—–-]/.test(c)) return false;
  }
  return true;
}

interface Run {
  tokens: Token[];
  sentence: number;
  clauseStart: boolean;
  /** The word before the run, lowercase (`in`, `at`). */
  previous: string | null;
  titled: boolean;
}

/** Runs of capitalised words in each sentence, titles split off the front. */
function runsIn(text: string, sentences: readonly Sentence[], lex: Lexicons): Run[] {
  const runs: Run[] = [];
  sentences.forEach((sentence, index) => {
    const tokens = tokensOf(text, sentence);
    let i = 0;
    while (i < tokens.length) {
      if (!CAPITALISED.test(tokens[i]!.text)) {
        i++;
        continue;
      }
      const run: Token[] = [tokens[i]!];
      let j = i + 1;
      for (; j < tokens.length; j++) {
        const token = tokens[j]!;
        const gap = text.slice(tokens[j - 1]!.end, token.start);
        if (!/^ ?$/.test(gap.replace(/^\./, ""))) break;
        if (/['’]s$/.test(tokens[j - 1]!.text)) break;
        if (CAPITALISED.test(token.text)) {
          run.push(token);
          continue;
        }
        // `University of Southern Indiana`, `Council on Foreign Relations`, `Osama bin Laden`.
        const next = tokens[j + 1];
        const connector = INNER_CONNECTORS.has(token.text);
        const after = next !== undefined && CAPITALISED.test(next.text) && text.slice(token.end, next.start) === " ";
        const head = lower(bare(run[run.length - 1]!.text));
        const joins = token.text === "of" || token.text === "for" || token.text === "on" ? lex.organizationWords.has(head) || lex.placeWords.has(head) : connector;
        if (connector && after && joins) {
          run.push(token, next!);
          j++;
          continue;
        }
        break;
      }
      const previous = i > 0 ? tokens[i - 1]!.text.toLowerCase() : null;
      let first = 0;
      const clauseStart = startsClause(text, sentence, tokens[i]!);
      // Leading function words are not part of the name; nor are leading titles, unless the words
      // make an organisation or a place (`Health Ministry`, where `Health` would read as a title).
      while (first < run.length) {
        const word = lower(run[first]!.text);
        if ((first === 0 && clauseStart && lex.sentenceStarters.has(word)) || word === "the" || lex.calendarWords.has(word)) first++;
        else break;
      }
      const rest = run.slice(first).map((t) => t.text);
      const institutional = rest.length > 1 && typeByWords(rest.join(" "), rest, lex) !== null;
      let titled = false;
      while (!institutional && first < run.length) {
        const word = lower(run[first]!.text);
        const nextIsTitle = first + 1 < run.length && (lex.personTitles.has(lower(run[first + 1]!.text)) || lex.titles.has(lower(run[first + 1]!.text)));
        // `Israeli Prime Minister Benjamin Netanyahu`, `U.S. President Joe Biden`: the demonym or the
        // place before a title is a mention of its own.
        const known = lex.places.has(run[first]!.text) || lex.organizations.has(run[first]!.text) || ACRONYM.test(run[first]!.text);
        if (first + 1 < run.length && (lex.demonyms.has(run[first]!.text) || (nextIsTitle && known))) {
          runs.push({ tokens: [run[first]!], sentence: index, clauseStart: false, previous: null, titled: false });
          first++;
        } else if (lex.personTitles.has(word) || lex.titles.has(word)) {
          titled = true;
          first++;
        } else if (word === "the") first++;
        else break;
      }
      let last = run.length;
      while (last > first && lex.calendarWords.has(lower(run[last - 1]!.text))) last--;
      while (last > first && INNER_CONNECTORS.has(run[last - 1]!.text)) last--;
      // `... Elizabeth Quat In the New Territories`: a capitalised function word ends no name.
      while (last > first && lex.sentenceStarters.has(run[last - 1]!.text.toLowerCase()) && run[last - 1]!.text !== run[last - 1]!.text.toUpperCase()) last--;
      const kept = run.slice(first, last);
      if (kept.length > 0) runs.push({ tokens: kept, sentence: index, clauseStart: clauseStart && first === 0, previous: first === 0 ? previous : lower(run[first - 1]!.text), titled });
      i = j;
    }
  });
  return runs;
}

function typeByWords(name: string, words: string[], lex: Lexicons): NameType | null {
  if (lex.organizations.has(name)) return "organization";
  if (lex.places.has(name)) return "place";
  const last = lower(words[words.length - 1]!);
  if (lex.placeWords.has(last)) return "place";
  if (lex.organizationWords.has(last) || lex.mediaWords.has(last) || words.some((w) => lex.organizationWords.has(lower(w)) && !lex.placeWords.has(lower(w)))) return "organization";
  return null;
}

/** Every name in the sentences, typed, with the fullest name of its entity. */
export function findNames(text: string, sentences: readonly Sentence[], lex: Lexicons): Name[] {
  const runs = runsIn(text, sentences, lex);
  // Words seen capitalised away from a sentence start: evidence that a word is a name.
  const seenInside = new Set<string>();
  for (const run of runs) run.tokens.forEach((t, k) => (k > 0 || !run.clauseStart) && seenInside.add(bare(t.text)));
  // Words the text writes in lower case somewhere: common nouns, not surnames.
  const lowercaseWords = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]*/gu)) lowercaseWords.add(m[0]);
  // How often each lone word stands capitalised inside a sentence: names recur.
  const insideCounts = new Map<string, number>();
  for (const run of runs) if (run.tokens.length === 1 && !run.clauseStart) insideCounts.set(bare(run.tokens[0]!.text), (insideCounts.get(bare(run.tokens[0]!.text)) ?? 0) + 1);

  const names: Candidate[] = [];
  for (const run of runs) {
    const words = run.tokens.map((t) => t.text);
    words[words.length - 1] = bare(words[words.length - 1]!);
    const start = run.tokens[0]!.start;
    const end = run.tokens[run.tokens.length - 1]!.start + words[words.length - 1]!.length;
    const written = text.slice(start, end);
    if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) continue;
    const demonym = lex.demonyms.get(written);
    if (demonym !== undefined) {
      names.push({ start, end, sentence: run.sentence, type: "place", canonical: demonym, related: true, evidence: STRONG, afterPreposition: false });
      continue;
    }
    let type = typeByWords(written, words, lex);
    let evidence: Candidate["evidence"] = type === null ? NONE : STRONG;
    if (type === null && run.titled) {
      type = "person";
      evidence = STRONG;
    }
    if (type === null && words.length === 1) {
      const word = words[0]!;
      // A lone capitalised word opening a sentence is a name only if the text capitalises it elsewhere.
      if (run.clauseStart && !seenInside.has(word)) continue;
      // Weak evidence: the same name decided elsewhere, or a surname, comes first.
      if (ACRONYM.test(word) || INITIALS.test(word.replace(/\.$/, ""))) type = "organization";
      else if (run.previous !== null && PLACE_PREPOSITIONS.has(run.previous)) type = "place";
      // A capitalised word inside a sentence that nothing else explains is most often a person.
      if (type === null && !run.clauseStart && (insideCounts.get(word) ?? 0) >= 2) type = "person";
      if (type !== null) evidence = WEAK;
    }
    // Two to four capitalised words are a person's name, unless the last one is a common noun the
    // text also writes in lower case (`Space Shuttle` beside `the shuttle`).
    if (type === null && words.length >= 2 && words.length <= 4 && words.every((w) => CAPITALISED.test(w) || INNER_CONNECTORS.has(w)) && !lowercaseWords.has(words[words.length - 1]!.toLowerCase())) type = "person";
    if (type === null && words.length >= 2 && lowercaseWords.has(words[words.length - 1]!.toLowerCase())) continue;
    if (type === null) {
      names.push({ start, end, sentence: run.sentence, type: "person", canonical: written, related: false, evidence: NONE, afterPreposition: LOCATIVE.has(run.previous ?? "") });
      continue;
    }
    names.push({ start, end, sentence: run.sentence, type, canonical: written, related: false, evidence, afterPreposition: LOCATIVE.has(run.previous ?? "") });
  }
  return propagate(names);
}

/**
 * One type per name in a document, and surnames to the fullest name ending in them. A name whose
 * type nothing decided takes the type of the same name decided elsewhere, or of the person whose
 * surname it is; if nothing decides it at all, it is dropped rather than guessed.
 */
function propagate(names: Candidate[]): Name[] {
  const decidedType = new Map<string, NameType>();
  for (const n of names) if (n.evidence === STRONG && !n.related && !decidedType.has(n.canonical)) decidedType.set(n.canonical, n.type);
  // The fullest person name by its last word, for surnames.
  const bySurname = new Map<string, string>();
  for (const n of names) {
    if (n.related || n.type !== "person" || !n.canonical.includes(" ")) continue;
    const surname = n.canonical.slice(n.canonical.lastIndexOf(" ") + 1);
    const best = bySurname.get(surname);
    if (best === undefined || n.canonical.length > best.length) bySurname.set(surname, n.canonical);
  }
  const fullest = (surname: string): string | null => bySurname.get(surname) ?? null;
  const out: Name[] = [];
  for (const n of names) {
    if (n.related) {
      out.push(strip(n));
      continue;
    }
    // `Paris said` in a story about Valeska Paris: a surname, unless it stands where places do.
    const surnameOf = n.canonical.includes(" ") ? null : fullest(n.canonical);
    if (surnameOf !== null && n.type === "place" && !n.afterPreposition) {
      out.push(strip({ ...n, type: "person", canonical: surnameOf }));
      continue;
    }
    const known = decidedType.get(n.canonical);
    if (known !== undefined) {
      out.push(strip({ ...n, type: known }));
      continue;
    }
    const full = n.canonical.includes(" ") ? null : fullest(n.canonical);
    if (full !== null && (decidedType.get(full) ?? "person") === "person") {
      out.push(strip({ ...n, type: "person", canonical: full }));
      continue;
    }
    if (n.evidence !== NONE || n.canonical.includes(" ")) out.push(strip(n));
  }
  return out;
}

const strip = ({ evidence: _evidence, afterPreposition: _after, ...name }: Candidate): Name => name;
