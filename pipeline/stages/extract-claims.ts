// claims: every declarative body sentence yields at least one claim. Attributed direct quotes come
// first (a quote stretch shares its speaker across sentences and paragraphs); the rest of the
// sentences go through the clause rules. Speakers are resolved and flags and amounts filled last.
import { indexAt, type Claim, type Doc, type Sentence, type Span } from "../doc.js";
import type { Lexicons } from "../lexicons/load.js";
import type { Stage } from "../stage.js";
import { checkpoint } from "../deadline.js";
import { clauseClaims, mainSubject, splitCoordinated, type Draft } from "../claims/clauses.js";
import { hedgesIn, isNegated } from "../claims/flags.js";
import { attributionAfter, attributionBefore, cueExtension, opensPledge, reportedClause, type Attribution } from "../claims/frames.js";
import { quantitiesIn } from "../claims/quantities.js";
import { findQuotes, type Quote } from "../claims/quotes.js";
import { segmentBlock } from "../segment/segment.js";
import { MONTH } from "../mentions/dates.js";
import { SpeakerResolver, type SpeakerType } from "../claims/speakers.js";
import { reportingLemmaOf, trimSpan } from "../claims/words.js";

interface QuoteAttribution {
  attribution: Attribution;
  /** The sentence that names the speaker; the stretch's other sentences are continuations. */
  sentence: number;
  rule: string;
  /** The claims of the report before the colon that introduces the quote (worked out once, here). */
  report?: Draft[];
  /** `"...," she said, adding that X`: what the frame's participle reports after the quote. */
  added?: Draft;
}

interface Located extends Draft {
  sentence: number;
  /** The span that names the source, also for continuations whose emitted speaker is null. */
  source: Span | null;
}

export const extractClaims: Stage = {
  name: "extract-claims",
  requires: ["text", "blocks", "sentences", "names"],
  provides: ["claims"],
  run(doc, { lexicons }) {
    const text = doc.text;
    const quotes = findQuotes(text, doc.blocks);
    const attributed = attributeQuotes(doc, quotes, lexicons);
    const frames = new Set([...attributed.values()].filter((a) => a.rule === "quote-introduced-before").map((a) => a.sentence));
    const pullQuotes = pullQuoteSpeakers(doc);
    const located: Located[] = [];
    let first = 0;
    doc.sentences.forEach((sentence, index) => {
      checkpoint();
      if (doc.blocks[sentence.block]!.kind !== "body") return;
      // Quotes and sentences are both in text order: skip the quotes that ended before this sentence.
      while (first < quotes.length && quotes[first]!.content.end <= sentence.start) first++;
      const inQuotes: Quote[] = [];
      for (let q = first; q < quotes.length && quotes[q]!.content.start < sentence.end; q++) {
        if (attributed.has(quotes[q]!.group) && quotes[q]!.content.end > sentence.start) inQuotes.push(quotes[q]!);
      }
      if (inQuotes.length > 0) {
        const introduced = attributed.get(inQuotes[0]!.group)!;
        if (introduced.report !== undefined && introduced.sentence === index) {
          for (const draft of introduced.report) located.push({ ...draft, sentence: index, source: draft.attribution?.speaker ?? null });
        }
        for (const quote of inQuotes) located.push(...quoteClaims(text, sentence, index, quote, attributed.get(quote.group)!, lexicons));
        const last = attributed.get(inQuotes[inQuotes.length - 1]!.group)!;
        if (last.added !== undefined && last.sentence === index) located.push({ ...last.added, sentence: index, source: last.added.attribution!.speaker });
        return;
      }
      // A sentence that only introduces the quote after it (`Rathbun stated:`) is its frame, no claim.
      if (frames.has(index)) return;
      const pulled = pullQuotes.get(sentence.block);
      if (pulled !== undefined && pulled.start >= sentence.start && pulled.start < sentence.end) return; // the speaker's line
      const body = sentenceBody(text, sentence, lexicons);
      if (body === null) return;
      if (pulled !== undefined) {
        for (const content of splitCoordinated(text, body, lexicons)) located.push({ content, kind: "direct_quote", attribution: null, rule: "pull-quote", scope: content, sentence: index, source: pulled });
        return;
      }
      for (const draft of clauseClaims(text, body, lexicons)) {
        located.push({ ...draft, sentence: index, source: draft.attribution?.speaker ?? null });
      }
    });
    doc.claims = finish(doc, located, quotes, lexicons);
    return doc;
  },
};

