// Names of people, organisations and places, by rules over capitalization: runs of capitalised
// words (with `of`/`for`/`on` inside organisation and place names), titles stripped and taken as a
// sign of a person, organisation and place words at the end, gazetteers (places, organisations,
// demonyms), and propagation within the document: once `Khan Younis` is a place it is a place
// everywhere in the document, and a surname stands for the fullest name that ends in it.
import type { Name, Sentence, Span } from "../doc.js";
import type { Lexicons } from "../lexicons/load.js";
import { isReportingPast } from "../claims/words.js";

export type NameType = Name["type"];
export type { Name };

interface Token extends Span {
  text: string;
}

// Words, with initials and acronyms keeping their inner periods (`U.S`; the last one is added back),
// and an acronym its plus (`OPEC+`).
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&-]*[\p{L}\p{N}])?\+?/gu;
const CAPITALISED = /^\p{Lu}/u;
const LOWERCASE_START = /^\p{Ll}/u;
// The tests run on every word of every sentence: ASCII letters are told by their code, the rest by the patterns.
const capitalised = (word: string): boolean => {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITALISED.test(word);
};
const lowercaseStart = (word: string): boolean => {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWERCASE_START.test(word);
};
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const ACRONYM = /^\p{Lu}{2,6}(?:s|\+)?$/u;
// A one-syllable surname and a hyphenated given name: `Cheng Chung-tai`, `Lee Cheuk-yan`.
const CHINESE_NAME = /^\p{Lu}\p{Ll}{1,5} \p{Lu}\p{Ll}{1,5}-\p{L}\p{Ll}{1,4}$/u;
const POSSESSIVE = /['’]s?$/;
const LEGAL_SUFFIX = /^(?:plc|ltd|inc)$/;
// `I’m`, `I’ve`: a pronoun with its verb.
const CONTRACTION = /^I['’](?:m|ve|ll|d)$/;
// Words in lower case that join a name's capitalised words: an institution's connectors, and a person's
// surname particles (a lexicon).
const BODY_CONNECTORS = new Set(["of", "for", "on"]);
const joinsName = (word: string, lex: Lexicons) => BODY_CONNECTORS.has(word) || lex.surnameParticles.has(word);
// Capitalised words that are not names wherever they stand.
const PRONOUNS = new Set(["i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "this", "that", "these", "those"]);
const PLACE_PREPOSITIONS = new Set(["in", "near", "across"]);
// Surname particles as some families write them, capitalised inside the name (`Le Pen`, `Van Persie`).
const PERSON_AFTER = /^, (?:who |\d{1,3},)/;
const CAPITALISED_PARTICLES = new Set(["Da", "De", "Del", "Des", "Di", "Dos", "Du", "La", "Le", "Van", "Von"]);

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
    // Only an acronym keeps a plus (`OPEC+`).
    if (word.endsWith("+") && !/\p{Lu}\+$/u.test(word)) word = word.slice(0, -1);
    // `U.S.`: the final period belongs to the initials.
    if (INITIALS.test(word) && text[start + word.length] === ".") word += ".";
    out.push({ start, end: start + word.length, text: word });
  }
  return out;
}

const bare = (word: string) => (word.endsWith("s") || word.endsWith("'") || word.endsWith("’") ? word.replace(POSSESSIVE, "") : word);
const lower = (word: string) => (word.endsWith(".") ? word.slice(0, -1) : word).toLowerCase();

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

/**
 * `Alzheimer's Association`, `Parkinson's UK`: a surname-like word no dictionary, gazetteer or
 * given-name list holds, whose possessive names a body.
 */
function eponym(word: string, lex: Lexicons): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !lex.englishWords.has(word.toLowerCase()) && !lex.places.has(word) && !lex.organizations.has(word) && !lex.demonyms.has(word) && !lex.givenNames.has(word);
}

/** Whether the run's last word came after a connector: `Centre for Control`, `Council for the Welfare`. */
function afterConnector(run: readonly Token[], lex: Lexicons): boolean {
  const before = run[run.length - 2]?.text;
  return before !== undefined && (joinsName(before, lex) || (before === "the" && joinsName(run[run.length - 3]?.text ?? "", lex)));
}

/**
 * Where `and` and the capitalised words after it end, when they finish an organisation or a place
 * whose first words are no name of their own (`National Air and Space Museum`), else -1. Two whole
 * names stay two (`Smith College and Harvard University`, `Britain and France`, `... and United States`).
 */
function institutionAfterAnd(text: string, tokens: readonly Token[], and: number, run: readonly Token[], lex: Lexicons): number {
  let end = and + 1;
  while (end < tokens.length && capitalised(tokens[end]!.text) && text.slice(tokens[end - 1]!.end, tokens[end]!.start) === " ") end++;
  if (end === and + 1 || run.length > 3) return -1;
  const last = lower(bare(tokens[end - 1]!.text));
  const tail = text.slice(tokens[and + 1]!.start, tokens[end - 1]!.end);
  if ((!lex.organizationWords.has(last) && !lex.placeWords.has(last)) || lex.places.has(tail) || lex.organizations.has(tail)) return -1;
  // (`U.S. Food and Drug Administration`: an owner's place before the first words is no name of theirs.)
  const written = run.map((t) => t.text);
  const left = written.length > 1 && (lex.places.has(written[0]!) || INITIALS.test(written[0]!.replace(/\.$/, ""))) ? written.slice(1) : written;
  const leftLast = lower(left[left.length - 1]!);
  if (lex.organizationWords.has(leftLast) || lex.placeWords.has(leftLast) || lex.givenNames.has(left[0]!) || ACRONYM.test(left[left.length - 1]!)) return -1;
  return typeByWords(left.join(" "), left, lex) === null && !lex.demonyms.has(left[0]!) ? end : -1;
}

/** `The Ministry of Economy, Trade and Industry`, whole: a portfolio head's name with its list (for a frame's subject, which a comma would cut). */
export function isPortfolioName(written: string, lex: Lexicons): boolean {
  const name = PORTFOLIO_NAME.exec(written);
  return name !== null && lex.portfolioHeads.has(name[1]!.toLowerCase());
}
/** One portfolio of a list: one to three capitalised words (`Human Services`). */
const PORTFOLIO = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}`;
const PORTFOLIO_NAME = new RegExp(`^(?:The )?(\\p{Lu}\\p{Ll}+) (?:of|for) ${PORTFOLIO}(?:, ${PORTFOLIO}){0,4},? and ${PORTFOLIO}$`, "u");

/** A list of one to three capitalised words, then `, ` or ` and ` and the next, ending with `and` and a last item. */
const PORTFOLIO_LIST = new RegExp(`^(?:, ${PORTFOLIO}){0,4},? and (?!the\\b)${PORTFOLIO}(?![\\p{L}\\p{N}'’-]| \\p{Lu}| of\\b)`, "u");

/**
 * Where a portfolio list after `<head> of <word>` ends (`Department of Health and Human Services`,
 * `Ministry of Economy, Trade and Industry`), as a token index, else -1. `at` is the token after the
 * run (after its comma, or `and`). A last item that is a name of its own (`Bank of America and Wells
 * Fargo` has no portfolio head; `... and Cambridge University` is a place's institution) stays apart.
 */
function portfolioListEnd(text: string, tokens: readonly Token[], at: number, run: readonly Token[], lex: Lexicons): number {
  let head = run[0]?.text === "The" ? 1 : 0;
  // (`Africa Centres for Disease Control and Prevention`, `U.S. Centers for ...`: an owner's place before the head.)
  const owner = run[head]?.text ?? "";
  if (!lex.portfolioHeads.has(lower(owner)) && (lex.places.has(owner) || lex.demonyms.has(owner) || INITIALS.test(owner.replace(/\.$/, "")))) head++;
  const connector = run[head + 1]?.text;
  if (run.length < head + 3 || (connector !== "of" && connector !== "for") || !lex.portfolioHeads.has(lower(run[head]!.text))) return -1;
  const from = run[run.length - 1]!.end;
  const list = PORTFOLIO_LIST.exec(text.slice(from, from + 160));
  if (list === null) return -1;
  const end = from + list[0].length;
  const last = list[0].slice(list[0].lastIndexOf(" and ") + 5);
  const lastWords = last.split(" ");
  // (`Human Services` is a portfolio; `Cambridge University`, after a place, is an institution.)
  const institution = lex.organizationWords.has(lastWords[lastWords.length - 1]!.toLowerCase()) && lastWords.some((w) => lex.places.has(w) || lex.demonyms.has(w));
  if (institution || lex.places.has(last) || lex.organizations.has(last) || lastWords.some((w) => lex.personTitles.has(w.toLowerCase()) || lex.givenNames.has(w))) return -1;
  let k = at;
  while (k < tokens.length && tokens[k]!.end <= end) k++;
  return tokens[k - 1]?.end === end ? k : -1;
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
function runsIn(text: string, sentences: readonly Sentence[], lex: Lexicons, lowercaseWords: Map<string, number>): Run[] {
  const runs: Run[] = [];
  sentences.forEach((sentence, index) => {
    const tokens = tokensOf(text, sentence);
    for (const token of tokens) if (lowercaseStart(token.text)) lowercaseWords.set(token.text, (lowercaseWords.get(token.text) ?? 0) + 1);
    let i = 0;
    while (i < tokens.length) {
      if (!capitalised(tokens[i]!.text)) {
        i++;
        continue;
      }
      const run: Token[] = [tokens[i]!];
      let j = i + 1;
      for (; j < tokens.length; j++) {
        const token = tokens[j]!;
        const gap = text.slice(tokens[j - 1]!.end, token.start);
        // `Ministry of Economy, Trade and Industry`: a portfolio list goes on to its `and`.
        const listEnd = gap === ", " || (token.text === "and" && gap === " ") ? portfolioListEnd(text, tokens, j, run, lex) : -1;
        if (listEnd !== -1) {
          run.push(...tokens.slice(j, listEnd).filter((t) => capitalised(t.text) || t.text === "and"));
          j = listEnd - 1;
          continue;
        }
        // A possessive ends a name (`Microsoft's Windows`), unless a plural (`Korean People's Army`,
        // `Workers' Party`), a title's office (`Los Angeles Sheriff's Department`) or a title's place
        // (`King's Lynn`, `Queen's Park`) makes the name.
        const possessive = /['’]s$/.test(tokens[j - 1]!.text);
        const possessor = possessive ? tokens[j - 1]!.text.slice(0, -2).toLowerCase() : "";
        const possessiveInName =
          capitalised(token.text) &&
          (((gap === "' " || gap === "’ ") && tokens[j - 1]!.text.endsWith("s")) ||
            (gap === " " && possessive && (lex.irregularPlurals.has(possessor) || ((lex.personTitles.has(possessor) || lex.titles.has(possessor) || eponym(tokens[j - 1]!.text.slice(0, -2), lex)) && lex.organizationWords.has(token.text.toLowerCase())) || lex.possessiveNameTitles.has(possessor))));
        // `Cerelyn "CJ" Davis`: a one-word nickname in quotes after a first name goes on to the surname.
        const closing = tokens[j + 1];
        if (/^ ["“]$/.test(gap) && !lex.organizationWords.has(lower(run[run.length - 1]!.text)) && capitalised(token.text) && token.text.length <= 10 && closing !== undefined && /^["”] $/.test(text.slice(token.end, closing.start)) && capitalised(closing.text)) {
          run.push(token, closing);
          j++;
          continue;
        }
        // `Pacific Gas & Electric Co.`: an ampersand between capitalised words joins them.
        const joined = gap === " " || gap === "" || gap === "." || gap === ". " || (gap === " & " && capitalised(token.text)) || possessiveInName;
        if (!joined || (possessive && !possessiveInName)) break;
        if (capitalised(token.text)) {
          run.push(token);
          continue;
        }
        // `National Air and Space Museum`: `and` joins words that are no name yet to the words that end one.
        const andEnd = token.text === "and" && gap === " " ? institutionAfterAnd(text, tokens, j, run, lex) : -1;
        if (andEnd !== -1) {
          run.push(...tokens.slice(j, andEnd));
          j = andEnd - 1;
          continue;
        }
        // `University of Southern Indiana`, `Council on Foreign Relations`, `Osama bin Laden`.
        const next = tokens[j + 1];
        const connector = joinsName(token.text, lex);
        const after = next !== undefined && capitalised(next.text) && text.slice(token.end, next.start) === " ";
        // `Centre for Control of Iodine Deficiency Disorders`: once an organisation word has joined
        // a connector, the name goes on through the next.
        const head = lower(bare(run[run.length - 1]!.text));
        // Not on to a place of its own: `University of Sheffield of the UK`.
        const named = next?.text === "the" ? tokens[j + 2] : next;
        // (`Centers for Disease Control`: a plural head too.)
        // (`Directorate General of Health Services`: `General` after an organisation word is the head's.)
        const institution =
          lex.organizationWords.has(head) ||
          (head === "general" && run.length >= 2 && lex.organizationWords.has(lower(bare(run[run.length - 2]!.text)))) ||
          lex.placeWords.has(head) ||
          (head.endsWith("s") && (lex.organizationWords.has(head.slice(0, -1)) || lex.placeWords.has(head.slice(0, -1)))) ||
          (afterConnector(run, lex) && run.some((t) => lex.organizationWords.has(lower(t.text)) || lex.placeWords.has(lower(t.text))) && named !== undefined && !lex.places.has(named.text));
        const joins = token.text === "of" || token.text === "for" || token.text === "on" ? institution : connector;
        if (connector && after && joins) {
          run.push(token, next!);
          j++;
          continue;
        }
        // `Foundation for the Visual Arts`, `University of the Witwatersrand`; `Ursula von der Leyen`.
        const third = tokens[j + 2];
        const article = next?.text === "the" || (token.text !== "of" && token.text !== "for" && token.text !== "on" && next !== undefined && joinsName(next.text, lex));
        if (connector && joins && article && third !== undefined && capitalised(third.text) && text.slice(token.end, third.start) === ` ${next!.text} `) {
          run.push(token, next, third);
          j += 2;
          continue;
        }
        break;
      }
      // `Aldwych Motors plc`: a company's legal suffix written in lower case closes its name.
      const suffix = tokens[j];
      if (suffix !== undefined && LEGAL_SUFFIX.test(suffix.text) && text.slice(tokens[j - 1]!.end, suffix.start) === " ") {
        run.push(suffix);
        j++;
      }
      const previous = i > 0 ? tokens[i - 1]!.text.toLowerCase() : null;
      let first = 0;
      const clauseStart = startsClause(text, sentence, tokens[i]!);
      // Leading function words are not part of the name; nor are leading titles, unless the words
      // make an organisation or a place (`Health Ministry`, where `Health` would read as a title).
      // A calendar word opens no name, unless the words make an organisation (`Local Government Association`).
      // Asked only when a calendar word stands among the first words, so most runs never pay for it.
      const whole = run.map((t) => t.text);
      const calendarKept = run.length > 1 && run.slice(0, 3).some((t) => lex.calendarWords.has(lower(t.text))) && typeByWords(whole.join(" "), whole, lex) !== null;
      while (first < run.length) {
        const word = lower(run[first]!.text);
        // (`WHO Director-General ...`: an acronym is no sentence starter.)
        const acronym = run[first]!.text.length > 1 && ACRONYM.test(run[first]!.text);
        if ((first === 0 && clauseStart && (lex.sentenceStarters.has(word) || lex.nameDescriptors.has(word)) && !acronym) || word === "the" || (lex.calendarWords.has(word) && !calendarKept && !givenBeforeSurname(run, first, lex)) || lex.numberWords.has(word)) first++;
        else break;
      }
      const rest = run.slice(first).map((t) => t.text);
      const institutional = rest.length > 1 && typeByWords(rest.join(" "), rest, lex) !== null;
      let titled = false;
      // (`Environment Canada`, `Health Canada`: a portfolio's word before a place alone names the
      // place's department, no titled person.)
      const department = isDepartment(run.slice(first).map((t) => t.text), lex);
      // (`Australian Energy Producers`: a title's word before a plural noun, with no given name, is a
      // body's word and the demonym stays in its name; three words at least, as `Mr Rogers` and
      // `Professor Burrows` are people by a surname like a plural.)
      const lastWord = run[run.length - 1]!.text;
      const pluralBody = run.length - first >= 3 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(lastWord) && lex.englishWords.has(lastWord.toLowerCase().slice(0, -1)) && !lex.places.has(lastWord) && !run.some((t) => lex.givenNames.has(t.text));
      while (!institutional && !department && !pluralBody && first < run.length) {
        const word = lower(run[first]!.text);
        const nextIsTitle = first + 1 < run.length && isTitle(run[first + 1]!.text, lex);
        // `Israeli Prime Minister Benjamin Netanyahu`, `U.S. President Joe Biden`: the demonym or the
        // place before a title is a mention of its own.
        const known = lex.places.has(run[first]!.text) || lex.organizations.has(run[first]!.text) || ACRONYM.test(run[first]!.text);
        // (`American Red Cross`, `Palestinian Authority`: before other words a demonym is the name's own.)
        if (first + 1 < run.length && nextIsTitle && (lex.demonyms.has(run[first]!.text) || known)) {
          runs.push({ tokens: [run[first]!], sentence: index, clauseStart: false, previous: null, titled: false });
          first++;
        } else if (isTitle(word, lex) || (lex.postnominals.has(run[first]!.text) && first + 1 < run.length)) {
          // (`Local MSP Alasdair Grant`: a member's letters stand before the name too.)
          titled = true;
          first++;
        } else if (word === "the") first++;
        else break;
      }
      let last = run.length;
      // `Nicholas Dean KC`, `Jane Roe MP`: letters after a name are no part of it.
      // (After a given name only: `an Ottawa New Democrat MP` is a member, no one's letters.)
      while (last - first > 2 && lex.postnominals.has(run[last - 1]!.text) && lex.givenNames.has(run[first]!.text)) last--;
      // (`Smith Monday`, `Reuters GMT`; but a time zone that is also a place ends a name: `DP Pacific`.)
      while (last > first && lex.calendarWords.has(lower(run[last - 1]!.text)) && !lex.places.has(run[last - 1]!.text)) last--;
      while (last > first && (joinsName(run[last - 1]!.text, lex) || run[last - 1]!.text === "I")) last--;
      // `... Elizabeth Quat In the New Territories`: a capitalised function word ends no name, unless
      // it ends the phrase as a surname does (`by James To.`, `James To of the Democratic Party`).
      const endsPhrase = last === run.length && last - first >= 2 && /^(?:[.,;:)]|$| of )/.test(text.slice(run[last - 1]!.end, run[last - 1]!.end + 4));
      // An organisation word closing several words is the organisation's own (`Thames Valley Police said`).
      const closesInstitution = (k: number) => k - first >= 2 && lex.organizationWords.has(lower(run[k - 1]!.text));
      while (!endsPhrase && last > first && lex.sentenceStarters.has(run[last - 1]!.text.toLowerCase()) && run[last - 1]!.text !== run[last - 1]!.text.toUpperCase() && !closesInstitution(last)) last--;
      // `Senate Majority Leader Chuck Schumer`, `Butte County Sheriff Kory Honea`: after the last
      // title stand the person's names, unless they make an organisation or a place.
      for (let t = last - 2; t >= first && !pluralBody; t--) {
        const title = run[t]!.text;
        if (!capitalised(title) || !isTitle(title, lex)) continue;
        const after = run.slice(t + 1, last).map((x) => x.text);
        // (`Ministry of Foreign Affairs`: a title's word after `of` is the institution's, unless a
        // person's name follows it: `Secretary of State Antony Blinken`.)
        if (t > first && joinsName(run[t - 1]!.text, lex) && after.length < 2 && !lex.givenNames.has(after[0] ?? "")) continue;
        // `Chief Executive Elliott Hill`: after a title, a given name makes a person of a surname
        // that is also a place word.
        // (Not a body's word: `Queen Elizabeth Hospital`.)
        const surname = lower(after[after.length - 1]!);
        const personAfterTitle = after.length >= 2 && after.length <= 3 && lex.givenNames.has(after[0]!) && lex.placeWords.has(surname) && !lex.organizationWords.has(surname);
        // (`President Ursula von der Leyen`: a surname's particles are in lower case.)
        if (after.every((x, k) => capitalised(x) || (k > 0 && joinsName(x, lex))) && capitalised(after[after.length - 1]!) && (typeByWords(after.join(" "), after, lex) === null || personAfterTitle)) {
          const prefix = run.slice(first, t);
          const known = prefix.length > 0 && (lex.places.has(prefix.map((x) => x.text).join(" ")) || lex.organizations.has(prefix.map((x) => x.text).join(" ")));
          if (known) runs.push({ tokens: prefix, sentence: index, clauseStart: clauseStart && first === 0, previous: first === 0 ? previous : lower(run[first - 1]!.text), titled: false });
          first = t + 1;
          titled = true;
        }
        break;
      }
      // `Scientologist Tom Cruise`, `Nonpartisan Paul Tse`: the name starts at its given name; a
      // known organisation or place in front is a mention of its own (`Washington Chris Gregoire`,
      // `Refugee Council Enver Solomon`, where no word after the given name makes an organisation).
      // (`A. Revanth Reddy`, `K.T. Rama Rao`: initials open the name itself; not before a title:
      // `U.N. Secretary-General Antonio Guterres`.)
      const opensWithInitials = () => isInitials(text, run[first]!.text, run[first]!.start) && !isTitle(run[first + 1]!.text, lex);
      if (last - first >= 3 && !lex.givenNames.has(run[first]!.text) && !opensWithInitials()) {
        let given = run.findIndex((t, k) => k > first && k <= last - 2 && lex.givenNames.has(t.text));
        // (`Abba Isa Tijani`: one unknown word before a given name and a surname is a first name the
        // list lacks, unless it reads as a descriptor: a known place or body, a role or title, or a word
        // with a descriptor's ending: `Scientologist`, `Democrat`, `Councilmember`.)
        if (given === first + 1 && last - first === 3) {
          const word = run[first]!.text;
          const lowered = word.toLowerCase();
          const descriptor = lex.places.has(word) || lex.organizations.has(word) || lex.demonyms.has(word) || lex.roleNouns.has(lowered) || lex.personTitles.has(lowered) || /(?:ist|ian|an|ic|ive|al|er|or|at|ent)$/.test(word) || lowercaseWords.has(lowered);
          if (!descriptor) given = -1;
        }
        if (given !== -1 && institutional) {
          const person = run.slice(given, last).map((t) => t.text);
          if (typeByWords(person.join(" "), person, lex) !== null) given = -1;
        }
        if (given !== -1) {
          const prefix = run.slice(first, given).map((t) => t.text);
          if (typeByWords(prefix.join(" "), prefix, lex) !== null) runs.push({ tokens: run.slice(first, given), sentence: index, clauseStart: clauseStart && first === 0, previous: first === 0 ? previous : lower(run[first - 1]!.text), titled: false });
          first = given;
          titled = true;
        }
      }
      const kept = run.slice(first, last);
      // (`Former Everton striker Kevin Campbell`: one word after a title, before a role and a person's
      // name, is the body the person serves, not a titled person.)
      if (titled && kept.length === 1 && beforeOfficer(text, kept[0]!.end, lex)) titled = false;
      // (`the local MP, Helen Marsh,`: a member's letters alone after a lower-case word are a role, no name.)
      const memberRole = kept.length === 1 && first === 0 && lex.postnominals.has(kept[0]!.text) && i > 0 && lowercaseStart(tokens[i - 1]!.text);
      if (kept.length > 0 && !memberRole) runs.push({ tokens: kept, sentence: index, clauseStart: clauseStart && first === 0, previous: first === 0 ? previous : lower(run[first - 1]!.text), titled });
      i = j;
    }
  });
  return runs;
}

/** `Jan De Wolf`: a calendar word that is also a given name, written before a capitalised surname. */
function givenBeforeSurname(run: readonly Token[], at: number, lex: Lexicons): boolean {
  const next = run[at + 1];
  return next !== undefined && lex.calendarGivenNames.has(run[at]!.text) && !lex.calendarWords.has(lower(next.text));
}

/** `Ticketmaster said`, `Nike has announced`: a reporting verb, perhaps after an auxiliary, right after the offset. */
function reportsAfter(text: string, end: number, lex: Lexicons): boolean {
  const verb = /^ (?:(?:has|have|had|will|would) )?(\p{Ll}+)\b/u.exec(text.slice(end, end + 24))?.[1];
  // (`Recent reports suggest` is a noun's plural, no verb.)
  return verb !== undefined && isReportingPast(verb, lex);
}

/**
 * `Epic Games said`, `Nimbus Games' takeover`: an event's word closing a name that no article or
 * number introduces, and that speaks or owns, names a company (`the Olympic Games`, `a World Cup
 * qualifier` stay events).
 */
function actsAsCompany(text: string, end: number, previous: string | null, lex: Lexicons): boolean {
  if (previous !== null && (ARTICLES.has(previous) || /^\d/.test(previous))) return false;
  return /^['’]/.test(text.slice(end, end + 1)) || reportsAfter(text, end, lex);
}
const ARTICLES = new Set(["the", "a", "an"]);
const EPONYMOUS_DISEASE = /\b(\p{Lu}\p{Ll}+)['’]s (?:disease|syndrome|disorder)\b/gu;
const PLURAL_VERB_AFTER = /^ (?:have|are|were)\b/;
const PERSON_PRONOUN_AFTER = /^ (?:\p{Ll}+ ){1,2}(?:his|her|himself|herself)\b/u;

/** Whether any occurrence of the words, with no article before them, speaks, owns or has an officer. */
function actsSomewhere(text: string, written: string, lex: Lexicons): boolean {
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
    const end = at + written.length;
    if (/\p{L}/u.test(text[end] ?? "") || /\b(?:the|a|an) $/i.test(text.slice(Math.max(0, at - 4), at))) continue;
    if (actsAsCompany(text, end, null, lex) || beforeOfficer(text, end, lex)) return true;
  }
  return false;
}

/** `A.` (a letter and its period) or `K.T.`, starting at `start`: initials, not a word. */
function isInitials(text: string, word: string, start: number): boolean {
  return word.length === 1 ? /\p{Lu}/u.test(word) && text[start + 1] === "." : INITIALS.test(word.replace(/\.$/, ""));
}

/** `Environment Canada`, `Sport England`: a title's word and a place, the words of a public body. */
export function isDepartment(words: readonly string[], lex: Lexicons): boolean {
  if (words.length < 2 || !capitalised(words[0]!) || !lex.personTitles.has(words[0]!.toLowerCase())) return false;
  const place = words.slice(1).join(" ");
  return lex.places.has(place) && !lex.places.has(words.join(" "));
}

/** A person's title, or titles joined by a hyphen: `President`, `Director-General`, `secretary-general`. */
export function isTitle(word: string, lex: Lexicons): boolean {
  const title = (w: string) => lex.personTitles.has(w) || lex.titles.has(w);
  const lowered = lower(word);
  return title(lowered) || (lowered.includes("-") && lowered.split("-").every(title));
}

/** `defences` in `Air defences shot down`: a lowercase word after the name that is no verb's form. */
function modifiesNounAfter(text: string, end: number, lex: Lexicons): boolean {
  const next = /^ (\p{Ll}+)\b/u.exec(text.slice(end, end + 24))?.[1];
  return next !== undefined && !/ed$/.test(next) && !lex.auxiliaries.has(next) && !lex.irregularPastVerbs.has(next) && !lex.reportingVerbs.has(next) && !lex.presentVerbs.has(next) && !joinsName(next, lex) && !/^(?:and|or|to|in|at|on|with|from|by|has|says)$/.test(next);
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
  // Words the text writes in lower case somewhere, and how often: common nouns, not surnames.
  const lowercaseWords = new Map<string, number>();
  const runs = runsIn(text, sentences, lex, lowercaseWords);
  // Words seen capitalised away from a sentence start: evidence that a word is a name.
  const seenInside = new Set<string>();
  for (const run of runs) run.tokens.forEach((t, k) => (k > 0 || !run.clauseStart) && seenInside.add(bare(t.text)));
  // How often each lone word stands capitalised inside a sentence: names recur.
  const insideCounts = new Map<string, number>();
  // And how often it stands alone at all, sentence starts included (`Rovers reached ...`).
  const loneCounts = new Map<string, number>();
  for (const run of runs) {
    if (run.tokens.length !== 1) continue;
    const word = bare(run.tokens[0]!.text);
    loneCounts.set(word, (loneCounts.get(word) ?? 0) + 1);
    if (!run.clauseStart) insideCounts.set(word, (insideCounts.get(word) ?? 0) + 1);
  }

  // First words of longer names: `Northway` opening a sentence stands for `Northway Motors`; and
  // their initials: `ISRO` opening one stands for `Indian Space Research Organisation`.
  const firstWords = new Set<string>();
  for (const run of runs) {
    if (run.tokens.length < 2) continue;
    firstWords.add(run.tokens[0]!.text);
    const initials = initialsOf(run.tokens.map((t) => bare(t.text)).filter((w) => w !== "The").join(" "), lex);
    if (initials.length >= 3) firstWords.add(initials);
  }
  // Words that stand alone as a name somewhere in the text.
  // (`Alzheimer's disease`, `Parkinson's`: a word whose possessive names a disease names no one alone.)
  const diseases = new Set([...text.matchAll(EPONYMOUS_DISEASE)].map((m) => m[1]!));
  const loneWords = new Set<string>();
  // (`The Ravens`: a lone plural after `the` names a team or a group, not a person by surname.)
  const theLonePlurals = new Set<string>();
  // (A surname alone: not an English word opening a sentence or a headline, which any noun may
  // (`Water company fined ...`), unless a reporting verb follows it (`Black said`); `Kane scored` is one.)
  const surnamesAlone = new Set<string>();
  for (const run of runs) {
    if (run.tokens.length !== 1) continue;
    const word = bare(run.tokens[0]!.text);
    loneWords.add(word);
    // (Or a person's pronoun follows its verb: `Wilders congratulated his rival`.)
    const end = run.tokens[0]!.start + word.length;
    if (!run.clauseStart || !lex.englishWords.has(word.toLowerCase()) || reportsAfter(text, end, lex) || PERSON_PRONOUN_AFTER.test(text.slice(end, end + 40))) surnamesAlone.add(word);
    if (run.previous === "the" && /[^s]s$/.test(word)) theLonePlurals.add(word);
  }

  const names: Candidate[] = [];
  // Names of products, vehicles and works (`Internet Explorer`), and where the last one's version
  // number ended (`Internet Explorer 6| Countdown`).
  const products = new Set<string>();
  let versionEnd = -1;
  for (const run of runs) {
    const words = run.tokens.map((t) => t.text);
    const start = run.tokens[0]!.start;
    // (`Christie's`, `Sotheby's`: a known name may end in a possessive of its own.)
    if (!lex.organizations.has(text.slice(start, run.tokens[run.tokens.length - 1]!.end))) words[words.length - 1] = bare(words[words.length - 1]!);
    let end = run.tokens[run.tokens.length - 1]!.start + words[words.length - 1]!.length;
    // `Vantec Inc.`, `Pacific Gas & Electric Co.`: an abbreviation keeps its period.
    if (words.length > 1 && text[end] === "." && lex.abbreviations.has(words[words.length - 1]!.toLowerCase())) {
      end++;
      words[words.length - 1] += ".";
    }
    const written = text.slice(start, end);
    if (words.length === 1 && (PRONOUNS.has(words[0]!.toLowerCase()) || lex.notNames.has(words[0]!) || CONTRACTION.test(words[0]!))) continue;
    // (`Rs 253 crore`: a currency's sign before an amount is no name.)
    if (words.length === 1 && lex.currencies.has(words[0]!) && /^\.?\s?\d/.test(text.slice(end, end + 3))) continue;
    if (words.length === 1 && diseases.has(words[0]!) && /^['’]s\b/.test(text.slice(end, end + 2))) continue;
    const demonym = lex.demonyms.get(written);
    if (demonym !== undefined) {
      names.push({ start, end, sentence: run.sentence, type: "place", canonical: demonym, related: true, evidence: STRONG, afterPreposition: false });
      continue;
    }
    // `the Budweiser Man of the Match award`: the name of an award or an event goes on to the word
    // that makes it one.
    const award = text.startsWith(" of the ", end) ? AWARD_AFTER.exec(text.slice(end, end + 60)) : null;
    if (award !== null && !lex.organizations.has(written) && !lex.places.has(written)) {
      if (lex.eventWords.has(award[1]!)) {
        names.push(...namesInside(text, run, lex));
        continue;
      }
    }
    // `Storm Eowyn`, `Tropical Storm Debby`: an event's name, and no name inside it.
    if (words.slice(0, -1).some((w) => lex.eventOpeners.has(lower(w)))) continue;
    // `World Cup`, `Clean Air Act`: an event or a law, though it may name a place inside.
    if (words.length > 1 && lex.eventWords.has(lower(words[words.length - 1]!)) && !lex.organizations.has(written) && !lex.places.has(written) && !actsAsCompany(text, end, run.previous, lex)) {
      names.push(...namesInside(text, run, lex));
      continue;
    }
    // (`Air defences shot down ...`, `Bank shares fell`: an organisation's word alone opening a clause,
    // before a noun it modifies rather than a verb, names nothing.)
    if (words.length === 1 && run.clauseStart && lex.organizationWords.has(lower(words[0]!)) && !lex.organizations.has(written) && modifiesNounAfter(text, end, lex)) continue;
    let type = typeByWords(written, words, lex);
    // `Chief Executive Elliott Hill`: a titled given name and a place word are a person.
    if (type === "place" && run.titled && lex.givenNames.has(words[0]!) && !lex.places.has(written)) type = null;
    if (type === null && !run.titled) {
      const product = productName(text, words, start, end, versionEnd, run.previous, lex);
      if (product !== null) {
        products.add(written);
        versionEnd = product;
        names.push(...namesInside(text, run, lex));
        continue;
      }
    }
    let evidence: Candidate["evidence"] = type === null ? NONE : STRONG;
    if (type === null && (run.titled || (run.previous !== null && lex.roleNouns.has(run.previous)))) {
      type = "person";
      evidence = STRONG;
    }
    // `S. Somanath`, `K.T. Rama Rao`: initials before capitalised names are a person's (not `U.S.
    // Steel`, whose initials are a place).
    const initials = isInitials(text, words[0]!, start) && !lex.places.has(words[0]!) && !lex.organizations.has(words[0]!);
    if (type === null && words.length >= 2 && initials && words.slice(1).every((w) => capitalised(w))) {
      type = "person";
      evidence = STRONG;
    }
    // A role in apposition makes a name a person's: after it (`Abba Isa Tijani, the commission's
    // director general,`, `said Ejaz Ahmad, a provincial health official.`), or before it, the name set
    // off by commas (`The shadow chancellor, Mel Stride,`).
    if (type === null && words.length >= 2 && words.length <= 4 && (text[end] === "," || text[end] === ";")) {
      const isRole = (word: string | undefined) => word !== undefined && (lex.roleNouns.has(word) || lex.personTitles.has(word));
      const roleAfter = text[end] === "," ? ROLE_APPOSITION.exec(text.slice(end, end + 60))?.[1] : undefined;
      const roleBefore = text.startsWith(", ", start - 2) ? APPOSED_AFTER_ROLE.exec(text.slice(Math.max(0, start - 30), start))?.[1] : undefined;
      if (isRole(roleAfter) || isRole(roleBefore)) {
        type = "person";
        evidence = STRONG;
      }
    }
    // `oil company Aramco`, `the carmaker Stellantis`: a company's noun right before names one.
    if (type === null && lex.companyNouns.has(/(\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? "")) {
      type = "organization";
      evidence = STRONG;
    }
    if (type === null && words.length === 1) {
      const word = words[0]!;
      // `Benfica coach Bruno Lage`, `Nvidia spokesman John Rizzo`: a lone word before an officer's
      // role and a person's name is the body the person serves.
      // (Not a plural, a modifier of the role, a body's common noun or a word that opens sentences:
      // `Users`, `Senior`, `Assistant`, `First-team`, `Council leader`, `Both`.)
      const lower = word.toLowerCase();
      const modifier = [lex.roleNouns, lex.personTitles, lex.roleModifiers, lex.otherOfficeModifiers, lex.sentenceStarters, lex.subjectStarters, lex.organizationWords, lex.companyNouns].some((words) => words.has(lower));
      const serves = beforeOfficer(text, end, lex) && !word.endsWith("s") && !/-\p{Ll}/u.test(word) && !modifier && !lowercaseWords.has(lower);
      const speaks = !serves && run.clauseStart && reportsAfter(text, end, lex) && !word.endsWith("s") && !modifier && !lex.irregularPlurals.has(lower) && !lex.mediaWords.has(lower) && !lowercaseWords.has(lower);
      if (serves) {
        type = "organization";
        evidence = WEAK;
      }
      // `Ticketmaster said`: a lone singular word before a reporting verb is its speaker's name, though
      // it opens the sentence (not `Everyone said`, `Police said`, `Officials said`).
      else if (speaks) {
        type = lex.givenNames.has(word) ? "person" : "organization";
        evidence = WEAK;
      }
      // A lone capitalised word opening a sentence is a name only if the text capitalises it elsewhere.
      else if (run.clauseStart && !seenInside.has(word) && !firstWords.has(word)) {
        // `Soundwave will cut ...`: a word no dictionary holds is a name, though only sentences open with it.
        const coined = !lex.englishWords.has(lower) && /^\p{Lu}\p{Ll}+$/u.test(word) && !word.endsWith("s") && !modifier && !lex.irregularPlurals.has(lower) && !lowercaseWords.has(lower);
        if (!coined) continue;
        type = lex.givenNames.has(word) ? "person" : "organization";
        evidence = WEAK;
      }
      // `Iodine deficiency can lead ...` where the text writes `iodine` too: a common noun.
      if (run.clauseStart && lowercaseWords.has(word.toLowerCase())) continue;
      // Products and tags, not names: `IE6`, `#IStandWithAhmed`, and words the text also writes
      // in the plural (`a Polaroid`, `the Polaroids`).
      // (A word with a digit that speaks is a company's name: `Jet2 said`.)
      if ((/\p{N}/u.test(word) && !(speaks && /^\p{Lu}\p{L}+\p{N}+$/u.test(word))) || /\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}/u.test(word) || loneWords.has(`${word}s`) || (word.endsWith("s") && loneWords.has(word.slice(0, -1)))) continue;
      // `UNLESS of course`: capitals for stress, where the text writes the word in lower case too
      // or it is a function word.
      if (word.length >= 4 && word === word.toUpperCase() && (lowercaseWords.has(word.toLowerCase()) || lex.sentenceStarters.has(word.toLowerCase()))) continue;
      // Weak evidence: the same name decided elsewhere, or a surname, comes first.
      if (ACRONYM.test(word) || INITIALS.test(word.replace(/\.$/, ""))) type = "organization";
      else if (run.previous !== null && PLACE_PREPOSITIONS.has(run.previous)) type = "place";
      // A capitalised word that recurs (twice inside sentences, or once inside and again at a
      // sentence start: `Mapwise will stop ...`) and nothing else explains is a person if it is a given name
      // (`Gloria`), else most often an organisation or movement (`Scientology`); a surname is told
      // by its full name first, below. Not a word the text writes in lower case more often (`If
      // Iodine ...`, `iodine` throughout).
      const inside = insideCounts.get(word) ?? 0;
      const recurs = inside >= 2 || (inside >= 1 && (loneCounts.get(word) ?? 0) >= 2);
      if (type === null && recurs && (lowercaseWords.get(word.toLowerCase()) ?? 0) <= inside) type = lex.givenNames.has(word) ? "person" : "organization";
      // A given name alone (`their child, Gloria`) is a person.
      if (type === null && lex.givenNames.has(word)) type = "person";
      if (type !== null) evidence = WEAK;
    }
    // Two to four capitalised words are a person's name when they open with a given name
    // (`Valeska Paris`) or have the shape of a Chinese name (`Cheng Chung-tai`).
    const nameShaped = words.length >= 2 && words.length <= 4 && words.every((w) => capitalised(w) || joinsName(w, lex));
    // (`Marine Le Pen`, `Robin Van Persie`: a capitalised surname particle between two names, where
    // the given name is one the list leaves out as an English word.)
    const particleName = words.length === 3 && CAPITALISED_PARTICLES.has(words[1]!) && ![words[0]!, words[2]!].some((w) => lex.organizationWords.has(w.toLowerCase()) || lex.companyNouns.has(w.toLowerCase()) || lex.places.has(w));
    if (type === null && nameShaped && (lex.givenNames.has(words[0]!) || CHINESE_NAME.test(written) || particleName)) {
      type = "person";
      evidence = STRONG;
    }
    // A person is named again by the surname alone (`Dries Mertens` ... `Mertens`); an organisation
    // hardly ever by its last word, a product often (`Google Chrome` ... `Chrome`, where `Google`
    // stands alone too).
    const last = words[words.length - 1]!;
    // (`Borussia Dortmund have agreed`: a singular name with a plural verb is a team or a body, as
    // British usage writes them, never one person.)
    if (type === null && nameShaped && !/s$/.test(last) && PLURAL_VERB_AFTER.test(text.slice(end, end + 6))) {
      type = "organization";
      evidence = WEAK;
    }
    if (type === null && nameShaped && surnamesAlone.has(last) && !theLonePlurals.has(last) && !loneWords.has(words[0]!) && !words.some((w) => lowercaseWords.has(w.toLowerCase()))) type = "person";
    // (`Roddy Doyle, who chaired the panel`, `Ada Quist, 51,`: `who` or an age after the words makes them a person's.)
    // (Not a description: `The Kentucky Republican, who ...`.)
    if (type === null && nameShaped && words.length <= 3 && PERSON_AFTER.test(text.slice(end, end + 8)) && !words.some((w) => lex.places.has(w) || lex.partyMembers.has(w))) type = "person";
    // Other capitalised words together name something, most often an organisation (`Civic Passion`),
    // unless the last one is a common noun the text also writes in lower case (`Space Shuttle`).
    // (`Thames Water` beside `Britain's biggest water company`: unless somewhere the words speak, own
    // or employ an officer, `Thames Water chief executive Chris Weston`.)
    if (type === null && nameShaped && (!lowercaseWords.has(last.toLowerCase()) || actsSomewhere(text, written, lex))) type = "organization";
    if (type === null && words.length >= 2 && lowercaseWords.has(last.toLowerCase())) continue;
    // `Centre for Control of Iodine Deficiency Disorders`: an English connector makes an institution,
    // not a person (`Osama bin Laden`, `Ursula von der Leyen` join with others).
    if (type === null && words.some((w) => w === "of" || w === "for" || w === "on")) type = "organization";
    if (type === null) {
      names.push({ start, end, sentence: run.sentence, type: "person", canonical: written, related: false, evidence: NONE, afterPreposition: LOCATIVE.has(run.previous ?? "") });
      continue;
    }
    names.push({ start, end, sentence: run.sentence, type, canonical: written, related: false, evidence, afterPreposition: LOCATIVE.has(run.previous ?? "") });
    if (type !== "person" && run.tokens.length > 1 && !lex.places.has(written) && !lex.organizations.has(written)) names.push(...namesInside(text, run, lex));
  }
  return withoutProducts(text, propagate(asTeams(text, withRegions(text, names, lex)), lex), products);
}

const OFFICER_AFTER = /^((?: \p{Ll}+){1,3}) \p{Lu}\p{Ll}+ \p{Lu}/u;

/** Whether an officer's role in lower case and a person's name follow the offset: ` coach Bruno Lage`. */
function beforeOfficer(text: string, at: number, lex: Lexicons): boolean {
  const officer = OFFICER_AFTER.exec(text.slice(at, at + 48));
  return officer !== null && officer[1]!.trim().split(" ").every((w) => lex.roleNouns.has(w) || lex.personTitles.has(w));
}
// (The apposition may close the sentence: `..., said Ejaz Ahmad, a provincial health official.`)
const ROLE_APPOSITION = /^, (?:the|a|an|its|his|her|their) [^,;"“”]{0,40}?(\p{Ll}+)(?:,|\.(?=\s|$))/u;
const APPOSED_AFTER_ROLE = /(\p{Ll}+), $/u;
const AWARD_AFTER = /^ of the(?: \p{Lu}\p{L}*)+ (\p{Ll}+)\b/u;
// A version number after a name: `Internet Explorer 6`, `Windows 11`; not a score, a figure or a year.
const VERSION_AFTER = /^ \d{1,3}(?![\d.,:]\d|\d| ?[–-] ?\d| ?%| percent)/;
// A made thing named just before: `the browser Firefox`, `the cruise ship, Freewinds.`
const PRODUCT_NOUN_BEFORE = /(\p{Ll}+) (\p{Ll}+)(,?) $/u;
const NOT_BEFORE_APPOSITION = new Set(["by", "on", "over", "via", "per"]);

/**
 * Whether the capitalised words name a product, a vehicle or a work; if so, where the name ends,
 * with its version number. `Space Shuttle Atlantis` holds a product noun; `Internet Explorer 6` has
 * a version; `the cruise ship Freewinds` stands after one; `Countdown` goes on from a version.
 */
function productName(text: string, words: string[], start: number, end: number, versionEnd: number, previous: string | null, lex: Lexicons): number | null {
  if (start === versionEnd + 1 && text[versionEnd] === " ") return end;
  // `Google Chrome`, `Microsoft Teams`: a known company's name before a word that makes no
  // organisation or place of it names its product.
  // (A plural after the name is the company's own: `Meta Platforms`, `General Motors`.)
  if (words.length === 2 && lex.organizations.has(words[0]!) && typeByWords(words[1]!, [words[1]!], lex) === null && !lex.companyNouns.has(words[1]!.toLowerCase()) && !/[^s]s$/.test(words[1]!)) return end;
  // `Space Shuttle Atlantis`, not `Orbiter Processing Facility-1`, where the last words make a place.
  const inside = words.findIndex((w, k) => k < words.length - 1 && lex.productNouns.has(w.toLowerCase()));
  if (inside !== -1 && typeByWords(words.slice(inside + 1).join(" "), words.slice(inside + 1).map((w) => w.replace(/-\d+$/, "")), lex) === null) return end;
  const version = text[end] === " " && text.charCodeAt(end + 1) >= 48 && text.charCodeAt(end + 1) <= 57 ? VERSION_AFTER.exec(text.slice(end, end + 16)) : null;
  // (`fined TikTok 530 million euros`: a number with a scale or a currency after it is an amount, no version.)
  const amount = version === null ? null : /^ ?(\p{L}+)/u.exec(text.slice(end + version[0].length, end + version[0].length + 16))?.[1]?.toLowerCase();
  if (version !== null && !(amount !== undefined && amount !== null && (lex.scaleWords.has(amount) || lex.currencies.has(amount) || lex.minorCurrencies.has(amount)))) return end + version[0].length;
  if (previous === null || !lex.productNouns.has(previous)) return null;
  const before = PRODUCT_NOUN_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before === null || !lex.productNouns.has(before[2]!)) return null;
  // `Speaking by phone, Smith said`: after a comma, only an apposition that closes is one.
  if (before[3] === "" || (!NOT_BEFORE_APPOSITION.has(before[1]!) && /^(?:[.,;:)]|$)/.test(text.slice(end, end + 1)))) return end;
  return null;
}

/** Names of products dropped throughout, with their last word alone (`Atlantis`) and their initials (`IE`). */
function withoutProducts(text: string, names: Name[], products: ReadonlySet<string>): Name[] {
  if (products.size === 0) return names;
  const lastWords = new Set<string>();
  const initials = new Set<string>();
  for (const p of products) {
    const words = p.split(" ");
    if (words.length > 1) {
      lastWords.add(words[words.length - 1]!);
      initials.add(words.map((w) => w[0]).join(""));
    }
  }
  return names.filter((n) => {
    const written = bare(text.slice(n.start, n.end));
    return !(products.has(written) || products.has(n.canonical) || lastWords.has(written) || (ACRONYM.test(written) && initials.has(written)));
  });
}

/**
 * `Chicago, Illinois` and `Evansville, Indiana, United States`: a place followed by the region or
 * country it lies in is one place, and the regions stay mentions of their own. A country heads no
 * such chain (`Sweden, Belgium, England` is a list).
 */
/** The places the demonyms lexicon names (`Israel` for `Israeli`): countries and regions, built once per lexicon. */
const countriesByLexicon = new WeakMap<Lexicons, ReadonlySet<string>>();
function countriesOf(lex: Lexicons): ReadonlySet<string> {
  let countries = countriesByLexicon.get(lex);
  if (countries === undefined) countriesByLexicon.set(lex, (countries = new Set(lex.demonyms.values())));
  return countries;
}

function withRegions(text: string, names: Candidate[], lex: Lexicons): Candidate[] {
  const countries = countriesOf(lex);
  const byStart = new Map(names.filter((n) => !n.related).map((n) => [n.start, n]));
  return names.map((n) => {
    if (n.type !== "place" || n.related || countries.has(n.canonical)) return n;
    let end = n.end;
    for (let region = byStart.get(end + 2); region !== undefined && text.slice(end, end + 2) === ", " && region.type === "place" && lex.places.has(region.canonical); region = byStart.get(end + 2)) end = region.end;
    // `New South Wales, Victoria and Tasmania` is a list.
    if (end === n.end || /^,? (?:and|or) /.test(text.slice(end, end + 6))) return n;
    return { ...n, end, canonical: text.slice(n.start, end), evidence: STRONG };
  });
}

const SCORE_AFTER = /^ \d{1,2} ?[–-] ?\d{1,2}(?!\d)/;
const SCORE_BEFORE = /(?<!\d)\d{1,2} ?[–-] ?\d{1,2} (?:(?:to|against|over) )?$/;

/** A place that stands beside a score (`Belgium 3 – 0 Panama`) is a team, an organisation, throughout the document. */
function asTeams(text: string, names: Candidate[]): Candidate[] {
  const teams = new Set<string>();
  for (const n of names) {
    if (n.type !== "place" || n.related) continue;
    if (SCORE_AFTER.test(text.slice(n.end, n.end + 12)) || SCORE_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start))) teams.add(n.canonical);
  }
  if (teams.size === 0) return names;
  return names.map((n) => (n.type === "place" && !n.related && teams.has(n.canonical) ? { ...n, type: "organization", evidence: STRONG } : n));
}

/**
 * Places, organisations and people named inside a longer name, as mentions of their own: `Canada`
 * in `Comic Corps of Canada`, `LA` in `LA Weekly`, `Andy Warhol` in `Andy Warhol Foundation`.
 */
function namesInside(text: string, run: Run, lex: Lexicons): Candidate[] {
  const out: Candidate[] = [];
  const tokens = run.tokens;
  const nested = (from: number, to: number, type: NameType) => {
    const start = tokens[from]!.start;
    const last = tokens[to - 1]!;
    const end = last.start + bare(last.text).length;
    out.push({ start, end, sentence: run.sentence, type, canonical: text.slice(start, end), related: false, evidence: STRONG, afterPreposition: type === "place" });
  };
  let k = 0;
  while (k < tokens.length) {
    let matched = 0;
    // The longest gazetteer name from here, shorter than the whole run.
    for (let to = Math.min(tokens.length, k + 4); to > k && matched === 0; to--) {
      if (to - k === tokens.length) continue;
      const words = tokens.slice(k, to).map((t, i) => (k + i === to - 1 ? bare(t.text) : t.text));
      const phrase = words.join(" ");
      if (text.slice(tokens[k]!.start, tokens[to - 1]!.start + words[words.length - 1]!.length) !== phrase) continue;
      if (lex.places.has(phrase)) nested(k, to, "place");
      else if (lex.organizations.has(phrase)) nested(k, to, "organization");
      else continue;
      matched = to - k;
    }
    // A given name and the capitalised word after it, unless that word makes the organisation (or is
    // a plural no surname is: `Dayton Children's Hospital`).
    const next = tokens[k + 1];
    const after = tokens[k + 2];
    const nextWord = next === undefined ? "" : lower(bare(next.text));
    if (matched === 0 && k === 0 && next !== undefined && after !== undefined && lex.givenNames.has(tokens[k]!.text) && capitalised(next.text) && lex.organizationWords.has(lower(bare(after.text))) && !lex.organizationWords.has(nextWord) && !lex.placeWords.has(nextWord) && !lex.irregularPlurals.has(nextWord)) {
      nested(k, k + 2, "person");
      matched = 2;
    }
    k += Math.max(1, matched);
  }
  return out;
}

/**
 * One type per name in a document, and surnames to the fullest name ending in them. A name whose
 * type nothing decided takes the type of the same name decided elsewhere, or of the person whose
 * surname it is; if nothing decides it at all, it is dropped rather than guessed.
 */
function propagate(names: Candidate[], lex: Lexicons): Name[] {
  // The type each name first had on strong evidence, and on weak.
  const typedOn = (evidence: Candidate["evidence"]): Map<string, NameType> => {
    const types = new Map<string, NameType>();
    for (const n of names) if (n.evidence === evidence && !n.related && !types.has(n.canonical)) types.set(n.canonical, n.type);
    return types;
  };
  const decidedType = typedOn(STRONG);
  const weakType = typedOn(WEAK);
  // The fullest person name by its last word, for surnames; by its first word where the family name
  // comes first (`Xi` for `Xi Jinping`).
  const bySurname = new Map<string, string>();
  // Every full name a surname belongs to, with where it is first written: two people may share one.
  const holders = new Map<string, { name: string; start: number }[]>();
  const byFamilyFirst = new Map<string, string>();
  const people: string[] = [];
  for (const n of names) {
    if (n.related || n.type !== "person" || !n.canonical.includes(" ")) continue;
    people.push(n.canonical);
    const surname = n.canonical.slice(n.canonical.lastIndexOf(" ") + 1);
    const best = bySurname.get(surname);
    if (best === undefined || n.canonical.length > best.length) bySurname.set(surname, n.canonical);
    const list = holders.get(surname) ?? [];
    if (!list.some((h) => h.name === n.canonical)) list.push({ name: n.canonical, start: n.start });
    holders.set(surname, list);
    const family = n.canonical.slice(0, n.canonical.indexOf(" "));
    if (lex.surnameFirst.has(family) && n.canonical.split(" ").length <= 3 && !byFamilyFirst.has(family)) byFamilyFirst.set(family, n.canonical);
  }
  // (`Von der Leyen` for `Ursula von der Leyen`: a surname with its particle, capitalised to open a sentence.)
  const byParticleSurname = (name: string): string | null => {
    if (!/^(?:Von|Van|De|Del|Da|Di|Le|La|Al|El|Bin|Ibn|Dos|Das) /.test(name)) return null;
    const tail = ` ${name.toLowerCase()}`;
    return people.find((p) => p.toLowerCase().endsWith(tail)) ?? null;
  };
  // (`Linda Harlow` ... `her grandfather, Walter Harlow` ... `Harlow said`: of two people with the
  // surname, the one named last before it; variants of one name (`Joe Biden`, `Joe R. Biden`) take the fullest.)
  const bySurnameAt = (surname: string, at: number): string | null => {
    const list = holders.get(surname);
    if (list === undefined || list.length < 2 || new Set(list.map((h) => h.name.split(" ")[0])).size < 2) return bySurname.get(surname) ?? null;
    return list.filter((h) => h.start < at).pop()?.name ?? list[0]!.name;
  };
  // (`Paul gave everything` after `Paul Hartley`: a given name alone is the one person the text names with it.)
  const byGivenName = new Map<string, string | null>();
  for (const n of names) {
    // (Only a name the finder is sure of: not `Irving Independent` inside `Irving Independent School District`.)
    if (n.related || n.type !== "person" || n.evidence !== STRONG || !n.canonical.includes(" ")) continue;
    const person = n.canonical;
    const given = person.slice(0, person.indexOf(" "));
    // (`Tedros` for `Tedros Adhanom Ghebreyesus`, `Prabowo` for `Prabowo Subianto`: a first name the
    // list lacks stands for the person only where nothing else typed the word, below.)
    const known = byGivenName.get(given);
    if (known === null || known === person) continue;
    // (Two people with one given name: neither.)
    byGivenName.set(given, known === undefined ? person : null);
  }
  const fullest = (surname: string, at: number): string | null => (surname.includes(" ") ? byParticleSurname(surname) : bySurnameAt(surname, at) ?? byFamilyFirst.get(surname) ?? null);
  // The fullest organisation name by its first word: `Northway` for `Northway Motors`.
  const byFirstWord = new Map<string, string>();
  const partedFirstWords = new Set<string>();
  for (const n of names) {
    if (n.related || n.type !== "organization" || !n.canonical.includes(" ")) continue;
    const first = n.canonical.slice(0, n.canonical.indexOf(" "));
    // (`Ikea UK`, `Ikea France`: a company's arm in a country is no fuller form of the company;
    // `Real Madrid` names a city.)
    const rest = n.canonical.slice(first.length + 1);
    if (countriesOf(lex).has(rest) || (/^\p{Lu}{2,3}$/u.test(rest) && lex.places.has(rest))) continue;
    const best = byFirstWord.get(first);
    // (`Ford` after `Ford Explorer` and `Ford Expedition`: two names that part after the first word are
    // no one's fuller form; the word stands for itself.)
    const parted = best !== undefined && !best.startsWith(n.canonical) && !n.canonical.startsWith(best);
    if (parted) partedFirstWords.add(first);
    if (best === undefined || n.canonical.length > best.length) byFirstWord.set(first, n.canonical);
  }
  for (const first of partedFirstWords) byFirstWord.delete(first);
  // (`Lilly said` after `Eli Lilly`, `Schwab` for `Charles Schwab`: a known company named after a
  // person goes by the surname, as the person would.)
  const byFounderSurname = new Map<string, string>();
  for (const n of names) {
    const words = n.canonical.split(" ");
    if (n.related || n.type !== "organization" || words.length !== 2 || !lex.organizations.has(n.canonical) || !lex.givenNames.has(words[0]!)) continue;
    byFounderSurname.set(words[1]!, n.canonical);
  }
  // Organisation names of three or more words, for the shorter forms that leave out their last word.
  const longOrganizations = [...new Set(names.filter((n) => !n.related && n.type === "organization" && n.canonical.split(" ").length >= 3).map((n) => n.canonical))];
  // The fullest organisation name by its initials: `FAA` for `Federal Aviation Administration`.
  const byInitials = new Map<string, string>();
  for (const n of names) {
    if (n.related || n.type !== "organization") continue;
    // (`OCHA` for `U.N. Office for the Coordination of Humanitarian Affairs`: an owner's initials
    // before the name are often left out of the acronym.)
    const words = n.canonical.split(" ");
    const owned = words.length > 2 && (INITIALS.test(words[0]!.replace(/\.$/, "")) || ACRONYM.test(words[0]!)) ? [words.slice(1).join(" ")] : [];
    // (`CDC` for `Centers for Disease Control and Prevention`: a last `and ...` word added to a name
    // may be left out of the acronym it already had.)
    const extended = words.length > 4 && words[words.length - 2] === "and" ? [words.slice(0, -2).join(" ")] : [];
    // (`WADA` for `World Anti-Doping Agency`: a capitalised word after a hyphen gives its letter too.)
    const hyphenated = /-\p{Lu}/u.test(n.canonical) ? [n.canonical.replace(/-(?=\p{Lu})/gu, " ")] : [];
    for (const initials of [n.canonical, ...owned, ...extended, ...hyphenated].map((name) => initialsOf(name, lex))) {
      const best = byInitials.get(initials);
      if (initials.length >= 2 && (best === undefined || n.canonical.length > best.length)) byInitials.set(initials, n.canonical);
    }
  }
  const out: Name[] = [];
  for (const n of names) {
    if (n.related) {
      out.push(strip(n));
      continue;
    }
    const spelledOut = ACRONYM.test(n.canonical) && n.type !== "place" ? byInitials.get(n.canonical.replace(/s$/, "")) : undefined;
    if (spelledOut !== undefined) {
      out.push(strip({ ...n, type: "organization", canonical: spelledOut }));
      continue;
    }
    // The full name a surname (or a family name) stands for here, once per mention.
    // (Not a given name where places stand: `from Irving, Texas`.)
    // (`Phumtham said` after `Prime Minister Phumtham Wechayachai`: a lone word a reporting verb
    // made an organisation on weak evidence is the person too, as Thai names go by the given name.)
    const weakSpeaker = n.type === "organization" && n.evidence === WEAK && !n.canonical.includes(" ") && !ACRONYM.test(n.canonical);
    const givenAlone = (n.type === "person" || weakSpeaker) && !n.afterPreposition && (lex.givenNames.has(n.canonical) || n.evidence === NONE || weakSpeaker);
    const full = fullest(n.canonical, n.start) ?? (givenAlone ? byGivenName.get(n.canonical) ?? null : null);
    const organization = n.canonical.includes(" ")
      ? n.type === "organization" ? withLastWord(n.canonical, longOrganizations, lex) : undefined
      : full !== null ? undefined : byFirstWord.get(n.canonical) ?? byFounderSurname.get(n.canonical) ?? (n.type === "organization" ? clippedFirstWord(n.canonical, byFirstWord) : undefined);
    if (organization !== undefined && n.type !== "place") {
      out.push(strip({ ...n, type: "organization", canonical: organization }));
      continue;
    }
    // `Paris said` in a story about Valeska Paris: a surname, unless it stands where places do.
    if (full !== null && n.type === "place" && !n.afterPreposition) {
      out.push(strip({ ...n, type: "person", canonical: full }));
      continue;
    }
    const known = decidedType.get(n.canonical);
    // (`Ms Bullock` after `Michele Bullock`: a title makes the surname a person, and still the full name's.)
    if (full !== null && (known ?? "person") === "person" && (decidedType.get(full) ?? "person") === "person") {
      out.push(strip({ ...n, type: "person", canonical: full }));
      continue;
    }
    if (known !== undefined) {
      out.push(strip({ ...n, type: known }));
      continue;
    }
    // (`Ford is recalling ...` where `Ford said` is a speaker's name: an untyped word takes the type
    // some sign gave the same word elsewhere.)
    const signed = n.evidence === NONE ? weakType.get(n.canonical) : undefined;
    if (signed !== undefined) out.push(strip({ ...n, type: signed }));
    else if (n.evidence !== NONE || n.canonical.includes(" ")) out.push(strip(n));
  }
  return out;
}

const LEGAL_FORMS = new Set(["group", "holdings", "inc", "corp", "corporation", "company", "co", "ltd", "plc", "ag", "sa", "nv", "llc", "spa"]);

/**
 * `Live Nation` for `Live Nation Entertainment`: a name of two or more words that leaves out the one
 * last word of a longer organisation's name, unless that word names a body of its own (`Foundation`,
 * `Council`); a legal form (`Group`, `Inc`) is left out freely.
 */
function withLastWord(name: string, longer: readonly string[], lex: Lexicons): string | undefined {
  for (const full of longer) {
    if (!full.startsWith(`${name} `)) continue;
    const rest = full.slice(name.length + 1).replace(/\.$/, "");
    const word = rest.toLowerCase();
    // (A word, not a code or a tag: `Tata Motors Q2`, `Tata Motors EV`.)
    if (LEGAL_FORMS.has(word) || (/^\p{Lu}\p{Ll}+$/u.test(rest) && !lex.organizationWords.has(word))) return full;
  }
  return undefined;
}

/**
 * `Wolves` for `Wolverhampton Wanderers`, `Barca` for `Barcelona SC`: an organisation's one-word name
 * clipped from the first word of a longer one's.
 */
function clippedFirstWord(name: string, byFirstWord: ReadonlyMap<string, string>): string | undefined {
  const stem = name.replace(/s$/, "");
  if (stem.length < 4) return undefined;
  // (Clipped by at least four letters: `Ford` is no `Fordham University`.)
  for (const [first, full] of byFirstWord) if (first.length >= stem.length + 4 && first.startsWith(stem)) return full;
  return undefined;
}

/** The capitals that open the words of a name of two or more words, connectors left out: `FAA`. */
function initialsOf(name: string, lex: Lexicons): string {
  const words = name.split(" ").filter((w) => !joinsName(w, lex) && w !== "and" && w !== "the");
  return words.length >= 2 && words.every((w) => capitalised(w)) ? words.map((w) => w[0]).join("") : "";
}

const strip = ({ evidence: _evidence, afterPreposition: _after, ...name }: Candidate): Name => name;
