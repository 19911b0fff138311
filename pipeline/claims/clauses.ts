// From one sentence (outside direct quotes) to claim drafts, one per independent clause. The rules
// run in order: an `according to` frame at the start; a sentence-initial subordinate clause; an
// `according to` / `as reported by` frame after the lead; a reporting verb; a trailing `, X said`;
// else the clause is the article's own assertion.
import type { ClaimKind, Span } from "../doc.js";
import type { Lexicons } from "../lexicons/load.js";
import { accusedOf, attributionAfter, CLAUSE_PREPOSITIONS, coordinatedReport, cueExtension, looksLikeClause, OCCASION, opensPledge, phraseAt, relativeClauseStart, reportedClause, SUBJECT_PRONOUNS, subjectSpan, wholeQuote, type Attribution } from "./frames.js";
import { CONDITIONALS, isFiniteForm, isFiniteVerb, isReportingPast, reportingLemmaOf, trimSpan, wordsIn, type Word } from "./words.js";

export interface Draft {
  content: Span;
  kind: ClaimKind;
  attribution: Attribution | null;
  rule: string;
  /** Where hedge words count: the content and the frame that introduced it. */
  scope: Span;
}

const wordCount = (text: string, span: Span) => wordsIn(text, span).length;

/** Leaves out connectives and participial openers: `However,` `In response,` `Expressing deep concern,`. */
export function stripOpeners(text: string, clause: Span, lex: Lexicons): Span {
  let span = trimSpan(text, clause);
  for (let guard = 0; guard < 4; guard++) {
    const opener = phraseAt(text, span.start, lex.clauseOpeners);
    if (opener !== null && text[opener] === ",") {
      span = trimSpan(text, { start: opener + 1, end: span.end });
      continue;
    }
    const conjunction = phraseAt(text, span.start, lex.leadingConjunctions);
    if (conjunction !== null && text[conjunction] === " ") {
      span = trimSpan(text, { start: conjunction, end: span.end });
      continue;
    }
    // (`Pelling's barrister, ...`, `Fielding, a former minister, ...`: a name in -ing is no participle.)
    const participial = /^\p{Lu}\p{Ll}+ing(?=\s)[^,"“”]{1,80}, /u.exec(text.slice(span.start, span.end));
    // `Walking home, he saw ...` opens with a participle; `Walking may lower the risk, ...` is a
    // clause whose subject is a gerund.
    // `Voting rights groups, which filed the lawsuit, ...`, `Whooping cough, also known as pertussis,
    // ...`, `Underlying profit, the company's measure of income, dropped`: a relative clause, another
    // name or an apposition and then a verb after the comma say the words before it are a noun phrase.
    // `Sporting director Deco travelled to Porto, ...`: a past form in the words makes them a clause.
    const openerWords = participial === null ? [] : wordsIn(text, { start: span.start, end: span.start + participial[0].length });
    const gerundSubject =
      participial !== null &&
      (openerWords.some((w) => lex.auxiliaries.has(w.lower)) ||
        openerWords.some((w, k) => k > 0 && isFiniteVerb(w, lex) && !/^(?:having|being|been)$/.test(openerWords[k - 1]!.lower)) ||
        /^(?:which|who|whose|whom|where)\b|^(?:also |better |commonly )?known as\b/.test(text.slice(span.start + participial[0].length, span.start + participial[0].length + 24)) ||
        appositionThenVerb(text, span.start + participial[0].length, span.end, lex));
    if (participial !== null && !gerundSubject && phraseAt(text, span.start, lex.topicPrefixes) === null && phraseAt(text, span.start, [...lex.attributionFrames.keys()]) === null) {
      span = trimSpan(text, { start: span.start + participial[0].length, end: span.end });
      continue;
    }
    break;
  }
  return span;
}

/** `the company's measure of net income, dropped ...`: a verbless phrase up to a comma, then a finite verb. */
function appositionThenVerb(text: string, start: number, end: number, lex: Lexicons): boolean {
  const comma = text.slice(start, Math.min(end, start + 60)).indexOf(", ");
  if (comma < 0) return false;
  if (wordsIn(text, { start, end: start + comma }).some((w) => isFiniteVerb(w, lex))) return false;
  const next = wordsIn(text, { start: start + comma + 2, end: Math.min(end, start + comma + 30) })[0];
  return next !== undefined && next.start === start + comma + 2 && isFiniteVerb(next, lex);
}

function stripTopic(text: string, span: Span, lex: Lexicons): Span {
  let start = span.start;
  for (let guard = 0; guard < 4; guard++) {
    const end = phraseAt(text, start, lex.topicPrefixes);
    if (end === null) break;
    // `Over 300 people died, according to police`: before an amount it is a qualifier, no topic.
    const next = /^\s*([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 24))?.[1]?.toLowerCase() ?? "";
    if (/^\d/.test(next) || lex.numberWords.has(next) || lex.vagueCounts.has(next)) break;
    start = end;
  }
  return trimSpan(text, { start, end: span.end });
}

/**
 * Coordinated independent clauses (`X, and Y`, `X, but Y`, `X; Y`, `said X and that Y`, `X, as officials
 * said Y`) apart. Y opens
 * a clause when it starts with a subject word or a name, a noun phrase and its verb (`wages fell`),
 * or carries its own attribution (`..., and officials warned the number could rise`).
 */
export function splitCoordinated(text: string, span: Span, lex: Lexicons): Span[] {
  const slice = text.slice(span.start, span.end);
  // `X and I are working`: a singular pronoun before a plural verb is half of a joined subject.
  // `... an isolated incident and there is no wider risk`: an existential `there` opens a clause too,
  // as does `no one` (`aborted the take-off and no one was hurt`), or `no` and a noun (`and no shots were fired`).
  // `Japan's Nikkei fell 0.8% and Hong Kong's Hang Seng index lost 1.2%`: `and` before a name is a
  // separator when a finite verb stands on both sides; so is `but` before any subject and its verb
  // (`none were injured but several had been offered counselling`).
  const separator = /, (?:and|but|yet|so|as) |; |, (?=(?:he|she|they|we|I|it) \p{Ll})| (?:and|but) that | (?:and|but) (?=(?:he|she|they|we|I) \p{Ll}|there (?:is|are|was|were|has|have|had|will)\b|(?:no one|nobody|none|no (?!longer\b)\p{Ll}+) (?:is|are|was|were|has|have|had|will)\b)(?!(?:he|she|I) (?:are|were|have)\b)| and (?=\p{Lu}|(?:the|his|her|its|their|our|this|these|those) )| but /gu;
  const parts: Span[] = [];
  let start = 0;
  // Each check looks at a bounded window around the separator, so a sentence of ten thousand
  // commas stays linear.
  const atLeastThreeWords = (from: number, to: number) => wordCount(text, { start: from, end: to }) >= 3;
  for (let m = separator.exec(slice); m !== null; m = separator.exec(slice)) {
    const rightStart = span.start + m.index + m[0].length;
    // (`he'll`, `we're`: a pronoun with its auxiliary is the pronoun.)
    const written = /^[\p{L}'’]+/u.exec(text.slice(rightStart, rightStart + 40))?.[0] ?? "";
    const first = written.replace(/['’](?:ll|s|re|d|ve|m)$/i, "");
    const left = { start: span.start + start, end: span.start + m.index };
    // (`It's nice, but it's only three points`: a pronoun with its verb and a word is a clause too.)
    const leftClause = atLeastThreeWords(Math.max(left.start, left.end - 80), left.end) || CONTRACTED_CLAUSE.test(text.slice(left.start, left.end));
    if (!leftClause) continue;
    // `They asked for this, they negotiated it, and now they are running`: clauses listed with a
    // comma alone, each a pronoun and its verb after a main clause (not `When the storm hit, we left`).
    if (m[0] === ", ") {
      // (A listed clause is short: the check stays bounded however many commas the sentence has.)
      if (left.end - left.start > 200) continue;
      const leftWords = wordsIn(text, { start: left.start, end: left.end });
      const opener = leftWords[0]!.lower;
      const rightWords = wordsIn(text, { start: rightStart, end: Math.min(span.end, rightStart + 40) });
      // (The left clause is simple, no comma inside, and opens with its subject and verb.)
      // (`It's heartbreaking, we had ...`: a pronoun with its contracted verb and a word is one too.)
      const leftOpensClause = (SUBJECT_PRONOUNS.has(opener) && leftWords[1] !== undefined && isFiniteVerb(leftWords[1], lex)) || CONTRACTED_CLAUSE.test(text.slice(left.start, left.end)) || bareSubjectClause(text, left, lex);
      // (`..., he works hard`: after `he`, `she` or `it`, a form in -s is its verb.)
      const rightVerb = rightWords[1] !== undefined && (isFiniteVerb(rightWords[1], lex) || thirdPersonVerb(rightWords, 1));
      if (text.slice(left.start, left.end).includes(",") || CONDITIONALS.has(opener) || lex.subordinators.has(opener) || !leftOpensClause || !rightVerb) continue;
      parts.push(left);
      start = m.index + m[0].length;
      continue;
    }
    if (m[0] === " and " || m[0] === " but ") {
      // (Not inside a name: `the Action and Solidarity Party had 41.2%`.)
      const leftWords = wordsIn(text, { start: Math.max(left.start, left.end - 80), end: left.end });
      const insideName = /^\p{Lu}/u.test(leftWords[leftWords.length - 1]?.text ?? "") && /^\p{Lu}/u.test(text.slice(rightStart, rightStart + 1));
      if (insideName || !leftWords.some((w, k) => isFiniteVerb(w, lex) || thirdPersonVerb(leftWords, k)) || !bareSubjectClause(text, { start: rightStart, end: Math.min(span.end, rightStart + 80) }, lex)) continue;
    }
    // A noun phrase and its verb are a clause however short (`..., and wages fell`).
    const window = { start: rightStart, end: Math.min(span.end, rightStart + 80) };
    // (`..., and that's concerning`, `..., but there's no sign`: a word and its `is` are a clause too.)
    const bare = m[0].startsWith(",") && (CONTRACTED_SUBJECT.test(written) || bareSubjectClause(text, window, lex) || frontedPhraseClause(text, window, lex));
    if (!bare && !atLeastThreeWords(rightStart, Math.min(span.end, rightStart + 80))) continue;
    // `warned that X, as economists said Y`: `as` opens a clause only when a report of its own follows.
    const reportFollows = () => reportedClause(text, { start: rightStart, end: Math.min(span.end, rightStart + 200) }, lex)?.attribution.speaker.start === rightStart;
    if (m[0] === ", as ") {
      if (!reportFollows()) continue;
      parts.push(left);
      start = m.index + m[0].length;
      continue;
    }
    const opensClause =
      bare ||
      m[0] === " and that " ||
      m[0] === " but that " ||
      !m[0].startsWith(",") ||
      (lex.subjectStarters.has(first.toLowerCase()) && (PERSONAL_PRONOUNS.has(first.toLowerCase()) || mayHoldVerb(text, { start: rightStart, end: span.end }, lex))) ||
      // A name opens a clause only with a lowercase word, its verb, before the next comma (not
      // `..., R-Mo., and Sen. Gary Peters, D-Mich.`).
      (/^\p{Lu}\p{Ll}/u.test(first) && /\s\p{Ll}/u.test(text.slice(rightStart, Math.min(span.end, rightStart + 120)).split(", ")[0]!)) ||
      reportFollows();
    if (!opensClause) continue;
    parts.push(left);
    start = m.index + m[0].length;
  }
  parts.push({ start: span.start + start, end: span.end });
  return parts.map((p) => trimSpan(text, p, ",;")).filter((p) => p.end > p.start);
}

/**
 * `, and the strangeness of it`: a noun phrase alone after the coordinator, up to the next comma,
 * has no word that could be its verb (a finite form, a linking verb or a form in -s).
 */
function mayHoldVerb(text: string, span: Span, lex: Lexicons): boolean {
  const comma = text.indexOf(",", span.start);
  const words = wordsIn(text, { start: span.start, end: comma === -1 || comma > span.end ? span.end : comma }).slice(0, 12);
  return words.length > 5 || words.some((w, k) => k > 0 && w.text === w.lower && (isFiniteForm(w.lower, lex) || lex.presentVerbs.has(w.lower) || lex.reportingVerbs.has(w.lower) || (/s$/.test(w.lower) && !/(?:ss|ness|ous|is|us)$/.test(w.lower))));
}

const DEGREE_ADVERBS = new Set(["far", "well", "much", "slightly", "still", "just", "even", "way", "only"]);
const COMPARISONS = new Set(["above", "below", "under", "over", "beyond", "behind", "ahead", "short", "less", "more", "lower", "higher", "better", "worse", "fewer", "smaller", "larger", "bigger"]);
const PERSONAL_PRONOUNS = new Set(["i", "you", "he", "she", "it", "we", "they", "there", "that"]);
const THIRD_PERSON = new Set(["he", "she", "it"]);
/** `he works`: after `he`, `she` or `it`, a form in -s is the pronoun's verb. */
const thirdPersonVerb = (words: readonly Word[], k: number) => k > 0 && THIRD_PERSON.has(words[k - 1]!.lower) && /^\p{Ll}+[^s]s$/u.test(words[k]!.text);
const OBJECT_INFINITIVE = /^(?:[\p{L}'’-]+ ){1,4}to \p{Ll}+/u;
const CLAUSE_STOP = new Set(["that", "which", "who", "to", "for", "with", "of"]);
const CONTRACTED_CLAUSE = /^(?:it|he|she|we|they|I|you|that|there)['’](?:s|re|m) \p{L}+$/iu;
const CONTRACTED_SUBJECT = /^(?:that|there|here|what)['’]s$/i;
const NOUN_PREPOSITIONS = new Set(["for", "of", "in", "on"]);

/** `after that it was very difficult`, `in 2020 they moved`: a fronted phrase, then a pronoun and its verb. */
function frontedPhraseClause(text: string, span: Span, lex: Lexicons): boolean {
  const words = wordsIn(text, span).slice(0, 6);
  if (words.length < 3 || !(CLAUSE_PREPOSITIONS.has(words[0]!.lower) || lex.subordinators.has(words[0]!.lower))) return false;
  for (let k = 1; k <= 3 && k + 1 < words.length; k++) {
    if (isFiniteVerb(words[k]!, lex)) return false;
    if (SUBJECT_PRONOUNS.has(words[k]!.text) && isFiniteVerb(words[k + 1]!, lex)) return true;
  }
  return false;
}

/**
 * `wages fell`, `at least three people were injured`, `paid subscriptions rose`: a noun phrase and a
 * finite verb within the first words. A leading verb with no second one is a verb phrase sharing the
 * subject before it (`..., and paid cash`, `..., and closed plants that made cars`).
 */
function bareSubjectClause(text: string, span: Span, lex: Lexicons): boolean {
  // (Ten words: `tens of thousands of people in St Peter's Square cheered`.)
  const words = wordsIn(text, span).slice(0, 10);
  // (`..., but later accepted the result`: an adverb alone before the verb is no subject.)
  if (words.length > 1 && lex.frameAdverbs.has(words[0]!.lower) && isFiniteVerb(words[1]!, lex)) return false;
  // (`..., but far above the 1.5-degree limit set in ...`: a degree's adverb before a comparison opens no subject.)
  if (words.length > 1 && DEGREE_ADVERBS.has(words[0]!.lower) && COMPARISONS.has(words[1]!.lower)) return false;
  // (`..., but might not be enough`: an auxiliary opens a verb phrase, whatever verb follows it.)
  if (lex.auxiliaries.has(words[0]?.text ?? "")) return false;
  const linking = (w: Word) => w.text === w.lower && lex.presentVerbs.has(w.lower);
  for (let k = 1; k < words.length; k++) {
    // `demand for our vehicles remains strong`: a noun's phrase before a linking verb is the subject's.
    // (`thousands of fans complained`: so is a noun's phrase before any verb.)
    if (NOUN_PREPOSITIONS.has(words[k]!.lower) && !isFiniteVerb(words[0]!, lex) && words.slice(k + 1).some((w) => linking(w) || isFiniteVerb(w, lex))) continue;
    // (`..., but only if countries cut emissions`: a condition, no subject of its own.)
    if (CLAUSE_STOP.has(words[k]!.lower) || CONDITIONALS.has(words[k]!.lower) || lex.subordinators.has(words[k]!.lower)) return false;
    // `including air defences, munitions, and other assistance, are being sent`: a list item, no subject.
    if (text.slice(words[k - 1]!.end, words[k]!.start).includes(",")) return false;
    // (`the brutality often associated with ...`, `the tactics employed by`: a form in -ed before
    // `with` or `by` is a participle.)
    const participle = /ed$/.test(words[k]!.lower) && !lex.auxiliaries.has(words[k]!.lower) && !lex.irregularPastVerbs.has(words[k]!.lower) && /^(?:with|by)$/.test(words[k + 1]?.lower ?? "");
    if (participle) continue;
    // (`increased demand pushed prices up`: a form in -ed may open a subject; `remained confident the
    // plant would open` is a linking verb's past, a verb phrase with no subject.)
    if (isFiniteVerb(words[k]!, lex) || linking(words[k]!)) return !isFiniteVerb(words[0]!, lex) || (k >= 2 && !linkingPast(words[0]!, lex));
  }
  return false;
}

/** `remained`, `continued`, `seemed`: the past of a linking verb (the lexicon holds the present forms). */
function linkingPast(word: Word, lex: Lexicons): boolean {
  return word.text === word.lower && /ed$/.test(word.lower) && (lex.presentVerbs.has(word.lower.slice(0, -2)) || lex.presentVerbs.has(word.lower.slice(0, -1)));
}

/** One draft per coordinated clause; a clause with its own attribution is analysed on its own. */
function drafts(text: string, contentIn: Span, kind: ClaimKind, attribution: Attribution | null, rule: string, scopeStart: number, lex: Lexicons): Draft[] {
  // `said Thailand would honour the deal but accused Cambodian troops of ...`: an accusation after
  // `but` is the speaker's own act, an assertion, as `accused X of Y and said Z` is.
  const accused = attribution === null ? null : ACCUSATION.exec(text.slice(contentIn.start, contentIn.end));
  const content = accused === null ? contentIn : trimSpan(text, { start: contentIn.start, end: contentIn.start + accused.index });
  const act: Draft[] = accused === null ? [] : [{ content: trimSpan(text, { start: contentIn.start + accused.index + 5, end: contentIn.end }), kind: "assertion", attribution: null, rule: "assertion", scope: { start: contentIn.start + accused.index + 5, end: contentIn.end } }];
  return [...splitCoordinated(text, content, lex).flatMap((part, i) => {
    // (`said X and that a survey found Y`: after `and that`, the whole clause is still what was said.)
    const reportedToo = attribution !== null && / (?:and|but) that $/.test(text.slice(Math.max(0, part.start - 10), part.start));
    if (i > 0 && !reportedToo && reportedClause(text, part, lex)?.attribution.speaker.start === part.start) return clauseClaims(text, part, lex, 1);
    return [{ content: part, kind, attribution, rule, scope: { start: i === 0 ? Math.min(scopeStart, part.start) : part.start, end: part.end } }];
  }), ...act];
}

/** A frame with nothing reported after it (`Heald told The Huffington Post`): speaker and cue only. */
function reportedFrameOnly(text: string, span: Span, lex: Lexicons): Attribution | null {
  const attribution = attributionAfter(text, trimSpan(text, span), lex);
  if (attribution === null || attribution.speaker.start !== trimSpan(text, span).start) return null;
  return attribution;
}

/** `... and warned (that) B` inside a reported content: where A ends, and B's cue and content. */
function secondReport(text: string, content: Span, lex: Lexicons): { before: number; cue: Span; lemma: string; content: Span; act?: boolean } | null {
  const words = wordsIn(text, content);
  for (let i = 1; i + 2 < words.length; i++) {
    // `..., adding that B`: a participle after a comma reports B as well.
    const participle = words[i]!;
    if (participle.lower.endsWith("ing") && participle.text === participle.lower && text.slice(participle.start - 2, participle.start) === ", ") {
      const lemma = lex.reportingVerbs.get(participle.lower);
      let start = participle.end;
      if (lemma !== undefined) {
        if (words[i + 1]!.lower === "that") start = words[i + 1]!.end;
        const rest = trimSpan(text, { start, end: content.end });
        if (wordCount(text, rest) >= 3) return { before: participle.start - 2, cue: { start: participle.start, end: participle.end }, lemma, content: rest };
      }
    }
    if (words[i]!.lower !== "and" && words[i]!.lower !== "but") continue;
    const verb = words[i + 1]!;
    const lemma = verb.text === verb.lower && !verb.lower.endsWith("ing") ? lex.reportingVerbs.get(verb.lower) : undefined;
    if (lemma === undefined) continue;
    let start = verb.end;
    if (words[i + 2]!.lower === "that") start = words[i + 2]!.end;
    const rest = trimSpan(text, { start, end: content.end });
    if (wordCount(text, rest) < 2) continue;
    // `... and reported the thefts to police`: a verb with a plain object, a second act, no report.
    if (lex.nounObjectVerbs.has(lemma) && start === verb.end && !looksLikeClause(wordsIn(text, rest), lex)) continue;
    // `... but warned of more rain`: a phrase after a preposition reports nothing; the verb phrase is an act.
    const restWords = wordsIn(text, { start: rest.start, end: Math.min(rest.end, rest.start + 200) });
    const act = start === verb.end && CLAUSE_PREPOSITIONS.has(restWords[0]!.lower) && !restWords.slice(1).some((w) => isFiniteVerb(w, lex));
    return { before: words[i]!.start, cue: { start: verb.start, end: verb.end }, lemma, content: rest, act };
  }
  return null;
}

const WITH_REPORT = /, with ((?:[\p{L}\p{N}'’.-]+ ){0,3}?[\p{L}\p{N}'’.-]+) (\p{Ll}+ing) (?:that )?/u;

/** `..., with the i reporting no one will be refused`: a participle with a subject of its own reports what follows. */
function reportOfOwnSubject(text: string, span: Span, lex: Lexicons): { before: number; attribution: Attribution; content: Span } | null {
  const found = WITH_REPORT.exec(text.slice(span.start, span.end));
  if (found === null) return null;
  const content = trimSpan(text, { start: span.start + found.index + found[0].length, end: span.end });
  // (`, with a judge finding the reports ... were true`: a that-verb reports a clause without `that`.)
  const lemma = reportingLemmaOf(found[2]!, looksLikeClause(wordsIn(text, { start: content.start, end: Math.min(content.end, content.start + 200) }), lex), lex);
  if (lemma === undefined) return null;
  const speakerStart = span.start + found.index + ", with ".length;
  const cueStart = speakerStart + found[1]!.length + 1;
  if (wordCount(text, content) < 3) return null;
  const attribution: Attribution = { speaker: { start: speakerStart, end: speakerStart + found[1]!.length }, cue: { start: cueStart, end: cueStart + found[2]!.length }, lemma, denial: lemma === "deny" };
  return { before: span.start + found.index, attribution, content };
}

/** Where `needle` first stands between `from` and `end`, else -1 (never a search beyond the clause). */
function indexWithin(text: string, needle: string, from: number, end: number): number {
  const at = text.slice(from, end).indexOf(needle);
  return at === -1 ? -1 : from + at;
}

/** `..., police said` ending a span: the frame's attribution and where the words before it end. */
/**
 * The last comma that may set off a closing frame, and where the frame's words begin: `, X said`, or a
 * comma inside a closing quote mark (`the second season of "Squid Game," the company said`).
 */
function lastFrameComma(slice: string, lex: Lexicons): { comma: number; tail: number } | null {
  let plain = slice.lastIndexOf(", ");
  // (`..., the carmaker said at its meeting in Austin, Texas`: a place's region after its comma
  // closes the place, not the frame.)
  const region = plain > 0 ? /^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?$/u.exec(slice.slice(plain + 2).replace(/[.!?]$/, "")) : null;
  if (region !== null && lex.places.has(region[0]) && /\p{Lu}[\p{L}.-]*$/u.test(slice.slice(0, plain))) plain = slice.lastIndexOf(", ", plain - 1);
  const quoted = Math.max(slice.lastIndexOf(",” "), slice.lastIndexOf('," '));
  const opened = quoted > 0 && /["“]/.test(slice.slice(0, quoted));
  if (opened && quoted > plain) return { comma: quoted, tail: quoted + 2 };
  return plain > 0 ? { comma: plain, tail: plain + 1 } : null;
}

function trailingFrame(text: string, span: Span, lex: Lexicons): { attribution: Attribution; before: number } | null {
  // (Searched inside the span only: a search back from its end would run to the text's start.)
  const found = lastFrameComma(text.slice(span.start, span.end), lex);
  if (found === null) return null;
  const comma = span.start + found.comma;
  const tail = { start: span.start + found.tail, end: span.end };
  if (wordCount(text, tail) > closingFrameWords(text, tail, 8)) return null;
  const attribution = attributionAfter(text, tail, lex);
  if (attribution === null) return null;
  const after = trimSpan(text, { start: Math.max(attribution.cue.end, attribution.speaker.end), end: span.end });
  if (!closesFrame(text, attribution, after, lex)) return null;
  return { attribution, before: comma };
}

const NAME_ONLY = /^(?:\p{Lu}[\p{L}.'’-]*\s?)+$/u;

/**
 * `Graham Pelling, 58`, `Maria Lopez, a nurse`, `Northlight, which is financing the film`, `Portugal's
 * prime minister, Luís Montenegro`: a name and its apposition, no clause. Before `, admitted two
 * counts` they are the subject of the verb, not what a speaker said.
 */
function nameWithApposition(text: string, span: Span, lex: Lexicons): boolean {
  const comma = indexWithin(text, ", ", span.start, span.end);
  if (comma < 0) return false;
  // (`Portugal's prime minister, Luís Montenegro`: a description, then the name.)
  const description = wordsIn(text, { start: span.start, end: comma });
  if (NAME_ONLY.test(text.slice(comma + 2, span.end).trim()) && description.length <= 8 && !description.some((w) => isFiniteVerb(w, lex))) return true;
  if (!NAME_ONLY.test(text.slice(span.start, comma))) return false;
  const apposition = wordsIn(text, { start: comma + 1, end: span.end });
  // (`Northlight, which is financing the film`: a relative clause describes the name as well.)
  if (apposition[0]?.lower === "which" || apposition[0]?.lower === "who") return apposition.length <= 12;
  return apposition.length <= 8 && !apposition.some((w) => isFiniteVerb(w, lex));
}

/**
 * A closing frame in speaker-verb order whose speaker opens it and is a plain noun phrase (`, he told
 * the court`): `, not June as markets had expected` is no frame.
 */
function speakerOpensFrame(text: string, frame: { attribution: Attribution; before: number }, lex: Lexicons): boolean {
  const { speaker, cue } = frame.attribution;
  if (speaker.start > cue.start || trimSpan(text, { start: frame.before + 1, end: speaker.end }, '"”').start !== speaker.start) return false;
  return !wordsIn(text, speaker).some((w) => lex.subordinators.has(w.lower) || w.lower === "not");
}

/**
 * How many words a closing frame may hold: the usual limit, or twenty when a phrase or a clause on
 * when follows its verb (`..., Malaysian Prime Minister Anwar Ibrahim said after hosting talks between
 * the two sides`).
 */
function closingFrameWords(text: string, tail: Span, usual: number): number {
  return / (?:after|before|following|while|during|when) /.test(text.slice(tail.start, tail.end)) ? 20 : usual;
}

/** What may follow a closing frame: a time (`said on Tuesday`), or after `told` its addressee (`told the BBC`). */
function closesFrame(text: string, attribution: Attribution, after: Span, lex: Lexicons): boolean {
  if (onlyTimeAfter(text, after, lex)) return true;
  // (`..., their offices said after the two leaders met on the sidelines of the summit`: with the
  // content before the frame, a clause on when after the verb is the frame's time, not its content.)
  // (Only after a verb of speaking: `blocks pain signals before they reach the brain` frames nothing.)
  if (attribution.cue.end > attribution.speaker.end && SPEAKING.has(attribution.lemma) && TIME_CLAUSE.test(text.slice(after.start, after.end))) return true;
  if (attribution.lemma !== "tell") return false;
  const words = wordsIn(text, after);
  return words.length <= 6 && !words.some((w) => w.lower === "that" || lex.auxiliaries.has(w.lower) || isFiniteVerb(w, lex));
}

// `Reuters`, `the BBC`, `DZMM radio`, `the Bundestag`: a name, with its article or a medium's noun.
const NAMED_HEARER = /^(?:the )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,3}(?: (?:radio|television|TV|newspaper))?(?=$| )/u;

/** Nothing, or only when, after a frame: `officials said`, `said on Tuesday`, `said Thursday`, not `announced cuts`. */
function onlyTimeAfter(text: string, after: Span, lex: Lexicons): boolean {
  if (after.end <= after.start || phraseAt(text, after.start, lex.timeFrames) === after.end) return true;
  const words = wordsIn(text, after);
  // `said on a call with analysts`: a place or occasion, no clause.
  // (`estimated the crowd at 275,000`: a number after the preposition is an amount, no occasion.)
  if (OCCASION.test(words[0]?.lower ?? "") && !/^\d/.test(words[1]?.text ?? "") && !words.some((w) => lex.auxiliaries.has(w.lower))) return true;
  // (`told reporters after a cabinet meeting`: an event without a verb is a time too.)
  // (`before they reach the brain`: a subject of its own makes a clause, no time.)
  if (/^(?:after|before|following)$/.test(words[0]?.lower ?? "") && words.length <= 8 && !words.some((w) => lex.auxiliaries.has(w.lower) || isFiniteVerb(w, lex) || SUBJECT_PRONOUNS.has(w.lower))) return true;
  // (`said in a letter to shareholders`: an audience after the channel, outside the cue.)
  // (Plural people or a determiner after `to`: `to stay indoors` is an infinitive.)
  const audience = words[1] !== undefined && (/^(?:its|their|the|all)$/.test(words[1].lower) || /^\p{Ll}+[^s]s$/u.test(words[1].text));
  if (words[0]?.lower === "to" && audience && words.length <= 5 && words.slice(1).every((w) => (w.text === w.lower && !lex.auxiliaries.has(w.lower) && !isFiniteVerb(w, lex)) || lex.calendarWords.has(w.lower))) return true;
  // (`said in a filing with state regulators`, `with the SEC`: the body the channel went to.)
  const last = words[words.length - 1];
  if (words[0]?.lower === "with" && words.length <= 7 && last !== undefined && (/^\p{Ll}+[^s]s$/u.test(last.text) || /^\p{Lu}/u.test(last.text)) && !words.some((w) => lex.auxiliaries.has(w.lower) || isFiniteVerb(w, lex))) return true;
  // (`said Monday night`: a part of the day after the day.)
  return words.length <= 3 && words.every((w) => lex.calendarWords.has(w.lower) || /^(?:on|last|this|next|late|early|in|\d+|morning|afternoon|evening|night|overnight)$/.test(w.lower));
}

const SPEAKING = new Set(["say", "tell", "add", "announce", "confirm", "report", "state", "write", "warn"]);
const TIME_CLAUSE = /^(?:after|before|when|while|as soon as|shortly after|soon after) \S/;
const ACCUSATION = / but (?:accused|blamed|criticised|criticized|condemned) /;
const RELAYED_SOURCE = /^(?:quoting|citing) [^,]+(?:\([^)]*\))?, /;
const SOURCE_ASIDE = /^(?:which|who|whose) (?:[^,;"“”]|,(?=\d))+, /;
// (`..., the WHO said, as floods and conflict damage water systems`: a bare plural subject too.)
/** The subordinators that may open a clause of its own after a closing frame (`..., officials said, as ...`). */
const AFTER_FRAME = "as|while|though|although|whereas|after|before|because|since|when";
const CLAUSE_AFTER_FRAME = new RegExp(`^(?:${AFTER_FRAME}) (?=(?:the|a|an|its|his|her|their|it|he|she|they|we|there|this|these|those|[a-z]+s) )`);
const SUBORDINATOR_AFTER_FRAME = new RegExp(`^(?:${AFTER_FRAME}) `);
/** After `, citing`: its source, a comma and a finite reporting verb. */
function citingBeforeVerb(text: string, from: number, end: number, lex: Lexicons): boolean {
  const comma = text.slice(from, Math.min(end, from + 80)).indexOf(", ");
  if (comma < 0) return false;
  const verb = /^(\p{Ll}+)\b/u.exec(text.slice(from + comma + 2, from + comma + 24))?.[1];
  return verb !== undefined && !verb.endsWith("ing") && lex.reportingVerbs.has(verb);
}

const CONCESSIVE = /, (?:though|although|even though|while|whereas|as(?= (?:the )?(?:\p{L}+ ){1,2}\p{Ll}+ed\b)) /gu;
/** The past form that lets `as` open a clause in CONCESSIVE (`expected` in `as traders had expected`). */
const PAST_AFTER_AS = /^(?:the )?(?:\p{L}+ ){1,2}(\p{Ll}+ed)\b/u;
/** `, according to X`, `, as reported by X`, `, as per X`: the attribution frames of the lexicon after a comma. */
const framePatterns = new WeakMap<Lexicons, RegExp>();
function framePattern(lex: Lexicons): RegExp {
  let pattern = framePatterns.get(lex);
  if (pattern === undefined) {
    const phrases = [...lex.attributionFrames.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    pattern = new RegExp(`, (${phrases.join("|")}) `, "gi");
    framePatterns.set(lex, pattern);
  }
  return pattern;
}

/** A frame of the named-source kind needs a name or a known source after it: `as per the BMC`, not `as per instructions`. */
const PERSON_SOURCES = new Set(["source", "sources", "people", "person", "diplomats", "diplomat", "officers", "insiders", "spokesman", "spokeswoman", "spokesperson"]);

function sourceFits(text: string, source: Span, phrase: string, lex: Lexicons): boolean {
  if (!lex.namedSourceFrames.has(phrase)) return true;
  const words = wordsIn(text, { start: source.start, end: Math.min(source.end, source.start + 80) });
  const head = words[0]?.lower === "the" ? words[1] : words[0];
  if (head === undefined) return false;
  // (`citing officials`, `citing people familiar with the matter`: people are sources too;
  // `citing higher-than-expected yields` cites a reason.)
  const person = (w: string) => lex.roleNouns.has(w) || lex.roleNouns.has(w.replace(/s$/, "")) || PERSON_SOURCES.has(w);
  return head.text !== head.lower || words.slice(0, 4).some((w) => lex.evidenceNouns.has(w.lower) || lex.organizationWords.has(w.lower) || lex.mediaWords.has(w.lower) || person(w.lower));
}

/** `content according to the event website`: a short source at the clause end needs no comma. */
const TRAILING_FRAME = / (according to) (?:[\p{L}\p{N}.'’&-]+ ?){1,6}$/u;
const LEAD_WITHOUT_COMMA = /^( (?:the )?\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*)*) (?=(?:the|a|an|his|her|its|their|over|more|about|some|only|all|many|most|nearly|almost|at least|\d)\b)/u;

export function clauseClaims(text: string, clauseIn: Span, lex: Lexicons, depth = 0): Draft[] {
  const clause = stripOpeners(text, clauseIn, lex);
  if (clause.end <= clause.start || depth > 3) return [];

  // `According to X, content.`
  const lead = phraseAt(text, clause.start, [...lex.attributionFrames.keys()]);
  if (lead !== null) {
    // `According to Rathbun the property was returned`: with no comma, the name ends where the
    // content's first lowercase word begins.
    const bare = LEAD_WITHOUT_COMMA.exec(text.slice(lead, Math.min(clause.end, lead + 120)));
    const comma = bare !== null ? lead + bare[1]!.length : indexWithin(text, ", ", lead, clause.end);
    const phrase = text.slice(clause.start, lead).toLowerCase();
    if (comma > lead && comma < clause.end && sourceFits(text, { start: lead, end: comma }, phrase, lex)) {
      const attribution: Attribution = {
        speaker: trimSpan(text, { start: lead, end: comma }),
        cue: { start: clause.start, end: lead },
        lemma: lex.attributionFrames.get(phrase) ?? phrase,
        denial: false,
      };
      let content = stripOpeners(text, { start: comma + 1, end: clause.end }, lex);
      // `According to Yonhap, quoting the state agency KCNA, the army ...`: the agency's own source
      // is part of the frame.
      const relayed = RELAYED_SOURCE.exec(text.slice(content.start, Math.min(clause.end, content.start + 160)));
      if (relayed !== null && content.start + relayed[0].length < clause.end) content = stripOpeners(text, { start: content.start + relayed[0].length, end: clause.end }, lex);
      // (`According to the corporation, which runs 4,000 buses, its fares ...`: so is a relative
      // clause on the source.)
      const aside = SOURCE_ASIDE.exec(text.slice(content.start, Math.min(clause.end, content.start + 160)));
      if (aside !== null && content.start + aside[0].length < clause.end) content = stripOpeners(text, { start: content.start + aside[0].length, end: clause.end }, lex);
      return drafts(text, content, "according_to", attribution, "according-to-lead", clause.start, lex);
    }
  }

  // `Although X, Y` gives two claims; `As X, Y` gives Y only.
  const subordinator = phraseAt(text, clause.start, [...lex.subordinators.keys()]);
  if (subordinator !== null) {
    const comma = indexWithin(text, ", ", subordinator, clause.end);
    if (comma > subordinator && comma < clause.end) {
      const rest = { start: comma + 1, end: clause.end };
      if (wordCount(text, rest) >= 2) {
        const word = text.slice(clause.start, subordinator).toLowerCase();
        // `As Heald told The Huffington Post, ozone has dropped`: the as-clause is the attribution.
        if (word === "as") {
          const frame = reportedFrameOnly(text, { start: subordinator, end: comma }, lex);
          if (frame !== null) return drafts(text, trimSpan(text, rest), "indirect", frame, "reported-speech-as", clause.start, lex);
        }
        const own = lex.subordinators.get(word) === true;
        const sub = trimSpan(text, { start: subordinator, end: comma });
        const subClaims = own ? drafts(text, sub, "assertion", null, "assertion-subordinate", sub.start, lex) : [];
        return [...subClaims, ...clauseClaims(text, rest, lex, depth + 1)];
      }
    }
  }

  // `..., a move officials say will save $4.5 million`: a report inside an apposition.
  const embedded = appositionReport(text, clause, lex);
  if (embedded !== null) {
    return [...clauseClaims(text, embedded.main, lex, depth + 1), ...drafts(text, embedded.content, "indirect", embedded.attribution, "reported-speech-apposition", embedded.attribution.speaker.start, lex)];
  }

  // `Floods killed 30, in what officials called the worst disaster in decades.`
  const characterised = characterisation(text, clause, lex);
  if (characterised !== null) {
    const { main, attribution, content } = characterised;
    return [...clauseClaims(text, main, lex, depth + 1), ...drafts(text, content, "indirect", attribution, "characterised-as", attribution.speaker.start, lex)];
  }

  // `content, according to X.` and `content, as reported by X, rest.`
  const FRAME = framePattern(lex);
  FRAME.lastIndex = 0;
  const slice = text.slice(clause.start, clause.end);
  let match = FRAME.exec(slice) ?? TRAILING_FRAME.exec(slice);
  // `Al-Qahera News TV, citing a senior official, reported that ...`: a frame set off between a
  // subject and its reporting verb is the subject's source, and the verb frames the clause.
  if (match !== null && match[1]!.toLowerCase() === "citing" && citingBeforeVerb(text, clause.start + match.index + match[0].length, clause.end, lex)) match = null;
  // Where the lead ends (at the comma or space) and the frame's phrase.
  const frame = match === null ? null : { index: match.index, phrase: match[1]! };
  // `X warned that ..., citing poor harvests`: citing gives a reason of a source already named.
  // (So does `..., the agency said, citing officials`: a closing frame's own source.)
  const citingLead = frame !== null && frame.phrase.toLowerCase() === "citing" ? { start: clause.start, end: clause.start + frame.index } : null;
  if (citingLead !== null && (reportedClause(text, citingLead, lex) !== null || trailingFrame(text, citingLead, lex) !== null)) {
    return clauseClaims(text, citingLead, lex, depth + 1);
  }
  if (frame !== null && sourceFits(text, { start: clause.start + frame.index + match![0].length, end: clause.end }, frame.phrase.toLowerCase(), lex)) {
    const cueStart = clause.start + frame.index + match![0].indexOf(frame.phrase);
    const cueEnd = cueStart + frame.phrase.length;
    const after = text.slice(cueEnd, clause.end);
    let comma = after.indexOf(", ");
    let speakerEnd = comma < 0 ? clause.end : cueEnd + comma;
    // `according to Eurostat, the EU's statistics office.`: a short apposition ends the clause.
    if (comma >= 0 && wordCount(text, { start: cueEnd + comma + 2, end: clause.end }) <= 6 && reportedClause(text, { start: cueEnd + comma + 2, end: clause.end }, lex) === null && !/\b(?:is|are|was|were|has|have|had|will|would)\b/.test(after.slice(comma))) comma = -1;
    // `according to the memo, which was seen by Reuters.`: a relative clause on the source is the frame's.
    if (comma >= 0 && /^, (?:which|who|whose) /.test(after.slice(comma))) comma = -1;
    const attribution: Attribution = {
      speaker: trimSpan(text, { start: cueEnd, end: speakerEnd }),
      cue: { start: cueStart, end: cueEnd },
      lemma: lex.attributionFrames.get(frame.phrase.toLowerCase()) ?? frame.phrase.toLowerCase(),
      denial: false,
    };
    const leadSpan = { start: clause.start, end: clause.start + frame.index };
    // `a policy which, according to AFP, the UN has criticised`: the frame belongs to the relative
    // clause after it; the lead before the relative word is the article's own claim.
    const relative = comma >= 0 ? / (?:which|who|that)$/.exec(text.slice(leadSpan.start, leadSpan.end)) : null;
    if (relative !== null) {
      const own = drafts(text, trimSpan(text, { start: leadSpan.start, end: leadSpan.start + relative.index }), "assertion", null, "assertion", clause.start, lex);
      return [...own, ...drafts(text, trimSpan(text, { start: speakerEnd + 1, end: clause.end }), "according_to", attribution, "according-to-embedded", clause.start, lex)];
    }
    const content = stripTopic(text, leadSpan, lex);
    const attributed = drafts(text, content, "according_to", attribution, comma < 0 ? "according-to-trailing" : "according-to-embedded", clause.start, lex);
    if (comma < 0) return attributed;
    return [...attributed, ...clauseClaims(text, { start: speakerEnd + 1, end: clause.end }, lex, depth + 1)];
  }

  // `content, officials said, as rivers rose`: a frame between commas attributes what comes before it.
  const commas = [...slice.matchAll(/, /g)].map((m) => clause.start + m.index);
  const leadIsClause = (end: number) => wordCount(text, { start: clause.start, end: Math.min(end, clause.start + 60) }) >= 3;
  for (let k = 0; k + 1 < commas.length; k++) {
    const segment = { start: commas[k]! + 2, end: commas[k + 1]! };
    // `The big hit, Wikinews observed, was the Polaroid room`: a frame that parts a subject from its
    // verb attributes the whole clause around it.
    const restVerb = /^\p{Ll}+/u.exec(text.slice(commas[k + 1]! + 2, commas[k + 1]! + 14))?.[0];
    const splitsClause = restVerb !== undefined && lex.auxiliaries.has(restVerb) && commas[k]! - clause.start < 80;
    if (segment.end - segment.start > 120 || wordCount(text, segment) > 8 || (!leadIsClause(commas[k]!) && !splitsClause)) continue;
    const attribution = attributionAfter(text, segment, lex);
    if (attribution === null) continue;
    // (`Dresden's building mayor, Stephan Kühn, said the bridge, built in 1971, had ...`: a name and its
    // apposition before the verb are its subject, not what a speaker said.)
    if (attribution.cue.start < attribution.speaker.start && nameWithApposition(text, { start: clause.start, end: commas[k]! }, lex)) continue;
    // `, officials said on Monday,` frames; `, Kuwait and Algeria also announced cuts` does not.
    const frameEnd = Math.max(attribution.cue.end, attribution.speaker.end);
    let after = trimSpan(text, { start: frameEnd, end: segment.end });
    // (`, an official told Reuters on Monday,`: the one `tell` spoke to, a name, may stand before the time.)
    const hearer = attribution.lemma === "tell" && attribution.cue.end === frameEnd ? NAMED_HEARER.exec(text.slice(after.start, after.end)) : null;
    if (hearer !== null) after = trimSpan(text, { start: after.start + hearer[0].length, end: after.end });
    const placeAfter = splitsClause && /^(?:from|in|at|on|during|to|with|after|before|by) /.test(text.slice(after.start, after.end));
    if (!onlyTimeAfter(text, after, lex) && !placeAfter) continue;
    if (splitsClause) return drafts(text, clause, "indirect", attribution, "reported-speech-parenthetical", clause.start, lex);
    const framed = drafts(text, { start: clause.start, end: commas[k]! }, "indirect", attribution, "reported-speech-parenthetical", clause.start, lex);
    // `..., officials said, as the river rose above the danger mark`: a clause of its own after the frame.
    const restStart = commas[k + 1]! + 2;
    // (`as fighting continued`: any noun phrase and its finite verb make the clause.)
    const conjunction = SUBORDINATOR_AFTER_FRAME.exec(text.slice(restStart, restStart + 12));
    const opener = CLAUSE_AFTER_FRAME.exec(text.slice(restStart, clause.end)) ?? (conjunction !== null && bareSubjectClause(text, { start: restStart + conjunction[0].length, end: Math.min(clause.end, restStart + conjunction[0].length + 80) }, lex) ? conjunction : null);
    if (opener !== null) return [...framed, ...clauseClaims(text, { start: restStart + opener[0].length, end: clause.end }, lex, depth + 1)];
    // `..., the authority said, and schools in four towns will remain closed`: a coordinated clause.
    const coordinated = /^(?:and|but) /.exec(text.slice(restStart, restStart + 4));
    if (coordinated !== null) {
      const rest = { start: restStart + coordinated[0].length, end: clause.end };
      const first = /^[\p{L}']+/u.exec(text.slice(rest.start, rest.start + 40))?.[0] ?? "";
      if (bareSubjectClause(text, { start: rest.start, end: Math.min(clause.end, rest.start + 80) }, lex) || lex.subjectStarters.has(first.toLowerCase())) {
        return [...framed, ...clauseClaims(text, rest, lex, depth + 1)];
      }
      // `..., officials said, and added that more was coming`: the same source reports again.
      const lemma = lex.reportingVerbs.get(first);
      if (lemma !== undefined && !first.endsWith("ing")) {
        const cue = { start: rest.start, end: rest.start + first.length };
        const content = trimSpan(text, { start: cue.end + (text.startsWith(" that ", cue.end) ? 5 : 0), end: clause.end });
        const again: Attribution = { speaker: attribution.speaker, cue, lemma, denial: lemma === "deny" };
        if (wordCount(text, content) >= 2) return [...framed, ...drafts(text, content, "indirect", again, "reported-speech-coordinated", cue.start, lex)];
      }
      // `Prabowo cancelled a trip, his office said, and ordered police to act`: a second act of the
      // subject's is an assertion of its own.
      const firstWord = wordsIn(text, { start: rest.start, end: Math.min(clause.end, rest.start + 40) })[0];
      if (lemma === undefined && firstWord !== undefined && isFiniteVerb(firstWord, lex) && wordCount(text, rest) >= 3) return [...framed, ...drafts(text, rest, "assertion", null, "assertion", rest.start, lex)];
    }
    // `..., a spokeswoman said, adding that some would be offered jobs`: the same source reports
    // again in a participle.
    const participle = /^\p{Ll}+ing\b/u.exec(text.slice(restStart, restStart + 30))?.[0];
    const cueEnd = participle === undefined ? restStart : cueExtension(text, restStart + participle.length, lex) ?? restStart + participle.length;
    const thatAfter = participle !== undefined && text.startsWith(" that ", cueEnd);
    const lemma = participle === undefined ? undefined : reportingLemmaOf(participle, thatAfter, lex);
    if (participle !== undefined && lemma !== undefined) {
      const cue = { start: restStart, end: cueEnd };
      const content = trimSpan(text, { start: cue.end + (thatAfter ? 5 : 0), end: clause.end }, ",;:");
      const again: Attribution = { speaker: attribution.speaker, cue, lemma, denial: lemma === "deny" };
      // (`, warning residents to stay indoors` asks; it reports no clause.)
      // (Nor `, asking not to be identified because ...`, a request of the source's own.)
      if (wordCount(text, content) >= 3 && !/^(?:not )?to /.test(text.slice(content.start, content.start + 7)) && (thatAfter || looksLikeClause(wordsIn(text, content), lex))) return [...framed, ...drafts(text, content, "indirect", again, "participial-frame", cue.start, lex)];
    }
    return framed;
  }

  // `X, though officials said Y`, `X, while the ministry put it at Y`: a subordinate clause with its
  // own attribution or its own subject is a claim of its own.
  for (const concession of slice.matchAll(CONCESSIVE)) {
    const rest = { start: clause.start + concession.index + concession[0].length, end: clause.end };
    // (`..., as traders had expected a more hawkish message`: an expectation after `as`, a hedge's
    // verb, gives the reason and stays in the clause.)
    if (concession[0] === ", as " && lex.hedges.includes(PAST_AFTER_AS.exec(text.slice(rest.start, rest.start + 60))?.[1] ?? "")) continue;
    const opening = /^([\p{L}']+) ([\p{L}']+)/u.exec(text.slice(rest.start, rest.start + 40));
    const subject = opening?.[1] ?? "";
    // `..., while organizers put it at 100,000`: a bare plural noun and a verb are a subject too.
    const barePlural = opening !== null && /^\p{Ll}+s$/u.test(subject) && /^\p{Ll}+$/u.test(opening[2]!) && !lex.auxiliaries.has(subject);
    // (`..., while Meridionales CEO Sophie Arnaud will become chair`: a name and its verb.)
    const namedSubject = /^\p{Lu}/u.test(subject) && bareSubjectClause(text, { start: rest.start, end: Math.min(clause.end, rest.start + 80) }, lex);
    const ownSubject = (lex.subjectStarters.has(subject.toLowerCase()) && subject !== "that") || barePlural || namedSubject;
    if (concession.index > 0 && (ownSubject || reportedClause(text, rest, lex) !== null)) {
      return [...clauseClaims(text, { start: clause.start, end: clause.start + concession.index }, lex, depth + 1), ...clauseClaims(text, rest, lex, depth + 1)];
    }
  }

  // `The talks stalled, said two officials briefed on the matter.`: an inverted frame closing the
  // clause attributes all before it (else `The talks stalled` would read as the subject of `said`).
  const inverted = trailingFrame(text, clause, lex);
  // (`..., the company's president, Armin Dorgathen, told reporters`: `told` takes its hearer after it,
  // never its subject, so it closes no inverted frame.)
  if (inverted !== null && inverted.attribution.lemma !== "tell" && inverted.attribution.cue.start < inverted.attribution.speaker.start && wordCount(text, { start: clause.start, end: inverted.before }) >= 2 && !nameWithApposition(text, { start: clause.start, end: inverted.before }, lex)) {
    return drafts(text, trimSpan(text, { start: clause.start, end: inverted.before }, ","), "indirect", inverted.attribution, "reported-speech-trailing", clause.start, lex);
  }

  // `X (has) said (that) content`, and `X said A and warned that B` (a second cue, same speaker).
  const reported = reportedClause(text, clause, lex);
  if (reported !== null) {
    // `Investigators found that X, he told the court`: the frame closing the sentence is the article's
    // attribution; the report before it is what that speaker said.
    const closing = trailingFrame(text, reported.content, lex);
    if (closing !== null && speakerOpensFrame(text, closing, lex) && relativeClauseStart(text, clause, reported.attribution.speaker) === null) {
      return drafts(text, trimSpan(text, { start: clause.start, end: closing.before }, ","), "indirect", closing.attribution, "reported-speech-trailing", clause.start, lex);
    }
    const other = reportOfOwnSubject(text, reported.content, lex);
    const second = other === null ? secondReport(text, reported.content, lex) : null;
    const end = other?.before ?? second?.before ?? null;
    let first = end === null ? reported.content : trimSpan(text, { start: reported.content.start, end }, ",");
    // `The school was locked down after a caller reported that a gunman had entered, police said`:
    // the frame at the end is the main clause's; the report inside ends before it.
    const mainEnd = relativeClauseStart(text, clause, reported.attribution.speaker);
    const outer = mainEnd === null ? null : trailingFrame(text, first, lex);
    if (outer !== null) first = trimSpan(text, { start: first.start, end: outer.before }, ",");
    // (`Newsom declared a state of emergency and said ...`: before a second report, a first verb with
    // no clause after it is an act, the whole verb phrase an assertion.)
    const act = second !== null && other === null && mainEnd === null && !/\bthat\s*$/.test(text.slice(Math.max(0, first.start - 6), first.start)) && !/^["“‘']/.test(text[first.start] ?? "") && !looksLikeClause(wordsIn(text, first), lex);
    const claims = act
      ? drafts(text, trimSpan(text, { start: clause.start, end: first.end }, ","), "assertion", null, "assertion", clause.start, lex)
      : drafts(text, first, "indirect", reported.attribution, reported.rule, reported.attribution.speaker.start, lex);
    if (other !== null) claims.push(...drafts(text, other.content, "indirect", other.attribution, "reported-speech-with", other.attribution.speaker.start, lex));
    // `He met Devocht, who had told him he would help`: the main clause is a claim of its own.
    if (mainEnd !== null) {
      const main = trimSpan(text, { start: clause.start, end: mainEnd }, ",");
      claims.unshift(...(outer === null ? drafts(text, main, "assertion", null, "assertion", clause.start, lex) : drafts(text, main, "indirect", outer.attribution, "reported-speech-trailing", clause.start, lex)));
    }
    // `... said X and urged passengers to check`: an object and an infinitive after the second verb
    // are an act of the speaker's, as `urged residents to leave` is, not a second report.
    const urged = second !== null && (second.act === true || (lex.objectInfinitiveVerbs.has(second.lemma) && OBJECT_INFINITIVE.test(text.slice(second.content.start, second.content.start + 80))));
    if (second !== null && urged) {
      claims.push(...drafts(text, { start: second.cue.start, end: second.content.end }, "assertion", null, "assertion", second.cue.start, lex));
    } else if (second !== null) {
      const attribution: Attribution = { speaker: reported.attribution.speaker, cue: second.cue, lemma: second.lemma, denial: second.lemma === "deny" };
      claims.push(...drafts(text, second.content, "indirect", attribution, "reported-speech-second-cue", second.cue.start, lex));
    }
    return claims;
  }

  // `The Fed held rates but signaled cuts would come`: the first verb phrase, then the report.
  const coordinated = coordinatedReport(text, clause, lex);
  if (coordinated !== null) {
    return [
      ...drafts(text, coordinated.lead, "assertion", null, "assertion", clause.start, lex),
      ...drafts(text, coordinated.content, "indirect", coordinated.attribution, coordinated.rule, coordinated.attribution.cue.start, lex),
    ];
  }

  // `X lost his case, with a judge finding the reports were true`: the main clause, and the report of
  // the subject the `with` phrase has of its own.
  const withReport = reportOfOwnSubject(text, clause, lex);
  if (withReport !== null) {
    return [
      ...clauseClaims(text, trimSpan(text, { start: clause.start, end: withReport.before }, ","), lex, depth + 1),
      ...drafts(text, withReport.content, "indirect", withReport.attribution, "reported-speech-with", withReport.attribution.speaker.start, lex),
    ];
  }

  // `content, X said.` / `content, said X.` / `content, his son, Daniel Bell, said.` (the frame's
  // subject with its apposition between commas).
  const frameComma = lastFrameComma(slice, lex);
  let lastComma = frameComma?.comma ?? -1;
  let tailOffset = frameComma === null ? 1 : frameComma.tail - frameComma.comma;
  // (Only where the last part has no subject of its own: `, later said`, `, announced on Wednesday`,
  // not `, officials said`; what may follow the verb is checked with the frame below.)
  const [first, second] = /^, (\p{Ll}+)(?: (\p{Ll}+))?/u.exec(slice.slice(lastComma))?.slice(1) ?? [];
  const bareFrame = first !== undefined && (isReportingPast(first, lex) || (lex.frameAdverbs.has(first) && second !== undefined && isReportingPast(second, lex)));
  if (lastComma > 0 && bareFrame) {
    const appositionStart = slice.lastIndexOf(", ", lastComma - 1);
    const frameStart = appositionStart > 0 ? slice.lastIndexOf(", ", appositionStart - 1) : -1;
    if (frameStart > 0) {
      lastComma = frameStart;
      tailOffset = 1;
    }
  }
  if (lastComma > 0) {
    const tail = { start: clause.start + lastComma + tailOffset, end: clause.end };
    // (Up to sixteen words with no comma inside: `the U.S. National Transportation Safety Board said
    // in a final report on Tuesday`; a tail with an apposition stays within twelve.)
    if (wordCount(text, tail) <= (text.slice(tail.start, tail.end).includes(",") ? 12 : closingFrameWords(text, tail, 16))) {
      const attribution = attributionAfter(text, tail, lex);
      const frameEnd = attribution === null ? clause.end : Math.max(attribution.cue.end, attribution.speaker.end);
      const after = trimSpan(text, { start: frameEnd, end: clause.end });
      const content = { start: clause.start, end: clause.start + lastComma };
      const inverted = attribution !== null && attribution.cue.start < attribution.speaker.start;
      if (attribution !== null && closesFrame(text, attribution, after, lex) && !(inverted && nameWithApposition(text, content, lex))) {
        return drafts(text, content, "indirect", attribution, "reported-speech-trailing", clause.start, lex);
      }
    }
  }

  // `The ministry issued a statement, saying the border would reopen`: the event, and what the
  // participle reports, said by the subject of the main clause.
  const participial = participialFrame(text, clause, lex, depth);
  if (participial !== null) return participial;

  return drafts(text, clause, "assertion", null, "assertion", clause.start, lex);
}

/** `, a move (that) officials say will save`: a noun, its source and a reporting verb, then the clause's verb. */
const APPOSITION_REPORT = /, (?:a|an|the) \p{Ll}+(?: (?:that|which))? ((?:[\p{L}'’.-]+ ){0,4}?[\p{L}'’.-]+) (\p{Ll}+) (?=(?:will|would|could|may|might|can|should|is|are|was|were|has|have|had)\b)/u;

function appositionReport(text: string, clause: Span, lex: Lexicons): { main: Span; attribution: Attribution; content: Span } | null {
  const slice = text.slice(clause.start, clause.end);
  if (!slice.includes(", a") && !slice.includes(", the")) return null;
  const m = APPOSITION_REPORT.exec(slice);
  if (m === null || m.index === 0) return null;
  const lemma = lex.reportingVerbs.get(m[2]!);
  if (lemma === undefined || m[2]!.endsWith("ing") || m[2]!.endsWith("ed")) return null;
  const cueStart = clause.start + m.index + m[0].length - m[2]!.length - 1;
  // (`, a first in spaceflight that the company says will ...`: the speaker follows the relative word.)
  const relative = /^(?:.* )?(?:that|which) /.exec(m[1]!)?.[0].length ?? 0;
  const speakerStart = cueStart - 1 - m[1]!.length + relative;
  const content = trimSpan(text, { start: clause.start + m.index + m[0].length, end: clause.end }, ",;:");
  const attribution: Attribution = { speaker: { start: speakerStart, end: cueStart - 1 }, cue: { start: cueStart, end: cueStart + m[2]!.length }, lemma, denial: false };
  return { main: { start: clause.start, end: clause.start + m.index }, attribution, content };
}

const IN_WHAT = /, in what /g;

/**
 * `..., in what the Environment Agency described as one of the worst incidents of its kind`: the
 * description after a characterising verb is the source's claim; the clause before, the article's.
 */
function characterisation(text: string, clause: Span, lex: Lexicons): { main: Span; attribution: Attribution; content: Span } | null {
  const slice = text.slice(clause.start, clause.end);
  for (const m of slice.matchAll(IN_WHAT)) {
    const speakerStart = clause.start + m.index + m[0].length;
    const words = wordsIn(text, { start: speakerStart, end: Math.min(clause.end, speakerStart + 80) });
    // The source is at most six words, then the verb (`called`, `described as`).
    for (let k = 1; k < words.length && k <= 6; k++) {
      const verb = [...lex.characterisingVerbs].find(([phrase]) => text.startsWith(`${phrase} `, words[k]!.start));
      if (verb === undefined) continue;
      const cue = { start: words[k]!.start, end: words[k]!.start + verb[0].length };
      const content = trimSpan(text, { start: cue.end, end: clause.end }, ",;:");
      if (wordCount(text, content) < 2) return null;
      const attribution: Attribution = { speaker: trimSpan(text, { start: speakerStart, end: words[k - 1]!.end }), cue, lemma: verb[1], denial: false };
      return { main: { start: clause.start, end: clause.start + m.index }, attribution, content };
    }
  }
  return null;
}

const PARTICIPLE = /, (\p{Ll}+ing) /gu;

function participialFrame(text: string, clause: Span, lex: Lexicons, depth: number): Draft[] | null {
  const slice = text.slice(clause.start, clause.end);
  // matchAll works on a copy of the pattern: the recursive call below uses the pattern too.
  for (const m of slice.matchAll(PARTICIPLE)) {
    // (`, writing on social media that ...`: the channel after the participle is the cue's.)
    const participleEnd = clause.start + m.index + m[0].length - 1;
    const cueEnd = cueExtension(text, participleEnd, lex) ?? participleEnd;
    // `..., ruling that the state had not shown ...`: a verb that reports only before `that`.
    const beforeThat = text.startsWith(" that ", cueEnd);
    const lemma = reportingLemmaOf(m[1]!, beforeThat, lex);
    if (lemma === undefined) continue;
    const main = { start: clause.start, end: clause.start + m.index };
    if (wordCount(text, main) < 3) continue;
    const cue = { start: main.end + 2, end: cueEnd };
    let at = cue.end;
    if (/^ that\b/.test(text.slice(at, at + 6))) at += 5;
    const content = trimSpan(text, { start: at, end: clause.end }, ",;:");
    if (wordCount(text, content) < 3 || wholeQuote(text, content) || accusedOf(text, lemma, content.start)) continue;
    if (opensPledge(text, content.start)) continue;
    const mainClaims = clauseClaims(text, main, lex, depth + 1);
    const speaker = mainClaims.find((c) => c.attribution !== null)?.attribution?.speaker ?? mainSubject(text, main, lex);
    if (speaker === null) continue;
    const attribution: Attribution = { speaker, cue, lemma, denial: lemma === "deny" };
    return [...mainClaims, ...drafts(text, content, "indirect", attribution, "participial-frame", cue.start, lex)];
  }
  return null;
}

/** The subject of a main clause: the words before its first finite-looking verb (`-ed`, `cut`, an auxiliary). */
export function mainSubject(text: string, main: Span, lex: Lexicons): Span | null {
  const words = wordsIn(text, main);
  // (`Tens of thousands of nurses in New Zealand went ...`: up to eight words before the verb.)
  for (let k = 1; k < words.length && k <= 8; k++) {
    const w = words[k]!;
    if (w.text !== w.lower) continue;
    // (A reporting verb in its past only: `The state weather agency AEMET issued` holds `state` the noun.)
    if (w.lower.endsWith("ed") || lex.auxiliaries.has(w.lower) || lex.irregularPastVerbs.has(w.lower) || isReportingPast(w.lower, lex)) return subjectSpan(text, { start: main.start, end: w.start }, lex);
  }
  return null;
}