/**
 * A dash signs the quote before it, and is the cue: a person's name (`"... But it's a long game." -
 * Matthew Ingram`), or a source and a date, as in a list of sources (`"Document found on street" —
 * The Canadian Press, August 15, 2008`).
 */
function dashSignature(doc: Doc, from: number, end: number): Attribution | null {
  const dash = /^["”’]?\s*([-—–])\s*/.exec(doc.text.slice(from, Math.min(end, from + 6)));
  if (dash === null) return null;
  const at = from + dash[0].length;
  const rest = doc.text.slice(at, end).replace(/[.\s]+$/, "");
  const cueStart = from + dash.index + dash[0].indexOf(dash[1]!);
  const signed = (speaker: Span): Attribution => ({ speaker, cue: { start: cueStart, end: cueStart + 1 }, lemma: dash[1]!, denial: false });
  const name = doc.names.find((n) => n.start === at && n.type === "person" && !n.related);
  if (name !== undefined && SPEAKER_LINE_REST.test(doc.text.slice(name.end, at + rest.length))) return signed({ start: name.start, end: name.end });
  const dated = SOURCE_AND_DATE.exec(rest);
  return dated === null ? null : signed({ start: at, end: at + dated[1]!.length });
}

/** `The Canadian Press, August 15, 2008`, `CBC.ca, 15 August 2008`: a few capitalised words, then a date. */
const SOURCE_AND_DATE = new RegExp(
  String.raw`^((?:The )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,4}), ` +
    String.raw`(?:${MONTH} \d{1,2}, \d{4}|\d{1,2} ${MONTH} \d{4})$`,
  "u",
);

/** After a person's name, a title or a party at most: `Charles Bolden, NASA Administrator`, `John Cornyn (R-Texas)`. */
const SPEAKER_LINE_REST = /^(?:, [^!?,"“”]{0,79}[^.!?,"“”])?(?: \([^)]{1,30}\))?$/;

/**
 * Pull quotes: a paragraph whose last line is only a person's name, perhaps with a title, and no
 * final mark (`... remarkable Space Shuttle Program. Charles Bolden, NASA Administrator`) quotes that
 * person in its other sentences. Gives each such block's speaker line, the name's span.
 */
function pullQuoteSpeakers(doc: Doc): Map<number, Span> {
  const out = new Map<number, Span>();
  doc.sentences.forEach((sentence, index) => {
    const previous = doc.sentences[index - 1];
    const next = doc.sentences[index + 1];
    if (previous === undefined || previous.block !== sentence.block || next?.block === sentence.block) return;
    if (doc.blocks[sentence.block]!.kind !== "body" || /[.!?…"”’]$/.test(doc.text.slice(sentence.end - 1, sentence.end))) return;
    const name = doc.names.find((n) => n.sentence === index && n.start === sentence.start && n.type === "person" && !n.related);
    if (name === undefined || !SPEAKER_LINE_REST.test(doc.text.slice(name.end, sentence.end))) return;
    out.set(sentence.block, { start: name.start, end: name.end });
  });
  return out;
}

/** `The "History" section`, `a "formal update"`: a few quoted words that end no sentence are a title or scare quote, no direct quote. */
function isScareQuote(text: string, quote: Quote): boolean {
  const words = text.slice(quote.content.start, quote.content.end).trim().split(/\s+/).filter(Boolean);
  if (quote.close !== null && NAMING_BEFORE.test(text.slice(Math.max(0, quote.open - 12), quote.open))) return true;
  // `said only that "contacts are continuing".`: a short quote that ends the reported clause is a quote.
  if (quote.close !== null && /(?:\bthat|:)\s$/.test(text.slice(Math.max(0, quote.open - 6), quote.open)) && /^[.!?]?(?:\s+\p{Lu}|\s*$)/u.test(text.slice(quote.close + 1, quote.close + 4))) return false;
  // `the second season of "Squid Game,"`: a short title in capitals after a word of the sentence is a name.
  const bare = words.map((w) => w.replace(/[.,!?;:]+$/, ""));
  const titled = bare.length > 0 && bare.length <= 5 && bare.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_MINOR_WORDS.has(w));
  if (quote.close !== null && titled && TITLE_BEFORE.test(text.slice(Math.max(0, quote.open - 6), quote.open))) return true;
  return quote.close !== null && words.length < 4 && !/[.!?,]$/.test(text.slice(quote.content.start, quote.content.end).trim());
}

const TITLE_MINOR_WORDS = new Set(["of", "the", "and", "a", "an", "in", "on", "to", "for", "with", "at"]);
const TITLE_BEFORE = /\b(?:of|the|in|on|for|from|and|with|by|a|an|to|star|film|series|show|album|song|book)\s$/;

/** `a robot named "Better Idea of Afghan Girls,"`: a quoted name, no quote. */
const NAMING_BEFORE = /\b(?:named|called|dubbed|titled|entitled|nicknamed|known as) $/;

/** What a quote frame rule sees: the quote, its sentence, and where a frame before it may start. */
interface QuoteContext {
  doc: Doc;
  lex: Lexicons;
  quotes: readonly Quote[];
  index: number;
  quote: Quote;
  sentenceIndex: number;
  sentence: Sentence;
  /** The sentence start, or the close of the last real quote in the sentence (`promising a "formal update" ...:` is one frame). */
  beforeStart: number;
}

type QuoteFrame = Omit<QuoteAttribution, "rule">;

/** The frames that name a quote stretch's speaker, tried in this order; the first that finds one wins and names the claims' rule. */
const QUOTE_FRAMES: { name: string; find: (context: QuoteContext) => QuoteFrame | null }[] = [
  { name: "quote-speaker-before", find: speakerBefore },
  { name: "quote-introduced-before", find: introducedBefore },
  { name: "quote-speaker-after", find: speakerAfter },
  { name: "quote-after-report", find: afterReport },
  { name: "quote-after-colon", find: afterColon },
  { name: "quote-after-participle", find: afterParticiple },
  { name: "quote-continues-report", find: continuesReport },
];

/** Finds each quote stretch's speaker from the frame rules; a quote with none right after an attributed one continues it. */
function attributeQuotes(doc: Doc, quotes: Quote[], lex: Lexicons): Map<number, QuoteAttribution> {
  const found = new Map<number, QuoteAttribution>();
  const scare = quotes.map((quote) => isScareQuote(doc.text, quote));
  // The last quote before this one that is a quote, not a scare quote: once per quote, in order.
  let lastQuote = -1;
  quotes.forEach((quote, index) => {
    if (index > 0 && !scare[index - 1]) lastQuote = index - 1;
    if (found.has(quote.group) || scare[index]) return;
    const sentenceIndex = indexAt(doc.sentences, quote.open);
    if (sentenceIndex < 0) return;
    const sentence = doc.sentences[sentenceIndex]!;
    const previous = lastQuote >= 0 ? quotes[lastQuote] : undefined;
    const beforeStart = previous?.close != null && previous.close > sentence.start ? previous.close + 1 : sentence.start;
    const context: QuoteContext = { doc, lex, quotes, index, quote, sentenceIndex, sentence, beforeStart };
    for (const frame of QUOTE_FRAMES) {
      const hit = frame.find(context);
      if (hit === null) continue;
      found.set(quote.group, { ...hit, rule: frame.name });
      return;
    }
  });
  // A quote with no frame of its own right after an attributed one continues it: in the same
  // paragraph, or opening the next paragraph (`"...," Stein said.` then `"Some of our rivals ..."`).
  quotes.forEach((quote, i) => {
    const previous = quotes[i - 1];
    if (found.has(quote.group) || previous === undefined || !found.has(previous.group) || scare[i]) return;
    const block = blockAt(doc, quote.open);
    const previousBlock = blockAt(doc, previous.open);
    const opensNext = block === previousBlock + 1 && quote.open === doc.blocks[block]!.start && doc.blocks[block]!.kind === "body";
    if (block !== previousBlock && !opensNext) return;
    // (`Harrell countered that residents wanted "safe streets now."`: a quote inside a report of its
    // own sentence is a partial quote for the clause rules, not the last speaker's.)
    const own = doc.sentences[indexAt(doc.sentences, quote.open)];
    if (own !== undefined && quote.open > own.start && reportedClause(doc.text, { start: own.start, end: quote.open }, lex) !== null) return;
    const earlier = found.get(previous.group)!;
    // (`"...," Trump told reporters, adding that Spain would be made to "pay twice as much"`: a quote
    // inside what the frame's participle adds is a partial quote of that report.)
    if (earlier.added !== undefined && quote.open > earlier.added.content.start && quote.open < earlier.added.content.end) return;
    found.set(quote.group, { ...earlier, sentence: -1 });
  });
  return found;
}

/** `The official stressed, "..."`, and `Smith said that "the plan will fail."` (a quote that is the whole reported clause). */
function speakerBefore({ doc, lex, quote, sentence, sentenceIndex, beforeStart }: QuoteContext): QuoteFrame | null {
  const before = attributionBefore(doc.text, { start: beforeStart, end: quote.open }, lex);
  // (`Streeting said the figures showed "early signs of progress"`: a frame whose speaker holds a
  // report of its own is inside that report, a partial quote for the clause rules.)
  if (before !== null) return reportsWithin(doc.text, before.speaker, lex) ? null : { attribution: before, sentence: sentenceIndex };
  const that = THAT_BEFORE_QUOTE.exec(doc.text.slice(Math.max(beforeStart, quote.open - 8), quote.open));
  if (that === null || !endsSentence(doc.text, quote, sentence)) return null;
  const reported = attributionBefore(doc.text, { start: beforeStart, end: quote.open - that[0].length }, lex);
  // `Schumer said the vote showed that "..."`: a report inside a report is the clause rules' to read.
  if (reported === null || reportsWithin(doc.text, reported.speaker, lex)) return null;
  return { attribution: reported, sentence: sentenceIndex };
}

/** `Rathbun stated:` or `... commented,` closing the sentence before a quote that opens its own sentence (often its own paragraph). */
function introducedBefore({ doc, lex, quote, sentence, sentenceIndex }: QuoteContext): QuoteFrame | null {
  if (quote.open !== sentence.start || sentenceIndex === 0) return null;
  const frame = doc.sentences[sentenceIndex - 1]!;
  if (!/[:,]\s*$/.test(doc.text.slice(frame.start, frame.end)) || doc.blocks[frame.block]!.kind !== "body") return null;
  const introduced = attributionBefore(doc.text, frame, lex);
  return introduced === null ? null : { attribution: introduced, sentence: sentenceIndex - 1 };
}

/** `"...," the mayor said.`, `"...," said Mayor Ann Roe.`, and a dash signature (`"..." - Matthew Ingram`). */
function speakerAfter({ doc, lex, quotes, index, quote }: QuoteContext): QuoteFrame | null {
  if (quote.close === null) return null;
  const closeSentence = indexAt(doc.sentences, quote.close);
  const next = quotes[index + 1];
  const end = next !== undefined && next.open < doc.sentences[closeSentence]!.end ? next.open : doc.sentences[closeSentence]!.end;
  const after = attributionAfter(doc.text, { start: quote.close + 1, end }, lex) ?? dashSignature(doc, quote.close + 1, end);
  if (after === null) return null;
  // (`"TikTok failed to verify" that the data was protected, Doyle said`: words of the sentence
  // between the quote and the frame make the quote part of a clause the frame reports.)
  const frameStart = Math.min(after.speaker.start, after.cue.start);
  if (!/^[\s,.;:!?'’"”—–-]*$/.test(doc.text.slice(quote.close + 1, frameStart))) return null;
  // (What the participle adds runs to the sentence's end, over a partial quote inside it.)
  const added = addedAfterFrame(doc.text, after, doc.sentences[closeSentence]!.end, lex);
  return added === null ? { attribution: after, sentence: closeSentence } : { attribution: after, sentence: closeSentence, added };
}

/** `, adding that fares would not rise.` after a quote's closing frame: the same speaker reports again in a participle. */
function addedAfterFrame(text: string, frame: Attribution, end: number, lex: Lexicons): Draft | null {
  const from = Math.max(frame.speaker.end, frame.cue.end);
  // (`"...," Sánchez said in a televised address, adding that ...`: a phrase on where or when may stand between.)
  // (`told DZMM radio, adding that ...`: so may the one `tell` spoke to.)
  const hearer = frame.lemma === "tell" ? /^ [^,"“”]{1,40}(?=,)/u.exec(text.slice(from, Math.min(end, from + 41)))?.[0].length ?? 0 : 0;
  const participle = /^(?: (?:in|on|at|during) [^,"“”]{1,40})?, (\p{Ll}+ing)( that)? /u.exec(text.slice(from + hearer, Math.min(end, from + hearer + 90)));
  if (participle === null) return null;
  const lemma = reportingLemmaOf(participle[1]!, participle[2] !== undefined, lex);
  if (lemma === undefined) return null;
  const cueStart = from + hearer + participle[0].indexOf(", ") + 2;
  const cue = { start: cueStart, end: cueStart + participle[1]!.length };
  const content = trimSpan(text, { start: from + hearer + participle[0].length, end: text[end - 1] === "." || text[end - 1] === "!" ? end - 1 : end });
  // (`, adding "B."`: a quote right after the participle is a quote of its own.)
  if (content.end - content.start < 8 || opensPledge(text, content.start) || /["“]/.test(text[content.start] ?? "")) return null;
  return { content, kind: "indirect", attribution: { speaker: frame.speaker, cue, lemma, denial: lemma === "deny" }, rule: "quote-frame-participle", scope: { start: cue.start, end: content.end } };
}

/**
 * `Solomon told Sky News any process "must be well thought out": "Moves to ...`: the quote after a
 * report and a colon is the same speaker's, and the report a claim of its own.
 */
function afterReport({ doc, lex, quote, sentence, sentenceIndex }: QuoteContext): QuoteFrame | null {
  const report = reportBeforeColon(doc.text, { start: sentence.start, end: quote.open }, lex);
  return report === null ? null : { attribution: report.attribution, sentence: sentenceIndex, report: report.drafts };
}

/** `During questions, Ann Roe defended the record: "..."`: a clause of a named subject or a pronoun ending in a colon. */
function afterColon({ doc, quote, sentenceIndex, beforeStart }: QuoteContext): QuoteFrame | null {
  const colon = colonFrame(doc, { start: beforeStart, end: quote.open }, sentenceIndex);
  return colon === null ? null : { attribution: colon, sentence: sentenceIndex };
}

/**
 * `Wilkins also said Warhol was a businessperson. "As a way to commercialize his work, ..."`: a quote
 * with no frame right after a report in the same paragraph goes on in the reporter's words.
 */
function continuesReport({ doc, lex, quote, sentence, sentenceIndex }: QuoteContext): QuoteFrame | null {
  const previousSentence = doc.sentences[sentenceIndex - 1];
  if (quote.open !== sentence.start || previousSentence?.block !== sentence.block || /["“”]/.test(doc.text.slice(previousSentence.start, previousSentence.end))) return null;
  const body = sentenceBody(doc.text, previousSentence, lex);
  const report = body === null ? undefined : [...clauseClaims(doc.text, body, lex)].reverse().find((d) => d.kind === "indirect" && d.attribution !== null);
  return report === undefined ? null : { attribution: report.attribution!, sentence: -1 };
}

/**
 * `The mayor praised the rescuers, saying: "They worked ..."`, `..., writing in a blog post "I have
 * ..."`: a reporting participle (and its channel) right before a quote that ends the sentence gives the
 * quote to the main clause's speaker or subject; the main clause is a claim of its own.
 */
function afterParticiple({ doc, lex, quote, sentence, sentenceIndex, beforeStart }: QuoteContext): QuoteFrame | null {
  if (beforeStart !== sentence.start || !endsSentence(doc.text, quote, sentence)) return null;
  const lead = doc.text.slice(sentence.start, quote.open);
  const participle = [...lead.matchAll(PARTICIPLE_BEFORE_QUOTE)].pop();
  if (participle === undefined) return null;
  const comma = sentence.start + participle.index;
  const cue = { start: comma + 2, end: comma + 2 + participle[1]!.length };
  cue.end = cueExtension(doc.text, cue.end, lex) ?? cue.end;
  const lemma = reportingLemmaOf(participle[1]!, false, lex);
  if (lemma === undefined || !/^[,:]?\s*$/.test(doc.text.slice(cue.end, quote.open))) return null;
  const main = { start: sentence.start, end: comma };
  const report = clauseClaims(doc.text, main, lex);
  const speaker = report.find((d) => d.attribution !== null)?.attribution?.speaker ?? mainSubject(doc.text, main, lex);
  return speaker === null ? null : { attribution: { speaker, cue, lemma, denial: lemma === "deny" }, sentence: sentenceIndex, report };
}

const PARTICIPLE_BEFORE_QUOTE = /, (\p{Ll}+ing)\b/gu;

const COLON_FRAME = /^(?:[^,:"“”]{1,60}, )?(?:([Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|(\p{Lu}[^\s,:]*(?: \p{Lu}[^\s,:]*)*)(?:, [^,:"“”]{1,60},)?) (\p{Ll}+)\b[^:]*:\s*$/u;

/**
 * `Sunak defended the record: "We are working intensely ..."`, `Roe was defiant: "..."`: a clause
 * whose subject is a person or an organisation the text names, or a pronoun, and that ends in a
 * colon before the quote, introduces it. The cue is the clause's verb.
 */
function colonFrame(doc: Doc, region: Span, sentence: number): Attribution | null {
  const frame = COLON_FRAME.exec(doc.text.slice(region.start, region.end));
  if (frame === null) return null;
  const subject = frame[1] ?? frame[2]!;
  const start = region.start + frame[0].indexOf(subject);
  const speaker = { start, end: start + subject.length };
  if (frame[2] !== undefined && !doc.names.some((n) => n.sentence === sentence && n.start === speaker.start && n.end === speaker.end && n.type !== "place")) return null;
  const verb = region.start + frame[0].indexOf(` ${frame[3]!}`, speaker.end - region.start) + 1;
  // `was blunt:`, `were defiant:`: a form of `be` takes its adjective into the cue.
  const adjective = /^(?:is|are|was|were) (\p{Ll}+)/u.exec(doc.text.slice(verb, region.end));
  const cue = { start: verb, end: adjective === null ? verb + frame[3]!.length : verb + adjective[0].length };
  return { speaker, cue, lemma: frame[3]!, denial: false };
}

/** A reported clause that ends in a colon before a quote: its attribution, and the clause's claims. */
function reportBeforeColon(text: string, region: Span, lex: Lexicons): { attribution: Attribution; drafts: Draft[] } | null {
  const colon = /:\s*$/.exec(text.slice(region.start, region.end));
  if (colon === null) return null;
  const clause = trimSpan(text, { start: region.start, end: region.start + colon.index });
  const drafts = clauseClaims(text, clause, lex);
  const reported = drafts.find((d) => d.kind === "indirect" && d.attribution !== null);
  return reported === undefined ? null : { attribution: reported.attribution!, drafts };
}

const THAT_BEFORE_QUOTE = /\bthat\s*$/;

function reportsWithin(text: string, span: Span, lex: Lexicons): boolean {
  return (text.slice(span.start, span.end).match(/\b\p{Ll}+\b/gu) ?? []).some((w) => lex.reportingVerbs.has(w));
}

/** Whether nothing but closing marks stands between the quote's end and its sentence's end. */
function endsSentence(text: string, quote: Quote, sentence: Sentence): boolean {
  return quote.close === null || quote.close >= sentence.end || /^[\s.,!?…"”’)]*$/.test(text.slice(quote.close + 1, sentence.end));
}

/** `Do not wait`, `Please leave`, `Let's go`: an imperative states nothing to check. */
const IMPERATIVE = /^(?:do not|don['’]t|please|let['’]s) \p{Ll}/iu;

/**
 * The claims of a quote's stretch in one sentence. A quote that runs on from its frame (`said "A. B."`)
 * is one sentence holding two of the quote's own, and each of those is a claim of its own.
 */
function quoteClaims(text: string, sentence: Sentence, index: number, quote: Quote, found: QuoteAttribution, lex: Lexicons): Located[] {
  const stretch = trimSpan(text, { start: Math.max(quote.content.start, sentence.start), end: Math.min(quote.content.end, sentence.end) });
  if (stretch.end <= stretch.start) return [];
  return segmentBlock(text, stretch, lex).flatMap((quoted) => quotedSentenceClaims(text, quoted, index, found, lex));
}

function quotedSentenceClaims(text: string, quoted: Span, index: number, found: QuoteAttribution, lex: Lexicons): Located[] {
  const part = trimSpan(text, quoted, ",.!…\"”");
  if (part.end <= part.start || text[part.end - 1] === "?" || text.slice(part.end, part.end + 2).startsWith("?")) return [];
  if (IMPERATIVE.test(text.slice(part.start, part.start + 12))) return [];
  const named = found.sentence === index;
  return splitCoordinated(text, part, lex).map((content) => ({
    content,
    kind: "direct_quote",
    attribution: named ? found.attribution : null,
    rule: named ? found.rule : "quote-continuation",
    scope: content,
    sentence: index,
    source: found.attribution.speaker,
  }));
}

/** The sentence without its final mark; null for questions. An abbreviation keeps its period. */
function sentenceBody(text: string, sentence: Sentence, lex: Lexicons): Span | null {
  const span = trimSpan(text, sentence);
  const last = text.slice(span.start, span.end);
  if (/\?["”’)]*$/.test(last) || IMPERATIVE.test(last)) return null;
  let end = span.end;
  while (end > span.start && /["”’)\]]/.test(text[end - 1]!)) end--;
  // A partial quote that closes the sentence (`said that "cooler heads have prevailed."`) keeps its
  // marks: the content stays a balanced, exact substring.
  const straight = (text.slice(span.start, end).match(/"/g) ?? []).length;
  const opened = (text.slice(span.start, end).match(/“/g) ?? []).length - (text.slice(span.start, end).match(/”/g) ?? []).length;
  if (straight % 2 === 1 || opened > 0) return trimSpan(text, span);
  if (text[end - 1] === "." && /\.\.$/.test(text.slice(end - 2, end)) === false) {
    const word = /(\S+)\.$/.exec(text.slice(Math.max(span.start, end - 60), end))?.[1] ?? "";
    // (`D-Mich.`, `R-Mo.`: a party and a state abbreviation, the AP way of placing a lawmaker.)
    const keeps = /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^[RDI]-\p{Lu}[\p{L}.]{1,5}$/u.test(word) || lex.abbreviations.has(word.toLowerCase()) || lex.titles.has(word.toLowerCase());
    if (!keeps) end--;
  }
  return trimSpan(text, { start: span.start, end }, ",;:!…");
}

function blockAt(doc: Doc, offset: number): number {
  return doc.sentences[indexAt(doc.sentences, offset)]?.block ?? -1;
}


function finish(doc: Doc, located: Located[], quotes: readonly Quote[], lex: Lexicons): Claim[] {
  // Speakers resolve against the names of the article's body, not of its datelines and credits.
  const bodyNames = doc.names.filter((n) => doc.blocks[doc.sentences[n.sentence]!.block]!.kind === "body");
  const bodySentences = doc.sentences.filter((s) => doc.blocks[s.block]!.kind === "body");
  const resolver = new SpeakerResolver(doc.text, located.flatMap((c) => (c.source ? [c.source] : [])), bodyNames, bodySentences, lex, quotes.map((q) => q.content));
  const bySource = new Map<string, { canonical: string; type: SpeakerType }>();
  return located.map((draft) => {
    let resolved: { canonical: string; type: SpeakerType } | null = null;
    if (draft.source !== null) {
      const key = `${draft.source.start}:${draft.source.end}`;
      resolved = bySource.get(key) ?? resolver.resolveWithType(draft.source);
      bySource.set(key, resolved);
    }
    const attribution = draft.attribution;
    return {
      start: draft.content.start,
      end: draft.content.end,
      sentence: draft.sentence,
      kind: draft.kind,
      speaker: attribution?.speaker ?? null,
      speakerCanonical: resolved?.canonical ?? null,
      speakerType: resolved?.type ?? null,
      cue: attribution?.cue ?? null,
      cueLemma: attribution?.lemma ?? null,
      hedges: hedgesOf(doc.text, draft, lex),
      negated: (attribution?.denial ?? false) || isNegated(doc.text, draft.content, lex),
      quantities: quantitiesIn(doc.text, draft.content, lex),
      rule: draft.rule,
    };
  });
}

/** The hedges of a claim's scope, and of its cue when the cue comes after it (`..., a new poll suggests`). */
function hedgesOf(text: string, draft: Draft, lex: Lexicons): string[] {
  const found = hedgesIn(text, draft.scope, lex);
  const cue = draft.attribution?.cue;
  if (cue === undefined || cue.start < draft.scope.end) return found;
  for (const hedge of hedgesIn(text, cue, lex)) if (!found.includes(hedge)) found.push(hedge);
  return found;
}
