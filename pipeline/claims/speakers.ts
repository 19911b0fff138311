// speaker_canonical: the fullest name of a source anywhere in the document. Pronouns resolve to the
// last person (he, she) or source (they, it) named before; descriptions (`The official`) to the
// fullest description with the same head noun; surnames (`Biden`) to the fullest name that ends in
// them, even one that appears only later. Titles stay out of people's canonical names.
import { indexAt, partitionPoint, type Name, type Span } from "../doc.js";
import type { Lexicons } from "../lexicons/load.js";
import { isDepartment, isTitle } from "../mentions/names.js";
import { CLAUSE_PREPOSITIONS } from "./frames.js";
import { isBodyNoun, isFiniteForm, isPlural, wordsIn, type Word } from "./words.js";

type SourceKind = "person" | "description" | "organization" | "pronoun";
export type SpeakerType = "person" | "organization" | "media" | "anonymous" | "group" | "unknown";

const RELATIVE_ASIDE = /, (?:who|whom|whose) [^,;:.!?"“”]{1,150},/gu;
const PRONOUNS: Record<string, "person" | "other"> = { he: "person", she: "person", him: "person", her: "person", they: "other", it: "other", we: "other", i: "person" };

interface NameMention {
  end: number;
  name: string;
}

export class SpeakerResolver {
  /** Distinct names (titles stripped) by their last word, for surnames that stand for a full name. */
  private readonly namesByLastWord = new Map<string, string[]>();
  /** Mentions of people, in text order, for pronouns to look back at. */
  private readonly people: NameMention[];
  /** Organisations named in the text, in text order, for `the company` and `the agency`. */
  private readonly organizations: readonly Name[];
  private readonly fullest = new Map<string, string>();
  private descriptionsByHead: Map<string, string> | null = null;
  /** `the Israeli military`: descriptions a people's adjective opens, by head noun, the first of each with where it ends. */
  private readonly peopleDescriptions = new Map<string, { description: string; end: number }>();
  private withThe: Set<string> | null = null;
  private sentenceStarts: Set<number> | null = null;
  private publicIntroduced: Set<string> | null = null;
  /** The noun set beside each name, by the name's end offset: read once, asked for every description. */
  private readonly apposedNouns = new Map<number, string | null>();
  /** What each description's words introduced (`streaming service Flixwave`), found once per document. */
  private readonly introducedByWords = new Map<string, Name | null>();
  /** Organisations by each word of their names (lowercase), in text order; built on first use. */
  private organizationsByWord: Map<string, Name[]> | null = null;
  private lastSource: string | null = null;
  private lastType: SpeakerType = "unknown";
  private lastOrganizationSource: string | null = null;
  private readonly firstIndex = new Map<string, number>();
  private readonly fullerForms = new Map<string, string>();
  private lastIndividual: { canonical: string; end: number } | null = null;

  constructor(
    private readonly text: string,
    /** Every speaker span of the document, for descriptions that are fuller later on. */
    private readonly speakers: readonly Span[],
    /** The document's names (people, organisations, places), typed and with their fullest names. */
    private readonly names: readonly Name[],
    /** The document's sentences, for `they` to find the subject before it. */
    private readonly sentences: readonly Span[],
    private readonly lex: Lexicons,
    /** The words inside quotation marks, in text order: a speaker's words, not the narrator's. */
    quoted: readonly Span[] = [],
  ) {
    const people = names.filter((n) => n.type === "person" && !n.related);
    // `"Erling is a special player," he told BBC Sport`: the narrator's `he` looks back at the people
    // the narrator named, not at those named inside a quote.
    // (`Zverev, who will face Jannik Sinner or Ben Shelton in the final, asked ...`: nor at those named
    // in a relative clause set off by commas, an aside about the subject.)
    const asides = [...text.matchAll(RELATIVE_ASIDE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const outside = (spans: readonly Span[]) => {
      let k = 0;
      return (n: Name) => {
        while (k < spans.length && spans[k]!.end <= n.start) k++;
        return !(k < spans.length && spans[k]!.start <= n.start && n.end <= spans[k]!.end);
      };
    };
    this.people = people
      .filter(outside(quoted))
      .filter(outside(asides))
      .map((n) => ({ end: n.end, name: n.canonical }));
    this.organizations = names.filter((n) => n.type === "organization" && !n.related);
    for (const candidate of new Set(people.map((n) => n.canonical))) {
      const last = candidate.split(/\s+/).pop()!;
      const list = this.namesByLastWord.get(last) ?? [];
      list.push(candidate);
      this.namesByLastWord.set(last, list);
    }
  }

  /** The canonical name and what kind of source it is, in document order (pronouns look back). */
  resolveWithType(span: Span): { canonical: string; type: SpeakerType } {
    const raw = this.text.slice(span.start, span.end);
    const resolved = this.canonical(raw, span);
    const { kind } = resolved;
    const canonical = this.placeArticleKept(resolved.canonical);
    if (kind === "description") this.noteFullerForm(canonical);
    const type = this.typeOf(raw, canonical, kind);
    this.lastSource = canonical;
    this.lastType = type;
    if (type === "organization" || type === "media") this.lastOrganizationSource = canonical;
    // (`an audit found ...`: a document or a study, no individual an epithet could stand for.)
    const document = kind === "description" && this.lex.evidenceNouns.has(canonical.toLowerCase().split(/\s+/).pop()!);
    if ((type === "person" || type === "anonymous") && !document) this.lastIndividual = { canonical, end: span.end };
    return { canonical, type };
  }

  /** `The Hague district court`: a place whose name holds its article keeps the capital a description lowered. */
  private placeArticleKept(canonical: string): string {
    const place = /^the (\S+)/.exec(canonical)?.[1];
    return place !== undefined && this.lex.places.has(`The ${place}`) ? `T${canonical.slice(1)}` : canonical;
  }

  private typeOf(raw: string, canonical: string, kind: SourceKind): SpeakerType {
    const words = canonical.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s$/, ""));
    const media = this.lex.agencies.some((a) => canonical.includes(a)) || words.some((w) => this.lex.mediaWords.has(w));
    const organization = words.some((w) => this.lex.organizationWords.has(w));
    if (kind === "pronoun") {
      const lower = raw.toLowerCase();
      if (lower === "it") return media ? "media" : "organization";
      if (lower === "they" || lower === "we") return canonical === raw ? "group" : this.lastType;
      return canonical === raw ? "unknown" : "person";
    }
    const head = words[words.length - 1] ?? "";
    // `A council spokeswoman`, `union officials`: a role names people, whatever body its modifiers name.
    const role = kind === "description" && (this.lex.roleNouns.has(head) || this.lex.roleNouns.has(head.replace(/s$/, "")));
    if (media && !role) return "media";
    if (organization && !role) return "organization";
    // `Residents said ...`: one capitalised plural word opening the sentence is a group, not a name.
    const single = words.length === 1 && words[0]!.length > 3;
    if (kind === "organization" && single && words[0]!.endsWith("s") && !words[0]!.endsWith("ss")) return "group";
    if (kind === "organization") return "organization";
    if (kind === "person") return "person";
    // (`One of the survivors`: one of a group is an individual.)
    return isPlural(head, this.lex) && !/^(?:one|either|neither|each) of\b/.test(canonical.toLowerCase()) ? "group" : "anonymous";
  }

  /** The index of the sentence that holds the offset, else -1. */
  private sentenceAt(offset: number): number {
    return indexAt(this.sentences, offset);
  }

  /** The index of the last person named before `offset`, else -1. */
  private lastPersonIndexBefore(offset: number): number {
    return partitionPoint(this.people, (p) => p.end <= offset) - 1;
  }

  private lastPersonEndBefore(offset: number): number {
    const last = this.lastPersonIndexBefore(offset);
    return last < 0 ? -1 : this.people[last]!.end;
  }

  /** The last person named before `offset`, by their fullest name. */
  private lastPersonBefore(offset: number): string | null {
    const last = this.lastPersonIndexBefore(offset);
    return last < 0 ? null : this.fullestName(this.people[last]!.name);
  }

  private canonical(written: string, writtenSpan: Span): { canonical: string; kind: SourceKind } {
    // `Judge Nicholas Dean KC`: letters after the name are left out, as titles before it are; so is
    // the acronym a body's name introduces (`The Air Line Pilots Association (ALPA)`).
    // (Not a member's letters after a lower-case word: `The local MP` is a role.)
    const post = /(?<=\p{Lu}\S*) (\S+)$/u.exec(written);
    const acronym = BRACKETED_ACRONYM.exec(written);
    const raw = acronym !== null ? written.slice(0, acronym.index) : post !== null && this.lex.postnominals.has(post[1]!) ? written.slice(0, post.index) : written;
    const span = { start: writtenSpan.start, end: writtenSpan.end - (written.length - raw.length) };
    const offset = span.start;
    const lower = raw.toLowerCase();
    // (`the Chinese grandmaster`: the one person introduced with the place, before any epithet's look back.)
    const compatriot = this.compatriot(raw, offset);
    if (compatriot !== null) return { canonical: compatriot, kind: "person" };
    // (`The EU executive said`: the bloc's executive is a body, the one last named as a subject.)
    if (BLOC_EXECUTIVE.test(raw)) {
      const body = this.subjectOrganizationBefore(offset);
      if (body !== null) return { canonical: this.withArticle(body), kind: "organization" };
    }
    const pronoun = PRONOUNS[lower] ?? (this.isPersonEpithet(raw) ? "person" : undefined);
    if (pronoun === undefined) {
      const pair = this.personPair(span);
      if (pair !== null) return { canonical: pair, kind: "person" };
      // `South Korea's Joint Chiefs of Staff`: a place's body named in capitals is that name, whole
      // (the finder may part it at a title's `of`), when a connector or a body's last word shows it.
      const placeBody = PLACE_BODY.exec(raw);
      // (`the United Nations' World Food Programme`: a known organisation's body named in capitals is
      // that name, whatever its last word.)
      const bodyShown = placeBody !== null && (/ (?:of|for) /.test(placeBody[2]!) || this.lex.organizationWords.has(placeBody[2]!.slice(placeBody[2]!.lastIndexOf(" ") + 1).toLowerCase()));
      if (placeBody !== null && ((this.lex.places.has(placeBody[1]!) && bodyShown) || this.lex.organizations.has(placeBody[1]!))) {
        return { canonical: placeBody[2]!, kind: "organization" };
      }
      const named = this.nameOf(span) ?? this.apposition(span);
      // `The Commission said` after `The European Commission`: a body's head word alone is the body.
      if (named !== null && named.type === "organization" && !named.canonical.includes(" ") && this.lex.organizationWords.has(named.canonical.toLowerCase())) {
        const body = this.organizationMeant(raw.replace(/^The /, "the "), offset);
        if (body !== null && body.canonical !== named.canonical) return { canonical: this.withArticle(body), kind: "organization" };
      }
      // `Scotland's First Minister`, `The Home Secretary`: an office the finder kept as a name is a
      // description, whole, unless the text names its holder.
      if (named !== null && this.isOffice(named)) {
        const holder = this.titleHolder(raw, offset);
        return holder !== null ? { canonical: holder, kind: "person" } : { canonical: raw.replace(/^The /, "the "), kind: "description" };
      }
      if (named !== null) return { canonical: this.withArticle(named), kind: named.type === "person" ? "person" : "organization" };
      // (`the NHS trust that runs it`: a restrictive clause narrows the description, and the body it
      // means is found by the description alone.)
      const organization = this.organizationMeant(raw.replace(RESTRICTIVE_CLAUSE, ""), offset);
      if (organization !== null) return { canonical: this.withArticle(organization), kind: "organization" };
      const event = this.eventMeant(raw, offset);
      if (event !== null) return { canonical: event, kind: "organization" };
      const holder = this.newlyChosen(raw, offset) ?? this.titleHolder(raw, offset) ?? this.chiefOf(raw, offset);
      if (holder !== null) return { canonical: holder, kind: "person" };
    }
    // `the two agencies said` after `the World Health Organization and UNICEF said`: a plural of bodies
    // or people by their number is the joined source that spoke last.
    const counted = /^(?:the (?:two|three|four)|both) ([\p{Ll}-]+s)$/u.exec(lower)?.[1]?.replace(/ies$/, "y").replace(/s$/, "");
    if (counted !== undefined && this.lastSource !== null && / and /.test(this.lastSource) && (isBodyNoun(counted, this.lex) || this.lex.roleNouns.has(counted))) return { canonical: this.lastSource, kind: "description" };
    if (pronoun !== undefined) {
      const group = lower === "they" ? this.pluralSubjectBefore(offset) : null;
      if (group !== null) return { canonical: group, kind: "description" };
      const described = lower === "he" || lower === "she" ? this.genderedSubjectBefore(lower, offset) : null;
      if (described !== null) return { canonical: described, kind: "description" };
      let person = this.lastPersonBefore(offset);
      // A described individual who spoke after the last name (`A spokeswoman ... she said`) is nearer.
      // So is a speaker whose own sentence named the last person in passing (`Okafor said Pelling had
      // lied ... he told the court`): the subject, not a name inside what was said.
      const lastNamed = this.lastPersonEndBefore(offset);
      // So is the speaker of the sentence before when the name stands in this sentence's own content
      // (`Das said ... External member Nagesh Kumar voted for a cut, he said`).
      const own = this.sentenceAt(offset);
      const reportChain = this.lastIndividual !== null && this.sentenceAt(lastNamed - 1) === own && this.sentenceAt(this.lastIndividual.end - 1) === own - 1;
      if (pronoun === "person" && this.lastIndividual !== null && (this.lastIndividual.end > lastNamed || this.sentenceAt(this.lastIndividual.end - 1) === this.sentenceAt(lastNamed - 1) || reportChain)) person = this.lastIndividual.canonical;
      // `it` names no person: after a person spoke, the organisation that last spoke or opened a sentence.
      if (lower === "it" && (this.lastType === "person" || this.lastType === "anonymous")) {
        const subject = this.lastOrganizationSource === null ? this.subjectOrganizationBefore(offset) : null;
        const organization = this.lastOrganizationSource ?? (subject === null ? null : this.withArticle(subject));
        if (organization !== null) return { canonical: organization, kind: "pronoun" };
      }
      const target = pronoun === "person" ? person ?? this.lastSource : this.lastSource ?? person;
      // `The Karnataka government announced ..., a move it said would ...`: with nothing named before,
      // `it` is the body that opens its own sentence.
      // (`The carrier paid ..., it said` after `Korean Air completed ...`: the body the description means.)
      const opening = target === null && lower === "it" ? this.bodyOpening(offset) : null;
      const meant = opening !== null && /^the [\p{Ll}-]+$/u.test(opening) ? this.organizationMeant(opening, offset) : null;
      const body = meant !== null ? this.withArticle(meant) : opening;
      return { canonical: target ?? body ?? raw, kind: "pronoun" };
    }
    const words = wordsIn(raw, { start: 0, end: raw.length });
    const first = words[0]!;
    // `union leader Pieter de Vries`, `Council member Ahmed Hassan`: roles written before a name.
    // (`Majed al-Ansari`: a particle joined by a hyphen to a capitalised surname.)
    const named = nameAfterRole(this.lex).exec(raw);
    const roleWords = named === null ? [] : words.filter((w) => w.text === w.lower && w.start < named.index + 1 && !/^(?:the|a|an|of)$/.test(w.lower));
    // `a spokesperson for Prime Minister Anthony Albanese`, `a lawyer for ...`: someone else, speaking for the name.
    const speaksFor = roleWords.some((w) => w.lower !== "of" && PREPOSITIONS.has(w.lower));
    // (`volcanologist Thorvaldur Thordarson`: a noun for a person by its ending, as a role is.)
    // (`AfD co-leader Alice Weidel`: a role with a prefix is the role.)
    const personNoun = (w: string) => [w, w.slice(w.lastIndexOf("-") + 1)].some((r) => this.lex.roleNouns.has(r) || this.lex.personTitles.has(r)) || PERSON_NOUN_ENDING.test(w);
    // (`acting Thai Prime Minister Phumtham Wechayachai`: a role's modifier before a title in capitals.)
    const modifiedTitle = () => roleWords.length > 0 && roleWords.every((w) => this.lex.roleModifiers.has(w.lower)) && this.stripTitles(named![1]!) !== named![1];
    if (named !== null && named.index > 0 && !speaksFor && (roleWords.some((w) => personNoun(w.lower)) || modifiedTitle())) {
      const name = this.stripTitles(named[1]!);
      const nameWords = name.toLowerCase().split(/\s+/);
      const institutional = nameWords.some((w) => this.lex.organizationWords.has(w) || this.lex.mediaWords.has(w));
      if (nameWords.length >= 2 && !institutional) return { canonical: this.fullestName(name), kind: "person" };
    }
    // `the trade publication Pollstar`: common nouns introducing a name the finder did not keep.
    const introducedName = INTRODUCED_NAME.exec(raw);
    if (introducedName !== null && !introducedName[1]!.split(" ").some((w) => PREPOSITIONS.has(w))) return { canonical: introducedName[2]!, kind: "organization" };
    // `Spanish sports daily Marca`: a media or company noun right before the name.
    const described = DESCRIBED_NAME.exec(raw);
    // (`tracking site FlightAware`: any thing's noun before one word that no person's name is.)
    // (Common nouns only before it: not `analysts at Jefferies`, `a study published on Wednesday`.)
    const nouns = described === null ? [] : raw.slice(0, raw.length - described[2]!.length).trim().split(" ");
    const oneWordName = described !== null && !described[2]!.includes(" ") && nouns.every((w) => /^\p{Ll}+$/u.test(w) && !PREPOSITIONS.has(w) && !/(?:ed|s)$/.test(w) && !this.lex.roleNouns.has(w) && !this.lex.personTitles.has(w) && !PERSON_NOUN_ENDING.test(w)) && !this.lex.givenNames.has(described[2]!) && !this.lex.calendarWords.has(described[2]!.toLowerCase()) && !this.lex.places.has(described[2]!);
    // (`projections for public broadcaster ZDF`: a name after a preposition is no head of the phrase.)
    const objectOfPreposition = nouns.some((w) => PREPOSITIONS.has(w));
    if (described !== null && !objectOfPreposition && (this.lex.mediaWords.has(described[1]!) || this.lex.companyNouns.has(described[1]!) || oneWordName)) return { canonical: described[2]!, kind: "organization" };
    // `Economists said`, `Some economists expect`: a description, whatever the capital at the start.
    // (`Nine Entertainment`: a number word before a capitalised word opens a name.)
    // (Not a people's adjective: `Two Israeli officials`.)
    const numberName = this.lex.numberWords.has(first.lower) && /^\p{Lu}/u.test(words[1]?.text ?? "") && !this.lex.demonyms.has(words[1]!.text);
    const determiner = (this.lex.subjectStarters.has(first.lower) || (this.lex.numberWords.has(first.lower) && !numberName)) && first.lower !== "the" && first.lower !== "a" && first.lower !== "an";
    // `Analysts at Barclays`, `Health officials in England`: a common noun phrase capitalised only
    // because it opens the sentence.
    const second = words[1];
    const commonPhrase = second !== undefined && second.text === second.lower && first.text !== first.text.toUpperCase() && !/^(?:the|a|an)$/i.test(first.text);
    // (`Police said`: an irregular plural too.)
    const irregular = this.lex.irregularPlurals.has(first.lower);
    const plural = (/s$/.test(first.lower) && !/ss$/.test(first.lower) && !this.lex.organizationWords.has(first.lower)) || irregular;
    const commonPlural = words.length === 1 && plural && !this.lex.mediaWords.has(first.lower) && !new RegExp(`[a-z,] ${first.text}\\b`).test(this.text);
    // `Ukraine's air force`: a description that opens with a name keeps its capital.
    // A capital in mid-sentence (`..., Exeter crown court heard`) is the name's own.
    const midSentence = /[\p{L}\p{N},;]\s+$/u.test(this.text.slice(Math.max(0, offset - 3), offset));
    const keepsCapital = commonPhrase && !determiner && (midSentence || this.opensWithName(first.text.replace(/['’]s$/, ""), offset));
    // (`Japan ordered ..., its Fire and Disaster Management Agency said`: an owner's body by its name.)
    // (`His UAE Team Emirates squad said`: so is a name before a body's noun, without the noun.)
    const nameWord = (w: Word) => /^\p{Lu}/u.test(w.text) || w.lower === "of" || w.lower === "and" || w.lower === "for";
    const lastWord = words[words.length - 1]!;
    const bodyName = words.length > 2 && words.slice(1).every(nameWord) && this.lex.organizationWords.has(lastWord.lower);
    const namedBody = words.length > 2 && words.slice(1, -1).every(nameWord) && lastWord.text === lastWord.lower && (isBodyNoun(lastWord.lower, this.lex) || this.lex.associationNouns.has(lastWord.lower));
    if (/^(?:its|their|his|her)$/i.test(first.text) && (bodyName || namedBody)) return { canonical: raw.slice(words[1]!.start, namedBody ? words[words.length - 2]!.end : raw.length), kind: "organization" };
    // (`Germany's KBA motor vehicle authority`: a place's body by an acronym, before the body's lowercase words.)
    const placeAcronym = PLACE_ACRONYM_BODY.exec(raw);
    if (placeAcronym !== null && this.lex.places.has(placeAcronym[1]!) && isBodyNoun(placeAcronym[3]!, this.lex)) return { canonical: placeAcronym[2]!, kind: "organization" };
    if (determiner || commonPlural || commonPhrase) return { canonical: keepsCapital ? raw : raw[0]!.toLowerCase() + raw.slice(1), kind: "description" };
    if (first.text === first.lower || /^(?:the|a|an)$/i.test(first.text)) {
      const rest = words.slice(1);
      if (/^the$/i.test(first.text) && rest.length > 0 && rest.every((w) => /^\p{Lu}/u.test(w.text) || w.lower === "of" || w.lower === "and")) {
        return { canonical: "the " + raw.slice(rest[0]!.start), kind: "organization" };
      }
      // (`Rafael Nadal will retire ..., the 22-time Grand Slam champion announced`: a person's epithet
      // closing a report means the person the reported clause opens with.)
      const subject = /^the$/i.test(first.text) && this.lex.selfEpithets.has(headNoun(raw)) ? this.personOpeningReport(span) : null;
      if (subject !== null) return { canonical: subject, kind: "person" };
      const later = this.namedLater(raw, offset);
      if (later !== null) return { canonical: later, kind: "person" };
      return { canonical: this.fullestDescription(raw, offset), kind: "description" };
    }
    // (`Rival Hapag-Lloyd`: a word that describes the name is no part of it.)
    const name = words.length > 1 && this.lex.nameDescriptors.has(first.lower) ? raw.slice(words[1]!.start) : raw;
    const stripped = this.stripTitles(name);
    const titled = stripped !== name;
    const fullest = this.fullestName(stripped);
    const isPerson = titled || fullest.split(/\s+/).length >= 2;
    return { canonical: fullest, kind: isPerson ? "person" : "organization" };
  }

  /**
   * `the Vereinigung Cockpit union` is no `airline`: the text calls the name something else. So is
   * `IG Metall, Germany's biggest union,` no `company`: a union's, a party's or a club's noun set
   * beside the name.
   */
  private describedAsOther(name: Name, head: string): boolean {
    const after = this.bodyNounAfter(name);
    if (after !== null) return after !== head;
    const apposed = this.apposedNoun(name);
    return apposed !== undefined && apposed !== head && this.lex.associationNouns.has(apposed);
  }

  /** The noun of a description set beside a name: `union` in `IG Metall, Germany's biggest union,`. */
  private apposedNoun(name: Name): string | undefined {
    let noun = this.apposedNouns.get(name.end);
    if (noun === undefined) {
      noun = APPOSED_NOUN.exec(this.text.slice(name.end, name.end + 80))?.[1] ?? null;
      this.apposedNouns.set(name.end, noun);
    }
    return noun ?? undefined;
  }

  /**
   * `The festival said` after `the Berlin International Film Festival`: an event that speaks is its
   * organisers, by the event's name last written before (an event's name is no name the finder keeps).
   */
  private eventMeant(raw: string, offset: number): string | null {
    const head = /^the ([\p{Ll}-]+)$/iu.exec(raw)?.[1]?.toLowerCase();
    if (head === undefined || !this.lex.eventWords.has(head)) return null;
    const named = new RegExp(`\\b([Tt]he )?((?:(?!The\\b)\\p{Lu}[\\p{L}'’.-]* ){1,5}${head[0]!.toUpperCase()}${head.slice(1)})\\b`, "gu");
    let last: RegExpExecArray | null = null;
    for (const m of this.text.slice(0, offset).matchAll(named)) last = m;
    return last === null ? null : (last[1] !== undefined ? "the " : "") + last[2]!;
  }

  /** The noun of a description the name is set beside, after it: `regulator` in `The aviation regulator, the DGCA,`. */
  private nounApposedBefore(name: Name): string | undefined {
    return NOUN_BEFORE_APPOSITION.exec(this.text.slice(Math.max(0, name.start - 40), name.start))?.[1];
  }

  /** The body's noun right after a name (`Karnataka government`, `Nordair union`), or null. */
  private bodyNounAfter(name: Name): string | null {
    const after = this.nounAfter(name);
    return after !== undefined && isBodyNoun(after, this.lex) ? after : null;
  }

  /** Whether a name the finder kept, or a gazetteer place or organisation, starts at the offset with this word. */
  private opensWithName(word: string, offset: number): boolean {
    if (this.lex.places.has(word) || this.lex.organizations.has(word) || this.lex.demonyms.has(word)) return true;
    // (`Airlines including Southwest`: a body's common noun, capitalised to open the sentence, names none.)
    const lower = word.toLowerCase();
    if ([lower, lower.replace(/s$/, "")].some((w) => isBodyNoun(w, this.lex))) return false;
    return this.names.some((n) => n.start === offset && !n.related);
  }

  /**
   * `said the Portuguese`, `the 34-year-old said`: a nationality or an age standing for the person
   * last named, as `he` does. (`the French`, `the British`: a people, not a person.)
   */
  private isPersonEpithet(raw: string): boolean {
    // `the New York Democrat`, `the veteran Republican`: a party's member, with a place or epithets before.
    const member = /^the (?:[\p{L}.-]+ ){0,3}(\p{Lu}\p{Ll}+)$/u.exec(raw.replace(/^The /, "the "))?.[1];
    if (member !== undefined && this.lex.partyMembers.has(member)) return true;
    // (`the 34-year-old lock`, `the 67-year-old Welsh grandmother`: an age with a noun, no body's.)
    const aged = /^the \d{1,3}-year-old(?: \p{Lu}\p{Ll}+)?(?: [\p{Ll}-]+){1,2}$/iu.exec(raw);
    if (aged !== null) return !isBodyNoun(raw.slice(raw.lastIndexOf(" ") + 1), this.lex);
    // (`the Danish coach`: a people's adjective and a person's noun, as `the Dane` is.)
    const national = NATIONAL_DESCRIPTION.exec(raw.replace(/^The /, "the "));
    if (national !== null && this.lex.demonyms.has(national[1]!) && (this.lex.roleNouns.has(national[2]!) || this.lex.personTitles.has(national[2]!))) return true;
    const epithet = /^the (\d{1,3}-year-old|\p{Lu}\p{Ll}+)$/iu.exec(raw)?.[1];
    if (epithet === undefined) return false;
    if (/^\d/.test(epithet)) return true;
    return this.lex.demonyms.has(epithet) && !/(?:[^s]s|ish|ch|sh)$/.test(epithet);
  }

  /** A name the finder typed an organisation with nothing to show for it: two or three words, no body's or medium's word, no known organisation. */
  private untyped(n: Name): boolean {
    const words = n.canonical.toLowerCase().split(" ");
    return n.type === "organization" && !this.lex.organizations.has(n.canonical) && words.length >= 2 && words.length <= 3 && !words.some((w) => this.lex.organizationWords.has(w) || this.lex.mediaWords.has(w));
  }

  /**
   * `the Chinese grandmaster` after `China's Ding Liren` (or `Chinese grandmaster Ding Liren`): a
   * people's adjective and a person's noun mean the one person the text introduced with that place.
   */
  private compatriot(raw: string, offset: number): string | null {
    const described = NATIONAL_DESCRIPTION.exec(raw.replace(/^The /, "the "));
    if (described === null || isBodyNoun(described[2]!, this.lex) || isPlural(described[2]!, this.lex)) return null;
    const place = this.lex.demonyms.get(described[1]!);
    if (place === undefined) return null;
    // (The demonym is letters only, safe inside a pattern.)
    const byDemonym = new RegExp(`\\b${described[1]}(?: [\\p{Ll}-]+){0,2} $`, "u");
    const introduced = new Set<string>();
    for (const n of this.names) {
      if (n.end > offset) break;
      const before = this.text.slice(Math.max(0, n.start - 40), n.start);
      // (`China's Ding Liren`: a name the finder could not type counts.)
      if ((n.type === "person" || this.untyped(n)) && (before.endsWith(`${place}'s `) || before.endsWith(`${place}’s `) || byDemonym.test(before))) introduced.add(n.canonical);
    }
    return introduced.size === 1 ? this.fullestName([...introduced][0]!) : null;
  }

  /** Two or three capitalised title words (`First` counts): an office, not a name. */
  private isOffice(name: Name): boolean {
    const words = name.canonical.toLowerCase().split(" ");
    return name.type !== "person" && words.length >= 2 && words.length <= 3 && words.every((w) => this.lex.personTitles.has(w) || w === "first");
  }

  /**
   * The name a speaker span ends with, when only titles, roles and names stand before it:
   * `Butte County Sheriff Kory Honea` → `Kory Honea`, `Honea` → `Kory Honea`, `Chief Executive Laura
   * Stein` → `Laura Stein`. `Analysts at Barclays` names a description, not Barclays.
   */
  private nameOf(span: Span): Name | null {
    const end = span.end - (/['’]s$/.test(this.text.slice(span.start, span.end)) ? 2 : 0);
    // The first name starting inside the span (names are in text order).
    const first = partitionPoint(this.names, (n) => n.start < span.start);
    // The longest name from here that ends with the span (nested names share a start).
    let best: Name | null = null;
    for (let i = first; i < this.names.length && this.names[i]!.start < end; i++) {
      const n = this.names[i]!;
      if (n.end === end && !n.related && (best === null || n.start < best.start)) best = n;
    }
    // `Obiageli Ezekwesili of Barclays`: a person of a body the finder did not keep as a name.
    if (best === null) return this.personOf(first, end);
    // `Dr. Rachel Kim of the University of Michigan`: the person, not the place they work.
    // (`Rachel Mulrenan of the group WildFish`: the body's common nouns may stand before its name.)
    // (`Jens Hilgenberg of the Friends of the Earth Germany`: so does a person opening the span, whatever
    // the finder made of the body after them.)
    if (best.type !== "person" || this.names[first]?.start === span.start) {
      for (let i = first; i < this.names.length && this.names[i]!.start < best.start; i++) {
        const n = this.names[i]!;
        // (`Marie Manrique of the International Federation of Red Cross and Red Crescent Societies`: the
        // finder may part a long body's name at its `and`.)
        if (n.type === "person" && !n.related && (/^ (?:of|at|from) (?:the )?(?:\p{Ll}+ ){0,2}$/u.test(this.text.slice(n.end, best.start)) || BODY_NAME_BETWEEN.test(this.text.slice(n.end, best.start)))) return n;
      }
    }
    const before = wordsIn(this.text, { start: span.start, end: best.start });
    // `Environment Canada warned`: capitalised words before a place make a body of their own (a
    // title's words too: `Environment` names a ministry before `Canada`).
    if ((best.type === "place" || this.lex.places.has(this.text.slice(best.start, best.end))) && before.some((w) => w.text !== w.lower && !/^the$/i.test(w.text))) return null;
    // (`Officials of the Karnataka Milk Federation`: `of` after a plain noun makes a description of the body.)
    const isTitle = (w: Word) => this.lex.personTitles.has(w.lower) || this.lex.roleNouns.has(w.lower);
    const describedBody = before.some((w, k) => w.lower === "of" && k > 0 && !isTitle(before[k - 1]!));
    // (`the mayor of Paris`, `the governor of Texas`: an office of a place or a body names its holder, not the place.)
    const beforeArticle = before[before.length - 1]?.lower === "the" ? before.slice(0, -1) : before;
    const officeOf = best.type !== "person" && beforeArticle[beforeArticle.length - 1]?.lower === "of" && beforeArticle.some((w) => w.lower !== "of" && w.lower !== "the" && isTitle(w));
    const onlyTitles = !describedBody && !officeOf && before.every((w) => w.text !== w.lower || isTitle(w) || w.lower === "the" || w.lower === "former");
    // `state broadcaster TRT`, `the news agency Yonhap`: a description of the organisation before its name.
    const last = before[before.length - 1];
    // (Not after a preposition: `a study published on Monday in the journal Nature Medicine` is the study.)
    const described = best.type !== "person" && last !== undefined && last.text === last.lower && (this.lex.companyNouns.has(last.lower) || this.lex.mediaWords.has(last.lower) || this.lex.organizationWords.has(last.lower)) && !before.some((w) => PREPOSITIONS.has(w.lower));
    // `the promoter Live Nation`, `the trade publication Pollstar`: an article and common nouns before a name.
    const introduced = /^(?:the|a|an)$/i.test(before[0]?.text ?? "") && before.slice(1).every((w) => w.text === w.lower && !PREPOSITIONS.has(w.lower));
    // `Egypt's state-run Al-Qahera News TV`: an owner and its lowercase epithets before the name.
    const owned = best.type !== "person" && before.length >= 2 && /['’]s$/.test(before[0]!.text) && before.slice(1).every((w) => w.text === w.lower && !PREPOSITIONS.has(w.lower));
    return onlyTitles || described || introduced || owned ? best : null;
  }

  /** A person named from the `first` name on, then `of`/`at`/`from` and capitalised words to `end`. */
  private personOf(first: number, end: number): Name | null {
    for (let i = first; i < this.names.length && this.names[i]!.start < end; i++) {
      const n = this.names[i]!;
      if (n.type === "person" && !n.related && /^ (?:of|at|from) (?:the )?\p{Lu}[\p{L}\p{N}&.'’ -]*$/u.test(this.text.slice(n.end, end))) return n;
    }
    return null;
  }

  /**
   * `Researchers at the University of Leeds followed ... They found ...`: `they` stands for the plural
   * subject that opens its own sentence (before the pronoun) or the sentence before.
   */
  private pluralSubjectBefore(offset: number): string | null {
    const index = this.sentenceAt(offset);
    if (index < 0) return null;
    const own = this.sentences[index]!;
    // `where they claimed` looks back into its own sentence; `Talks could take weeks, they said`
    // and `They found` to the sentence before.
    const sentence = own.start < offset && !/,\s*$/.test(this.text.slice(Math.max(own.start, offset - 8), offset)) ? own : this.sentences[index - 1];
    if (sentence === undefined) return null;
    const subject = PLURAL_SUBJECT.exec(this.text.slice(sentence.start, Math.min(sentence.end, offset)));
    if (subject === null || this.names.some((n) => n.start === sentence.start && n.type === "person")) return null;
    return subject[1]![0]!.toLowerCase() + subject[1]!.slice(1);
  }

  /**
   * `The boy's mother, who asked that the family not be named, thanked the volunteers. "...," she
   * said`: a subject described by a noun of the pronoun's sex, opening this sentence or the one
   * before, with no one named since.
   */
  private genderedSubjectBefore(pronoun: string, offset: number): string | null {
    const index = this.sentenceAt(offset);
    for (const k of [index, index - 1]) {
      const sentence = this.sentences[k];
      if (sentence === undefined || sentence.start >= offset) continue;
      const subject = GENDERED_SUBJECT.exec(this.text.slice(sentence.start, Math.min(sentence.end, offset)));
      if (subject === null || this.lex.genderedNouns.get(subject[2]!) !== pronoun) continue;
      // (`Her grandfather, Walter Harlow, opened ...`: a name after the description is who it is.)
      const subjectEnd = sentence.start + subject[1]!.length;
      if (this.lastPersonEndBefore(offset) > sentence.start) return null;
      if (/^,? \p{Lu}/u.test(this.text.slice(subjectEnd, subjectEnd + 3))) return null;
      return this.fullestDescription(subject[1]!).replace(/^(?:His|Her|Their|Its)\b/, (word) => word.toLowerCase());
    }
    return null;
  }

  /** `The mayor, Rosa Delgado, said`: a person named in an apposition right after the speaker. */
  private apposition(span: Span): Name | null {
    if (this.text.slice(span.end, span.end + 2) !== ", ") return null;
    // `Labour's health spokeswoman, Ms Okonjo, said`: a title may open the apposition.
    const title = /^(?:[\p{L}]+\.? ){0,2}/u.exec(this.text.slice(span.end + 2, span.end + 24))?.[0] ?? "";
    // `The vaccine's only manufacturer, South Korea's EuBiologics,`: a possessive place may open it too.
    const owner = /^(?:\p{Lu}[\p{L}.-]* ){0,2}\p{Lu}[\p{L}.-]*['’]s /u.exec(this.text.slice(span.end + 2, span.end + 40))?.[0] ?? "";
    const reach = Math.max(title.length, owner.length);
    // `The company, Delta Poultry, said`: a company's description takes an organisation's name too.
    // (`Ticketmaster's parent company, Live Nation Entertainment,`: an owner's company too; `Turkey's
    // disaster management agency, AFAD,`: two words may describe the body.)
    // (`An independent monitoring group, the Archive of Public Gatherings,`: an indefinite one too.)
    // (`Nexperia's Chinese parent, Wingtech Technology,`: a demonym may describe it.)
    // (`the country's disaster agency, AFAD`: a common noun's possessive too.)
    const described = /^(?:the|an?|its|their|his|her|the [\p{Ll}-]+['’]s|(?:\p{Lu}[\p{L}.&-]* ){0,2}\p{Lu}[\p{L}.&-]*['’]s)((?: [\p{L}-]+){0,2}) ([\p{Ll}-]+)$/u.exec(this.text.slice(span.start, span.end).replace(/^(?:The|An?|Its|Their|His|Her) /, (w) => w.toLowerCase()));
    const head = described !== null && described[1]!.split(" ").every((w) => !/^\p{Lu}/u.test(w) || this.lex.demonyms.has(w)) ? described[2]!.toLowerCase() : undefined;
    const body = head !== undefined && isBodyNoun(head, this.lex);
    // (`The authority, known as AGCM, said`: a body's description and the name it goes by.)
    const knownAs = body ? KNOWN_AS.exec(this.text.slice(span.end, span.end + 80)) : null;
    if (knownAs !== null) {
      const start = span.end + knownAs[0].length - knownAs[1]!.length - 1;
      return this.names.find((n) => n.start === start && n.type === "organization") ?? { start, end: start + knownAs[1]!.length, sentence: -1, type: "organization", canonical: knownAs[1]!, related: false };
    }
    // `A ministry spokesperson, He Yadong,`: after a description of a person, a name the finder could
    // not type (no organisation word in it, no known organisation) is that person's.
    const personal = this.describesPerson(this.text.slice(span.start, span.end));
    const next = this.names.find((n) => n.start >= span.end + 2 && n.start <= span.end + 2 + reach && (n.type === "person" || owner.length > 0 || (body && n.type === "organization") || (personal && this.untyped(n))) && !n.related && (owner.length > 0 ? n.start === span.end + 2 + owner.length : titlesOnly(wordsIn(this.text, { start: span.end + 2, end: n.start }), this.lex)));
    // The name closes the apposition: a comma or a bracket, or the sentence's end (`..., said Astra
    // Lunar's chief executive, Tomas Berg.`).
    // (A person's body may follow the name: `..., said the study's lead author, Melody Ding of the University of Sydney.`)
    const closes = next !== undefined && (/^(?:[,);.]|$)/.test(this.text.slice(next.end, next.end + 1)) || (next.type === "person" && PERSON_OF_BODY.test(this.text.slice(next.end, next.end + 100))));
    if (closes) return next!;
    // (A body's name that runs on past the finder's name, `the Archive of Public Gatherings`, is read below.)
    if (next !== undefined && !body) return null;
    // After a possessive owner or a company's description, capitalised words up to the comma name
    // the organisation even when the name finder, seeing them once, kept nothing.
    if (owner.length === 0 && !body) return null;
    const start = span.end + 2 + owner.length;
    // (`, the Archive of Public Gatherings,`: with its article and inner `of`, which may part it for the finder.)
    // (Or the sentence's end: `..., according to its publisher, Jonathan Cape.`)
    const named = /^(?:the )?\p{Lu}[\p{L}&.-]*(?: (?:(?:of|for|and) (?:the )?)?\p{Lu}[\p{L}&.-]*){0,4}(?=,|\s|$)/u.exec(this.text.slice(start, start + 80));
    const written = named === null || this.text[start + named[0].length] === "," ? named?.[0] : /^(.+)\.$/u.exec(named[0])?.[1];
    if (written === undefined) return null;
    return { start, end: start + written.length, sentence: -1, type: "organization", canonical: written, related: false };
  }

  /** `The Karnataka government`, `The company`: a body's description opening the sentence that holds the offset, lowercase. */
  private bodyOpening(offset: number): string | null {
    const sentence = this.sentences[this.sentenceAt(offset)];
    if (sentence === undefined) return null;
    // (`The University of Dunmore plans to cut ..., it said`: an organisation's name opening it.)
    // (Not a name before a body's noun: `The Karnataka government`.)
    const named = this.organizations.find((n) => n.start >= sentence.start && n.end <= offset && this.opensSentence(n) && this.bodyNounAfter(n) === null);
    if (named !== undefined) return this.withArticle(named);
    const opening = this.text.slice(sentence.start, offset);
    const body = /^[Tt]he ((?:\p{Lu}[\p{L}.'’-]* ){0,3})(\p{Ll}+)\b/u.exec(opening);
    if (body !== null && isBodyNoun(body[2]!, this.lex)) return "the " + body[0].slice(4);
    // (`Norway's sovereign wealth fund, the world's largest, made ..., it said`: a place's body, as written.)
    const owner = PLACE_OWNER.exec(opening);
    const owned = owner !== null && this.lex.places.has(owner[1]!) ? /^(?:\p{Ll}+ ){0,3}(\p{Ll}+)\b/u.exec(opening.slice(owner[0].length)) : null;
    return owned !== null && isBodyNoun(owned[1]!, this.lex) ? opening.slice(0, owner![0].length + owned[0].length) : null;
  }

  /**
   * `a spokeswoman for the trust said ...` and later `said the spokeswoman, Claire Hutton`: a person
   * first described, then named in an apposition to the same description.
   */
  private namedLater(raw: string, offset: number): string | null {
    if (!/^an? /i.test(raw) || !this.describesPerson(raw)) return null;
    const head = headNoun(raw);
    const pattern = new RegExp(`\\bthe ${head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, `, "gi");
    pattern.lastIndex = offset;
    for (let m = pattern.exec(this.text); m !== null; m = pattern.exec(this.text)) {
      const at = m.index + m[0].length;
      const person = this.names.find((n) => n.start === at && n.type === "person" && !n.related);
      if (person !== undefined) return person.canonical;
    }
    return null;
  }

  /** `Mr Justice Chamberlain and Lord Justice Green`: two people speaking together, each by their fullest name. */
  private personPair(span: Span): string | null {
    const people = this.names.filter((n) => n.type === "person" && !n.related && n.start >= span.start && n.end <= span.end);
    if (people.length !== 2 || people[1]!.end !== span.end || !/ and (?:\p{Lu}[\p{L}.'’-]* )*$/u.test(this.text.slice(people[0]!.end, people[1]!.start))) return null;
    return people.map((p) => this.fullestName(p.canonical)).join(" and ");
  }

  /** The person whose name opens the sentence, when the speaker closes it after a comma: `Nadal will retire ..., the champion said`. */
  private personOpeningReport(span: Span): string | null {
    const sentence = this.sentences[this.sentenceAt(span.start)];
    if (sentence === undefined || !this.text.startsWith(", ", span.start - 2)) return null;
    return this.names.find((n) => n.type === "person" && !n.related && n.start === sentence.start)?.canonical ?? null;
  }

  /** `a ministry spokesperson`, `the union's general secretary`: a description whose head is a person's role. */
  private describesPerson(description: string): boolean {
    const head = headNoun(description);
    return this.lex.roleNouns.has(head) || this.lex.personTitles.has(head) || /(?:man|woman|person)$/.test(head);
  }

  /**
   * `The Health Ministry in Gaza said ...`: a description that opens with an organisation's name is
   * that organisation's fullest form, which a later `the ministry` takes too.
   */
  private noteFullerForm(description: string): void {
    const words = description.replace(/^the /, "").split(" ");
    if (words.length < 3 || !/^\p{Lu}/u.test(words[0]!)) return;
    for (const organization of this.organizationsWithWord(words[0]!.toLowerCase())) {
      const name = organization.canonical;
      const bare = description.replace(/^the /, "");
      if (bare.startsWith(`${name} `) && /^(?:in|of|for|at) /.test(bare.slice(name.length + 1)) && (this.fullerForms.get(name)?.length ?? 0) < description.length) this.fullerForms.set(name, description);
    }
  }

  /** Organisations (and places speaking as one) keep the article the text gives them: `the World Food Programme`, `Northway Motors`. */
  private withArticle(name: Name): string {
    if (name.type === "person") return name.canonical;
    if (this.withThe === null) {
      this.withThe = new Set();
      for (const n of this.names) {
        // (`The 27-nation European Union`: a number's modifier may stand between.)
        // (Not a name inside a longer one: `the Telvia One handset`.)
        if (n.type !== "person" && this.text.slice(n.start, n.end) === n.canonical && /\bthe (?:\p{N}[\p{N}.,]*-\p{Ll}+ )?$/iu.test(this.text.slice(Math.max(0, n.start - 24), n.start)) && !/^ [\p{Lu}\p{N}]/u.test(this.text.slice(n.end, n.end + 2))) {
          // `the Aslef union`: a body's noun after its name is part of its fullest form.
          const noun = /^ (\p{Ll}+)\b/u.exec(this.text.slice(n.end, n.end + 16))?.[1];
          // (`the Air Canada flight`: the article is the noun's that the name describes.)
          if (noun !== undefined && !isBodyNoun(noun, this.lex) && this.describesNoun(noun)) continue;
          this.withThe.add(n.canonical);
          if (noun !== undefined && isBodyNoun(noun, this.lex) && !this.fullerForms.has(n.canonical)) this.fullerForms.set(n.canonical, `the ${n.canonical} ${noun}`);
        }
      }
    }
    const fuller = this.fullerForms.get(name.canonical);
    if (fuller !== undefined) return fuller;
    return this.withThe.has(name.canonical) ? `the ${name.canonical}` : name.canonical;
  }

  /** `flight` in `the Air Canada flight`: a lowercase word after a name that is no verb, no preposition and no plural. */
  private describesNoun(lower: string): boolean {
    // (`agreed` in `The 27-nation European Union agreed`: any form in -ed is taken for a verb here.)
    return !isFiniteForm(lower, this.lex) && !/(?:s|ly|ed)$/.test(lower) && !CLAUSE_PREPOSITIONS.has(lower) && !this.lex.subordinators.has(lower) && !LINKING_WORDS.has(lower);
  }

  /**
   * `its president`, `the minister`: the person the text gives that title, nearest before, else first
   * after. `A federal judge` introduces someone new: only a holder named later is meant.
   */
  private titleHolder(raw: string, offset: number): string | null {
    // (`France's culture minister`: a place may own the title.)
    const description = /^(the|its|his|her|their|a|an|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?['’]s) (?:[\p{Ll}-]+ ){0,4}?([\p{Ll}-]+)$/iu.exec(raw);
    if (description === null) return null;
    // (A place's title in lowercase words, `France's culture minister`, not `Scotland's First Minister`,
    // an office; its holder has the whole title before the name, no other minister's.)
    const placeTitle = /['’]s$/.test(description[1]!) ? raw.slice(description[1]!.length + 1) : null;
    if (placeTitle !== null && (!this.lex.places.has(description[1]!.slice(0, -2)) || !/^[\p{Ll} -]+$/u.test(placeTitle))) return null;
    // (`the president-elect`: the title is the president's, and may be a former president's.)
    const elect = description[2]!.toLowerCase().endsWith("-elect");
    const last = description[2]!.toLowerCase().replace(/-elect$/, "");
    // (`the head of its works council`: a title before `of` heads the description.)
    const head = this.lex.personTitles.has(last) ? last : headNoun(raw);
    if (!this.lex.personTitles.has(head)) return null;
    const indefinite = /^an?$/i.test(description[1]!);
    const forms = (placeTitle !== null ? [placeTitle] : [head, ...(this.lex.titleForms.get(head) ?? [])]).map((f) => f.replace(/\./g, "\\."));
    // (`Vice President Mahamudu Bawumia` holds another title than `President`.)
    const titled = new RegExp(`\\b(?:${forms.join("|")})\\s+$`, "i");
    // (A former president may be the president-elect.)
    // (`the stand-in captain` after `Vice-captain Nuwan Jayasekara will lead the side`: one who holds the
    // title in another's place is the deputy or the acting holder, not the holder.)
    const standIn = raw.toLowerCase().split(/\s+/).some((w) => this.lex.standInModifiers.has(w));
    const otherOffice = (n: Name) => {
      const modifier = /(\p{L}+)[\s-]+\S+\s+$/u.exec(this.text.slice(Math.max(0, n.start - 40), n.start))?.[1]?.toLowerCase() ?? "";
      if (standIn) return !(this.lex.standInModifiers.has(modifier) || modifier === "vice" || modifier === "deputy");
      return this.lex.otherOfficeModifiers.has(modifier) && !(elect && (modifier === "former" || modifier === "ex"));
    };
    let before: Name | null = null;
    let after: Name | null = null;
    for (const n of this.names) {
      if (n.type !== "person" || n.related || !titled.test(this.text.slice(Math.max(0, n.start - 30), n.start)) || otherOffice(n)) continue;
      if (n.start < offset) before = indefinite ? null : n;
      else if (after === null) after = n;
    }
    // (`the former leader` after `former president Luis Alvarado`: with no holder of the title, a
    // former office's holder is the one last named as a former holder of any.)
    if (before === null && after === null && /\b(?:former|ex)\b/i.test(raw)) {
      const former = this.names.filter((n) => n.type === "person" && !n.related && n.end <= offset && FORMER_BEFORE.test(this.text.slice(Math.max(0, n.start - 40), n.start))).pop();
      if (former !== undefined) return former.canonical;
    }
    // (Only where the description is new: a second `the spokesperson` is the first one again.)
    const firstMention = this.firstIndexOf(head === last ? description[2]!.toLowerCase() : head) >= offset;
    return (before ?? after)?.canonical ?? (indefinite || !firstMention ? null : this.introducedNext(offset) ?? this.introducedBefore(offset));
  }

  /**
   * `The new mayor said ...` after `Maria Lindqvist won the mayoral election`, `the new pope` after
   * `Cardinal Robert Prevost ... was elected pope`: the person last named as chosen for the title, or
   * as winning a vote.
   */
  private newlyChosen(raw: string, offset: number): string | null {
    const title = /^the new ([\p{Ll}-]+)$/iu.exec(raw)?.[1]?.toLowerCase();
    if (title === undefined || !this.lex.personTitles.has(title)) return null;
    const chosen = new RegExp(`^(?: of [^,.;]{1,40}|, [^,.;]{1,80},)? (?:(?:was|has been|had been|is) (?:elected|named|appointed|chosen|confirmed|sworn in|installed)(?: as)?(?: the)?(?: new)? (?:[\\p{L}-]+ ){0,2}${title}\\b|(?:[\\p{Ll}-]+ ){0,2}won the (?:[\\p{L}-]+ ){0,3}(?:election|race|vote|run-off|runoff|contest|leadership))`, "u");
    let last: Name | null = null;
    for (const n of this.names) {
      if (n.end > offset) break;
      if (n.type === "person" && !n.related && chosen.test(this.text.slice(n.end, n.end + 160))) last = n;
    }
    return last?.canonical ?? null;
  }

  /**
   * `the U.N. chief`, `the WHO boss`: the person last named with a title of that body written before
   * the name (`U.N. Secretary-General Antonio Guterres`).
   */
  private chiefOf(raw: string, offset: number): string | null {
    const chief = /^the (\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,2}) (?:chief|head|boss)$/u.exec(raw.replace(/^The /, "the "));
    if (chief === null) return null;
    const body = `${chief[1]!} `;
    let holder: string | null = null;
    for (const n of this.names) {
      if (n.start >= offset) break;
      if (n.type !== "person" || n.related) continue;
      const before = this.text.slice(Math.max(0, n.start - 60), n.start);
      const at = before.lastIndexOf(body);
      const titles = at < 0 ? [] : before.slice(at + body.length).trim().split(" ");
      if (titles.length >= 1 && titles.length <= 3 && titles.every((w) => isTitle(w, this.lex) || this.lex.roleNouns.has(w))) holder = n.canonical;
    }
    return holder;
  }

  /** Where a word first stands in the body (case-insensitive; a headline does not count), searched once per word. */
  private firstIndexOf(word: string): number {
    let index = this.firstIndex.get(word);
    if (index === undefined) {
      const bodyStart = this.sentences[0]?.start ?? 0;
      const found = this.text.slice(bodyStart).search(new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i"));
      index = found < 0 ? Infinity : bodyStart + found;
      this.firstIndex.set(word, index);
    }
    return index;
  }

  /**
   * `Rachel Reeves has warned ... Speaking in Birmingham, the chancellor said`: a person who opened the
   * sentence before, named there for the first time with no title or apposition, is the one a new
   * title describes.
   */
  private introducedBefore(offset: number): string | null {
    const sentence = this.sentenceAt(offset);
    const previous = this.sentences[sentence - 1];
    if (sentence < 1 || previous === undefined) return null;
    const person = this.names.find((n) => n.type === "person" && !n.related && n.start === previous.start);
    if (person === undefined || this.names.some((n) => n.type === "person" && n.canonical === person.canonical && n.start < person.start)) return null;
    const apposition = /^,? (?:a|an|the|who)\b/.test(this.text.slice(person.end, person.end + 6));
    return apposition || this.text.slice(person.start, person.end) !== person.canonical ? null : person.canonical;
  }

  /**
   * `..., the work and pensions secretary has confirmed. Speaking to the BBC, Helen Ashworth said`:
   * a person named for the first time in one of the next two sentences, as its subject and with no
   * title or apposition of their own, is the one the description announced.
   */
  private introducedNext(offset: number): string | null {
    const sentence = this.sentenceAt(offset);
    if (sentence < 0 || sentence + 1 >= this.sentences.length) return null;
    // (`France's culture minister said ... Rachida Dati said`: a name the finder could not type counts.)
    const person = this.names.find((n) => (n.type === "person" || this.untyped(n)) && !n.related && n.start >= this.sentences[sentence]!.end);
    const own = person === undefined ? -1 : this.sentenceAt(person.start);
    if (person === undefined || own > sentence + 2 || this.names.some((n) => n.canonical === person.canonical && n.start < person.start)) return null;
    const lead = this.text.slice(this.sentences[own]!.start, person.start);
    const bare = lead === "" || /, $/.test(lead);
    const apposition = /^,? (?:a|an|the|who)\b/.test(this.text.slice(person.end, person.end + 6));
    return bare && !apposition ? person.canonical : null;
  }

  /**
   * `the company`, `The agency`: the organisation last named before, by its head word where one
   * matches. `police` with no article names a force too, and may be named only later (`..., police
   * have said.` before `Avon and Somerset Police said`).
   */
  private organizationMeant(raw: string, offset: number): Name | null {
    // `Streaming service Flixwave raises prices ... the streaming service said`: the one organisation
    // the text introduced with the description's very words.
    const introducedAs = this.introducedWith(raw);
    if (introducedAs !== null) return introducedAs;
    // `..., the country's largest teaching union said. The Educational Institute of Scotland (EIS)
    // said ...`: a description of a body before any organisation is named is the one the next
    // sentences open with.
    // (Lowercase words or a possessive only: `the GDL union` names its own.)
    // (An acronym may stand among them when it is no body's name of its own in the text: `the NHS
    // trust`, but not `the GDL union`.)
    const bodyNoun = /^(?:the|a|an) (?:[\p{Ll}-]+ |[\p{L}-]+['’]s |\p{Lu}{2,6} )*([\p{Ll}-]+)$/u.exec(raw.replace(/^(?:The|A|An) /, (w) => w.toLowerCase()))?.[1];
    const ownsAcronym = raw.split(" ").every((w) => !/^\p{Lu}{2,6}$/u.test(w) || !this.organizations.some((n) => n.canonical === w));
    // (`..., their union said. The Canadian Union of Public Employees said`: the body named next whose
    // name holds the noun, for an owner's pronoun and a body's noun.)
    const pronounOwned = /^(?:their|its) ([\p{Ll}-]+)$/iu.exec(raw)?.[1];
    if (pronounOwned !== undefined && this.lex.organizationWords.has(pronounOwned)) {
      const own = this.sentenceAt(offset);
      const named = this.organizations.find((n) => n.start > offset && this.sentenceAt(n.start) <= own + 2 && n.canonical.toLowerCase().split(/\s+/).includes(pronounOwned));
      if (named !== undefined) return named;
    }
    // (Not a description's second mention: `..., their union said. The union, which represents ...,
    // said` means the union described before, though a company is named after.)
    if (bodyNoun !== undefined && ownsAcronym && !this.organizations.some((n) => n.end <= offset) && !this.describedBefore(bodyNoun, offset)) {
      // (`the country's coffee growers federation` ... `The National Federation of Coffee Growers`:
      // a body's word, when the name holds it.)
      const next = this.subjectOrganizationNext(offset);
      const fits = next !== null && (this.lex.companyNouns.has(bodyNoun) || this.lex.publicBodyNouns.has(bodyNoun) || (this.lex.organizationWords.has(bodyNoun) && this.goesByNoun(next, bodyNoun)));
      if (fits) return next;
    }
    // `the UN health agency` for `The World Health Organization`: the one body whose name holds a
    // word of the epithet, for a noun that stands for any public body (`the health ministry` is a
    // ministry's).
    // (`the UN refugee agency` for `UNHCR`: an epithet the lexicon knows, for a body the text names.)
    const known = this.lex.bodyEpithets.get(raw.toLowerCase().replace(/^the /, "").replace(/\b(?:u\.n\.|united nations)(?=\s)/, "un"));
    const epithetOf = known === undefined ? null : oneEntity(this.organizations.filter((n) => known.includes(n.canonical)), offset);
    if (epithetOf !== null) return epithetOf;
    const topic = TOPIC_EPITHET.exec(raw.replace(/^The /, "the "));
    const topical = topic !== null && this.lex.publicBodyNouns.has(topic[2]!) ? this.organizationOnTopic(topic[1]!.trim().split(" "), offset) : null;
    if (topical !== null) return topical;
    // `A court in Berlin ... The Berlin Administrative Court said`: the one body whose name holds the
    // body's word and the place, named before or after.
    const located = BODY_IN_PLACE.exec(raw.replace(/^(?:The|A|An) /, (w) => w.toLowerCase()));
    if (located !== null && this.lex.organizationWords.has(located[1]!) && this.lex.places.has(located[2]!)) {
      const holding = this.organizationHoldingAll([located[1]!, ...located[2]!.toLowerCase().split(" ")], offset);
      if (holding !== null) return holding;
    }
    // `Britain's competition regulator said ... The Competition and Markets Authority said`: a
    // country's public body, with none named before, is the public body the next sentences open
    // with; else the description stands (`China's commerce ministry`).
    // (`The European Union's top court ... The Court of Justice of the European Union said`: an
    // owner's body is the one organisation whose name holds the owner's words and the body's word.)
    const owned = OWNED_BODY.exec(raw.replace(/^The /, "the "));
    if (owned !== null && this.lex.organizationWords.has(owned[2]!)) {
      const holding = this.organizationHoldingAll([...owned[1]!.toLowerCase().split(" "), owned[2]!], offset);
      if (holding !== null && holding.canonical !== owned[1]) return holding;
    }
    const owner = PLACE_OWNER.exec(raw);
    if (owner !== null && this.lex.places.has(owner[1]!)) {
      // (`Kenya's central bank` for `The Central Bank of Kenya`: the one body whose name holds the
      // place and every word of the description.)
      const holding = this.organizationHoldingAll([...owner[1]!.toLowerCase().split(" "), ...raw.slice(owner[0].length).toLowerCase().split(" ")], offset);
      if (holding !== null) return holding;
      // (`Europe's largest airline by passenger numbers`: a place's superlative company is the company
      // named as a subject before, as `the world's largest sportswear maker` is.)
      const superlative = /^(?:\S+ ){0,1}(?:[\p{Ll}-]+est|second-[\p{Ll}]+est|third-[\p{Ll}]+est|biggest) (?:[\p{Ll}-]+ ){0,2}([\p{Ll}-]+)(?: by [\p{Ll} ]+)?$/u.exec(raw.slice(owner[0].length));
      if (superlative !== null && this.lex.companyNouns.has(superlative[1]!)) return this.subjectOrganizationBefore(offset, (n) => this.takesCompanyNoun(n, superlative[1]!));
      const head = raw.slice(raw.lastIndexOf(" ") + 1);
      // (`Portugal's transport accident investigation office said ... The office, known by its
      // Portuguese acronym GPIAAF, said`: the name the same noun goes by later.)
      const known = this.knownAsLater(head, offset);
      if (known !== null) return known;
      const next = this.lex.publicBodyNouns.has(head) && !this.organizations.some((n) => n.end <= offset && this.isPublicBody(n)) ? this.subjectOrganizationNext(offset) : null;
      return next !== null && this.isPublicBody(next) ? next : null;
    }
    // `The world's largest sportswear maker`: an epithet of the company last named as a subject.
    // (Lowercase words or a possessive only: `The United Auto Workers union` names its own.)
    // (`the Dublin-based airline`: a place joined to a participle describes it too.)
    // (`the German carmaker`, `The Crown corporation`: a demonym, or a capitalised word no name of the
    // text holds, is an adjective too.)
    // (`the iPhone maker`, `the ChatGPT maker`: a product's name in camel case is an epithet's word too;
    // so is a city before its state: `the Cupertino, California-based company`.)
    // (`the Anglo-Swedish drugmaker`: two peoples' adjectives joined by a hyphen.)
    const epithet = /^the (?:(?:[\p{Ll}-]+|[\p{L}-]+['’]s|\p{Lu}[\p{L}.]*-\p{Ll}+|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+,?|\p{L}*\p{Ll}\p{Lu}[\p{L}\p{N}]*) ){1,4}([\p{Ll}-]+)$/u.exec(raw.replace(/^The /, "the "));
    const adjectives = epithet === null ? [] : epithet[0].split(" ").slice(1, -1).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
    // (`The Verdi union`, `the Aslef union`: before a union's or a party's noun, a capitalised word no
    // dictionary holds names the body itself; a club's or a team's is most often its place, `the
    // Yorkshire club`.)
    const ownName = (w: string) => this.lex.associationNouns.has(epithet![1]!) && !SPORTING_BODIES.has(epithet![1]!) && !this.lex.englishWords.has(w.toLowerCase());
    const plain = adjectives.every((w) => this.lex.demonyms.has(w) || (!this.lex.places.has(w) && this.organizationsWithWord(w.toLowerCase()).length === 0 && !ownName(w)));
    // `the space agency` after `NASA ...`: a body's noun with an epithet means the body named as a
    // subject by its acronym or by a name holding the noun.
    // (`The Labour-run authority` after `Bristol City Council ...`: else the public body last named as
    // a subject.)
    if (epithet !== null && plain && this.lex.organizationWords.has(epithet[1]!) && !this.lex.companyNouns.has(epithet[1]!)) {
      const head = epithet[1]!;
      const body = this.subjectOrganizationBefore(offset, (n) => this.goesByNoun(n, head)) ?? (this.lex.publicBodyNouns.has(head) ? this.subjectOrganizationBefore(offset, (n) => this.isPublicBody(n)) : null);
      if (body !== null) return body;
      // (`..., the country's weather agency said. The India Meteorological Department said ...`: with
      // none before, the public body the next sentence opens with.)
      const next = this.lex.publicBodyNouns.has(head) && !this.organizations.some((n) => n.end <= offset && this.isPublicBody(n)) ? this.subjectOrganizationNext(offset) : null;
      if (next !== null && this.isPublicBody(next)) return next;
    }
    // `Avidity's board has approved the offer, the San Diego-based company said`, `Manchester City have
    // signed ..., the Premier League champions announced`: a company's noun closing a frame means the
    // company that opens the report, as its subject or its subject's owner.
    if (epithet !== null || /^the [\p{Ll}-]+$/u.test(raw)) {
      const owner = this.organizationOpening(offset);
      const head = epithet?.[1] ?? raw.slice(4);
      // (Any name the report opens with: `Manchester City`, though `City` is a body's word too.)
      if (owner !== null && this.lex.companyNouns.has(head) && !this.describedAsOther(owner, head)) return owner;
      // (`NASA's Ingenuity helicopter will not fly again, the space agency said`: a body's noun takes an
      // acronym, or a name holding the noun.)
      if (owner !== null && this.goesByNoun(owner, head) && this.lex.organizationWords.has(head)) return owner;
    }
    // (A company's among the subjects first: `the iPhone maker` after `The European Commission` and `Apple`.)
    // (`A software update at cloud provider Stratus caused ... The Denver-based firm said`: else the one
    // organisation named before, wherever it stood; not for an owner's body: `the province's main
    // utility` is no province.)
    // (`the Facebook owner`: a brand's owner is a company's noun after the brand's name.)
    const brandOwner = epithet !== null && /^the \p{Lu}/u.test(epithet[0]) && this.lex.brandOwnerNouns.has(epithet[1]!);
    if (epithet !== null && ((plain && this.lex.companyNouns.has(epithet[1]!)) || brandOwner)) return this.subjectOrganizationBefore(offset, (n) => this.takesCompanyNoun(n, epithet[1]!)) ?? this.subjectOrganizationBefore(offset) ?? (/['’]s /.test(raw) ? null : this.onlyOrganizationBefore(offset));
    // `the trade ministry` for `the Ministry of Economy, Trade and Industry`, named before or after:
    // the organisation whose name holds both words.
    const portfolio = /^the ([\p{Ll}-]+) ([\p{Ll}-]+)$/iu.exec(raw);
    if (portfolio !== null && this.lex.organizationWords.has(portfolio[2]!)) {
      const holding = this.organizationsWithWord(portfolio[2]!).filter((n) => n.canonical.toLowerCase().split(/[\s,]+/).includes(portfolio[1]!.toLowerCase()));
      const meant = holding.filter((n) => n.end <= offset).pop() ?? holding.find((n) => n.start > offset);
      if (meant !== undefined) return meant;
    }
    // `The newspaper said` after `The Portland Press Herald reported`: the news medium named nearest.
    const medium = /^the (?:[\p{Ll}-]+ ){0,3}([\p{Ll}-]+)$/iu.exec(raw)?.[1];
    if (medium !== undefined && this.lex.mediumNouns.has(medium)) {
      const media = this.organizations.filter((n) => this.isNewsMedium(n));
      const meant = media.filter((n) => n.end <= offset).pop() ?? media.find((n) => n.start > offset);
      if (meant !== undefined) return meant;
    }
    const description = /^(?:(the|its|that) )?([\p{Ll}-]+)$/iu.exec(raw);
    if (description === null) return null;
    const head = description[2]!.toLowerCase();
    // (`the airport said` after `Gatwick Airport`, which the finder takes for a place: the one place
    // named before whose name ends in the noun.)
    if (!isBodyNoun(head, this.lex)) {
      if (description[1]?.toLowerCase() !== "the") return null;
      const place = oneEntity(this.names.filter((n) => n.end <= offset && n.type === "place" && !n.related && n.canonical.toLowerCase().endsWith(` ${head}`)), offset);
      if (place !== null || !this.lex.placeWords.has(head)) return place;
      // (`The Louvre reopened ..., the museum said`: else a bare name, no noun of its own, opening the report.)
      const sentence = this.sentences[this.sentenceAt(offset)];
      const opening = sentence === undefined ? undefined : this.organizations[partitionPoint(this.organizations, (n) => n.start < sentence.start)];
      const bare = opening !== undefined && opening.end < offset && /^(?:The )?$/.test(this.text.slice(sentence!.start, opening.start)) && !opening.canonical.includes(" ");
      return bare ? opening! : null;
    }
    if (description[1] === undefined) {
      if (!this.lex.organizationWords.has(head)) return null;
      const holding = this.organizationsWithWord(head);
      return holding.filter((n) => n.end <= offset).pop() ?? holding.find((n) => n.start > offset) ?? null;
    }
    let last: Name | null = null;
    // A company noun prefers the organisation last named as a subject (opening its sentence) over
    // one named in passing (`according to LSEG data`).
    let lastSubject: Name | null = null;
    // Two organisations named as subjects (`Rovers ...`, `Dunmore had led ...`): `the club` is either.
    const subjects = new Set<string>();
    let lastOwner: Name | null = null;
    for (const n of this.organizations) {
      if (n.end > offset) break;
      const words = n.canonical.toLowerCase().split(/\s+/);
      // (`Council leader Tony Dyer`: the body's word alone stands for the fuller name before it.)
      if (words.includes(head) && !(words.length === 1 && last !== null && last.canonical.toLowerCase().split(/\s+/).includes(head))) last = n;
      else if (this.lex.companyNouns.has(head) && this.takesCompanyNoun(n, head)) {
        last = n;
        // (An owner opening a sentence, `Wingtech's shares fell`, only when no organisation itself has.)
        if (this.opensSentence(n) && /^['’]s\b/u.test(this.text.slice(n.end, n.end + 3))) lastOwner = n;
        else if (this.opensSentence(n)) {
          lastSubject = n;
          subjects.add(n.canonical);
        }
      }
    }
    lastSubject ??= lastOwner;
    // `Saudi state oil company Aramco said ... the company said`: the name the text introduced with the noun.
    // (Or set beside the noun: `Nav Canada, the private company that runs air traffic control`.)
    // (Or before it, the name in apposition: `The aviation regulator, the Directorate General of Civil Aviation,`.)
    const introduced = this.organizations.filter((n) => n.end <= offset && (this.text.slice(Math.max(0, n.start - head.length - 1), n.start).toLowerCase() === `${head} ` || this.apposedNoun(n) === head || this.nounApposedBefore(n) === head)).pop();
    // (Unless another opened a sentence since: `... company CrowdStrike crashed ... Microsoft estimated
    // ... The company said` is Microsoft.)
    if (introduced !== undefined && (lastSubject === null || lastSubject.start < introduced.start || lastSubject.canonical === introduced.canonical)) return introduced;
    // `Boeing CEO Kelly Ortberg said ... The company said`: the company whose officer spoke last, when
    // no company opened a sentence since (`Microsoft said ... CrowdStrike chief executive George Kurtz
    // said ... The company stressed` is CrowdStrike).
    const employer = this.lex.companyNouns.has(head) && this.lastIndividual !== null ? this.employerOf(this.lastIndividual.canonical, offset) : null;
    const employerSpokeLast = employer !== null && this.takesCompanyNoun(employer, head) && (lastSubject === null || (employer.start > lastSubject.end && this.lastIndividual!.end > lastSubject.end));
    if (employerSpokeLast) return employer;
    if (subjects.size > 1 && this.lex.companyNouns.has(head)) return null;
    if (lastSubject !== null && this.lex.companyNouns.has(head)) return lastSubject;
    // `the agency` after `NASA`: an acronym names an agency or a body when no name holds the word.
    // (Not an acronym a company's noun introduced: `the government` is no `state energy company YPFB`.)
    if (last === null && this.lex.organizationWords.has(head)) {
      const company = (n: Name) => !this.lex.companyNouns.has(head) && this.lex.companyNouns.has(this.nounBefore(n) ?? "");
      for (const n of this.organizations) if (n.end <= offset && /^\p{Lu}{2,6}$/u.test(this.text.slice(n.start, n.end)) && !company(n)) last = n;
    }
    // `The agency` after `the Securities and Exchange Commission`: else the public body last named,
    // one whose name ends in an organisation word that is no company's.
    // (Only a noun any public body goes by: `the government` is no court, `the ministry` no agency.)
    if (last === null && this.lex.publicBodyNouns.has(head) && this.lex.organizationWords.has(head) && !this.lex.companyNouns.has(head)) {
      // (`the Centers for Disease Control and Prevention`: a head before `for` or `of` may lead the name.)
      // (`LATAM Airlines`: a company noun's plural is no body's word.)
      const bodyWord = (w: string) => this.lex.organizationWords.has(w) && !this.lex.companyNouns.has(w) && !this.lex.companyNouns.has(w.replace(/s$/, ""));
      for (const n of this.organizations) {
        if (n.end > offset) break;
        const words = n.canonical.toLowerCase().split(/\s+/);
        const head = words[0]!.replace(/s$/, "");
        const leads = (words[1] === "for" || words[1] === "of") && (bodyWord(head) || this.lex.placeWords.has(head));
        if (bodyWord(words[words.length - 1]!) || leads) last = n;
      }
    }
    return last;
  }

  /** Whether a speaker before the offset was described by the same head noun (`their union`). */
  /**
   * The one organisation a description's words (`the streaming service`) stand right before anywhere
   * in the text, the headline too: `Streaming service Flixwave raises prices`.
   */
  private introducedWith(raw: string): Name | null {
    // (Two words at least: `the company` is the company last named as a subject, not every
    // `cybersecurity company CrowdStrike`.)
    const words = /^(?:the|The) ((?:[\p{Ll}-]+ ){1,3}[\p{Ll}-]+)$/u.exec(raw)?.[1];
    if (words === undefined) return null;
    // (Once per description: each search reads the whole text for every organisation.)
    const known = this.introducedByWords.get(words);
    if (known !== undefined) return known;
    const written = (canonical: string) => {
      const phrase = `${words} ${canonical}`;
      for (let at = this.text.indexOf(phrase.slice(1)); at > 0; at = this.text.indexOf(phrase.slice(1), at + 1)) {
        const first = this.text[at - 1]!;
        const after = this.text[at + phrase.length - 1] ?? "";
        if (first.toLowerCase() === phrase[0] && !/[\p{L}\p{N}]/u.test(this.text[at - 2] ?? "") && !/[\p{L}\p{N}]/u.test(after)) return true;
      }
      return false;
    };
    const introduced = [...new Set(this.organizations.map((n) => n.canonical))].filter(written);
    const found = introduced.length === 1 ? this.organizations.find((n) => n.canonical === introduced[0])! : null;
    this.introducedByWords.set(words, found);
    return found;
  }

  private describedBefore(head: string, offset: number): boolean {
    return this.speakers.some((span) => span.end <= offset && headNoun(this.text.slice(span.start, span.end)) === head);
  }

  /** `The office, known as GPIAAF,` after the offset: the name a body's noun goes by, in the next two sentences. */
  private knownAsLater(head: string, offset: number): Name | null {
    const own = this.sentenceAt(offset);
    const until = this.sentences[own + 2]?.end ?? this.text.length;
    const description = new RegExp(`\\b[Tt]he ${head.replace(/[^\p{L}-]/gu, "")}(?=, )`, "gu");
    description.lastIndex = offset;
    for (let m = description.exec(this.text); m !== null && m.index < until; m = description.exec(this.text)) {
      const name = this.apposition({ start: m.index, end: m.index + m[0].length });
      if (name !== null && name.type === "organization" && KNOWN_AS.test(this.text.slice(m.index + m[0].length, m.index + m[0].length + 80))) return name;
    }
    return null;
  }

  private organizationsWithWord(word: string): Name[] {
    if (this.organizationsByWord === null) {
      this.organizationsByWord = new Map();
      for (const n of this.organizations) {
        for (const w of new Set(n.canonical.toLowerCase().split(/\s+/))) {
          const list = this.organizationsByWord.get(w);
          if (list === undefined) this.organizationsByWord.set(w, [n]);
          else list.push(n);
        }
      }
    }
    return this.organizationsByWord.get(word) ?? [];
  }

  /** A name that opens its sentence, perhaps after `the`: the sentence's subject. */
  private opensSentence(n: Name): boolean {
    const sentenceStarts = (this.sentenceStarts ??= new Set(this.sentences.map((x) => x.start)));
    // (`Alphabet's Google said`: the owner before the subject is no subject; `Blue Origin's New
    // Shepard rocket`: the owner of a product is.)
    if (/^['’]s \p{Lu}/u.test(this.text.slice(n.end, n.end + 4)) && !this.ownsProduct(n)) return false;
    // (`CrowdStrike chief executive George Kurtz said`: a body before its officer's title and name
    // describes the person, the subject.)
    if (this.beforeOfficer(n)) return false;
    // (`SpaceX's Starship rocket completed ...`: a product's name before its noun is no company opening the sentence.)
    if (this.lex.productNouns.has(this.nounAfter(n) ?? "") && /['’]s $/.test(this.text.slice(Math.max(0, n.start - 3), n.start))) return false;
    if (sentenceStarts.has(n.start)) return true;
    // `The European Commission`, `Alphabet's Google`, `The 27-nation European Union`: an article, an
    // owner or a number's modifier may stand before the name.
    const sentence = this.sentences[this.sentenceAt(n.start)];
    return sentence !== undefined && n.start - sentence.start <= 40 && SUBJECT_LEAD.test(this.text.slice(sentence.start, n.start));
  }

  /** `CrowdStrike chief executive George Kurtz`, `Boeing CEO Kelly Ortberg`: a body, then a title or role and a name. */
  private beforeOfficer(n: Name): boolean {
    const after = /^((?: (?:[\p{Ll}-]+|\p{Lu}{2,4})){1,3}) \p{Lu}\p{Ll}/u.exec(this.text.slice(n.end, n.end + 48));
    if (after === null) return false;
    const words = after[1]!.trim().split(" ").map((w) => w.toLowerCase());
    return words.every((w) => this.lex.personTitles.has(w) || this.lex.roleNouns.has(w));
  }

  /** A name whose own noun is an organisation word that is no company's: `Bristol City Council`, `the Commission for Racial Equality`. */
  private isPublicBody(n: Name): boolean {
    const head = nameHead(n.canonical);
    return (this.lex.organizationWords.has(head) && !this.lex.companyNouns.has(head)) || isDepartment(n.canonical.split(" "), this.lex);
  }

  /** `Avidity's board ...`, `Manchester City have signed ...`: the organisation opening the sentence of a frame after its report. */
  private organizationOpening(offset: number): Name | null {
    const sentence = this.sentences[this.sentenceAt(offset)];
    if (sentence === undefined) return null;
    const opening = this.organizations[partitionPoint(this.organizations, (n) => n.start < sentence.start)];
    return opening !== undefined && opening.start === sentence.start && opening.end < offset ? opening : null;
  }

  /** `Bayern Munich coach Vincent Kompany`: the organisation last named before the offset with the person as its officer. */
  private employerOf(person: string, offset: number): Name | null {
    let employer: Name | null = null;
    for (const n of this.organizations) {
      if (n.end > offset) break;
      if (!this.beforeOfficer(n)) continue;
      const officer = this.names[partitionPoint(this.names, (m) => m.start <= n.end)];
      if (officer !== undefined && officer.type === "person" && officer.start - n.end <= 48 && officer.canonical === person) employer = n;
    }
    return employer;
  }

  /** `Blue Origin's New Shepard rocket`: the name after the owner's possessive is a product's. */
  private ownsProduct(owner: Name): boolean {
    const at = owner.end + 3;
    const candidate = this.names[partitionPoint(this.names, (m) => m.start < at)];
    const owned = candidate?.start === at ? candidate : undefined;
    const noun = owned === undefined ? undefined : /^ (\p{Ll}+)/u.exec(this.text.slice(owned.end, owned.end + 24))?.[1];
    return noun !== undefined && this.lex.productNouns.has(noun);
  }

  /**
   * Whether a company's noun (`the company`, `the airline`) can mean the organisation: `the company`
   * after `Vantec Inc.`, `Northway Motors` or `Harbor Bank`, not after `the Health Ministry`; `the
   * airline` not after `the Vereinigung Cockpit union`. (`the regulator` after `The Financial Conduct
   * Authority`: a public body's noun takes a body's name, no company's.)
   */
  private takesCompanyNoun(n: Name, head: string): boolean {
    const final = nameHead(n.canonical);
    const fits = this.lex.publicBodyNouns.has(head)
      ? this.lex.organizationWords.has(final) && !this.lex.companyNouns.has(final)
      : !this.lex.organizationWords.has(final) || this.lex.abbreviations.has(final) || this.lex.companyNouns.has(final) || this.lex.companyNouns.has(final.replace(/s$/, ""));
    // (`Alaska Airlines` takes `the airline`: a company noun's plural closes many a company's name.)
    // (`the journal Scientific Reports` is no `team`: a name a medium's noun introduces is a publication's.)
    // (`told KATU television`: so is one a medium's word follows.)
    const medium = this.nounBefore(n);
    // (`the industry regulator Ofwat` is no `company`: a body a public body's noun introduced anywhere is that body.)
    const publicBody = !this.lex.publicBodyNouns.has(head) && this.introducedAsPublicBody().has(n.canonical);
    const isMedium = [medium, this.nounAfter(n)].some((w) => w !== undefined && this.lex.mediaWords.has(w));
    return fits && !publicBody && !this.describedAsOther(n, head) && !(isMedium && !this.lex.mediaWords.has(head));
  }

  /** The one organisation whose name holds every wanted word (lowercase), nearest before the offset, else first after. */
  private organizationHoldingAll(wanted: readonly string[], offset: number): Name | null {
    return oneEntity(this.organizations.filter((n) => { const words = n.canonical.toLowerCase().split(" "); return wanted.every((w) => words.includes(w)); }), offset);
  }

  /** `The Portland Press Herald`, `the daily Marca`: a name with a medium's word, or one a medium's noun introduces. */
  private isNewsMedium(n: Name): boolean {
    const before = this.nounBefore(n);
    return n.canonical.toLowerCase().split(/\s+/).some((w) => this.lex.mediaWords.has(w)) || (before !== undefined && (this.lex.mediaWords.has(before) || this.lex.mediumNouns.has(before)));
  }

  /** The lowercase word right after a name: `television` in `KATU television`. */
  private nounAfter(n: Name): string | undefined {
    // (`The SNPL pilots' union`: a plural's possessive before the noun describes it.)
    return /^ (?:\p{Ll}+s['’] )?(\p{Ll}+)/u.exec(this.text.slice(n.end, n.end + 32))?.[1];
  }

  /** The lowercase word right before a name: `regulator` in `the industry regulator Ofwat`. */
  private nounBefore(n: Name): string | undefined {
    return /(\p{Ll}+) $/u.exec(this.text.slice(Math.max(0, n.start - 24), n.start))?.[1];
  }

  /** The organisations the text introduces with a public body's noun right before the name (`regulator Ofwat`). */
  private introducedAsPublicBody(): Set<string> {
    if (this.publicIntroduced === null) {
      this.publicIntroduced = new Set();
      for (const n of this.organizations) {
        const noun = this.nounBefore(n);
        if (noun !== undefined && this.lex.publicBodyNouns.has(noun)) this.publicIntroduced.add(n.canonical);
      }
    }
    return this.publicIntroduced;
  }

  /** `NASA` or `the Food Standards Agency` for `the agency`: an acronym, or a name holding the body's noun. */
  private goesByNoun(n: Name, head: string): boolean {
    return /^\p{Lu}{2,6}$/u.test(n.canonical) || n.canonical.toLowerCase().split(/\s+/).includes(head);
  }

  /**
   * The organisation whose name holds one of the lowercase words (singular or plural), when only one
   * does: the last named before the offset, else the first after.
   */
  private organizationOnTopic(words: readonly string[], offset: number): Name | null {
    const topics = words.filter((w) => /^\p{Ll}+$/u.test(w) && !this.lex.roleModifiers.has(w));
    return oneEntity(topics.flatMap((w) => [...this.organizationsWithWord(w), ...this.organizationsWithWord(`${w}s`)]), offset);
  }

  /** The organisation named before the offset, when only one was. */
  private onlyOrganizationBefore(offset: number): Name | null {
    // (Not a place the finder took for a body.)
    return oneEntity(this.organizations.filter((n) => n.end <= offset && !n.related && !this.lex.places.has(n.canonical)), offset);
  }

  /** The organisation opening one of the two sentences after the one that holds the offset. */
  private subjectOrganizationNext(offset: number): Name | null {
    const own = this.sentenceAt(offset);
    // (`..., the country's disaster agency said. ..., according to the Office of Civil Defense.`: or
    // is a source itself, the whole of a frame's speaker.)
    return this.organizations.find((n) => n.start > offset && this.sentenceAt(n.start) <= own + 2 && this.sentenceAt(n.start) > own && (this.opensSentence(n) || this.isWholeSpeaker(n))) ?? null;
  }

  /** Whether a frame's speaker is the name alone, or with `the`: `according to the Office of Civil Defense`. */
  private isWholeSpeaker(n: Name): boolean {
    return this.speakers.some((s) => s.end === n.end && /^(?:[Tt]he )?$/.test(this.text.slice(s.start, n.start)));
  }

  /** The organisation last named as a sentence's subject before the offset, when only one was. */
  private subjectOrganizationBefore(offset: number, accepts: (n: Name) => boolean = () => true): Name | null {
    let last: Name | null = null;
    const subjects = new Set<string>();
    for (const n of this.organizations) {
      if (n.end > offset) break;
      if (this.opensSentence(n) && accepts(n)) {
        last = n;
        subjects.add(n.canonical);
      }
    }
    if (subjects.size === 1) return last;
    // `Samsung Electronics unveiled ... The Galaxy Z Flip FE will sell ..., the South Korean company
    // said`: when several were, the thing the speaker's own sentence is about is not the speaker.
    const own = this.sentenceAt(offset);
    let earlier: Name | null = null;
    const earlierSubjects = new Set<string>();
    for (const n of this.organizations) {
      if (n.end > offset) break;
      if (this.opensSentence(n) && accepts(n) && this.sentenceAt(n.start) !== own) {
        earlier = n;
        earlierSubjects.add(n.canonical);
      }
    }
    return earlierSubjects.size === 1 ? earlier : null;
  }

  /** `President Joe Biden` → `Joe Biden`; `Israeli Prime Minister Benjamin Netanyahu` → `Benjamin Netanyahu`. */
  private stripTitles(raw: string): string {
    const words = wordsIn(raw, { start: 0, end: raw.length });
    let k = words.length;
    // (`Director-General`: titles joined by a hyphen are one.)
    const title = (w: string) => isTitle(w, this.lex) || this.lex.personTitles.has(w + ".");
    while (k > 0 && !title(words[k - 1]!.lower)) k--;
    if (k === 0 || k === words.length) return raw;
    const name = raw.slice(words[k]!.start).replace(/['’]s$/, "");
    // (`Environment Canada`: a title's word before a place names a body, not a person; `Home Office
    // figures`: nor before words no name is made of.)
    const notAName = words.slice(k).some((w) => w.text === w.lower && !this.lex.surnameParticles.has(w.lower));
    return this.lex.places.has(name) || notAName ? raw : name;
  }

  private fullestName(stripped: string): string {
    const cached = this.fullest.get(stripped);
    if (cached !== undefined) return cached;
    const tokens = stripped.split(/\s+/);
    const last = tokens[tokens.length - 1]!;
    let best = stripped;
    for (const candidate of this.namesByLastWord.get(last) ?? []) {
      const parts = candidate.split(/\s+/);
      if (parts.length <= tokens.length || parts.length > 4) continue;
      // (`Von der Leyen` opening a sentence is `Ursula von der Leyen`'s surname.)
      if (parts.slice(-tokens.length).join(" ").toLowerCase() !== tokens.join(" ").toLowerCase()) continue;
      if (parts[parts.length - 1] !== last) continue;
      if (candidate.length > best.length) best = candidate;
    }
    this.fullest.set(stripped, best);
    return best;
  }

  private fullestDescription(raw: string, offset?: number): string {
    if (this.descriptionsByHead === null) {
      // Once per document: the description with the most words for each head noun.
      this.descriptionsByHead = new Map();
      for (const span of this.speakers) {
        // (A body's acronym in brackets is no part of the description: `... Programme (UNEP)`.)
        const other = this.text.slice(span.start, span.end).replace(BRACKETED_ACRONYM, "");
        // (Names are no descriptions; `Two people familiar with the matter` opening a sentence is one,
        // and so is `A Meta spokesperson`, a name before a common noun.)
        const bare = other.replace(/^(?:the|a|an)\s+/i, "");
        const firstWord = /^\p{L}+/u.exec(bare)?.[0]?.toLowerCase() ?? "";
        const commonHead = /^an?\s/i.test(other) && /\s\p{Ll}+$/u.test(bare);
        // (`the Israeli military` ... `the military said`: a people's adjective opens a description, not
        // a name; it is the fuller form only of the descriptions after it, as `police said` before
        // `Norwegian police said` is another force.)
        if (this.lex.demonyms.has(/^\p{L}+/u.exec(bare)?.[0] ?? "") && /^\S+(?: \p{Ll}+)+$/u.test(bare)) {
          const head = headNoun(other);
          if (!this.peopleDescriptions.has(head)) this.peopleDescriptions.set(head, { description: other, end: span.end });
          continue;
        }
        // (`Russia's emergencies ministry` ... `the ministry`: a place's body in lowercase words describes it too.)
        const placeOwner = PLACE_OWNER.exec(other);
        const placeBody = placeOwner !== null && this.lex.places.has(placeOwner[1]!) && /^[\p{Ll} -]+$/u.test(other.slice(placeOwner[0].length));
        if (/^\p{Lu}/u.test(bare) && !this.lex.numberWords.has(firstWord) && !this.lex.vagueCounts.has(firstWord) && !commonHead && !placeBody) continue;
        const head = headNoun(other);
        const known = this.descriptionsByHead.get(head);
        if (known === undefined || other.split(/\s+/).length > known.split(/\s+/).length) this.descriptionsByHead.set(head, other);
      }
      // `Researchers at Boston Children's Hospital analysed ...` then `The researchers said`: a plural
      // subject opening a sentence describes the group too, though it spoke in no frame.
      for (const sentence of this.sentences) {
        const subject = PLURAL_SUBJECT.exec(this.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 120)));
        if (subject === null || !/ (?:at|of|from|in|for|with) /.test(subject[1]!)) continue;
        const group = subject[1]![0]!.toLowerCase() + subject[1]!.slice(1);
        const head = headNoun(group);
        const known = this.descriptionsByHead.get(head);
        if (known === undefined || group.split(/\s+/).length > known.split(/\s+/).length) this.descriptionsByHead.set(head, group);
      }
    }
    const people = offset === undefined ? undefined : this.peopleDescriptions.get(headNoun(raw));
    const common = this.descriptionsByHead.get(headNoun(raw));
    const earlier = people !== undefined && people.end <= offset! ? people.description : undefined;
    const fuller = earlier !== undefined && (common === undefined || earlier.split(/\s+/).length > common.split(/\s+/).length) ? earlier : common;
    // (`the shadow chancellor` is someone else than `the chancellor`.)
    const otherOffice = fuller !== undefined && fuller.split(/\s+/).some((w) => this.lex.otherOfficeModifiers.has(w.toLowerCase()) && !raw.toLowerCase().split(/\s+/).includes(w.toLowerCase()));
    // (`the fire service` is no `the country's meteorological service`: a definite description's fuller
    // form holds every word of it; an indefinite one is a first mention, which a later one may specify,
    // `a government survey` ... `the survey released on Sunday`.)
    const fullerWords = new Set(fuller?.toLowerCase().split(/\s+/) ?? []);
    // (Two indefinite ones are two first mentions: `a ministry official` is not `A senior official of the carrier`.)
    const definite = /^the\s/i.test(raw);
    const bothIndefinite = /^an?\s/i.test(raw) && fuller !== undefined && /^an?\s/i.test(fuller);
    const contained = (!definite && !bothIndefinite) || raw.toLowerCase().replace(/^(?:the|an?)\s/, "").split(/\s+/).every((w) => fullerWords.has(w));
    // (`..., their union said. The union ... said`: a first mention as long as the definite one is its form too.)
    const firstMention = fuller !== undefined && /^(?:their|its) /i.test(fuller) && fuller.split(/\s+/).length === raw.split(/\s+/).length;
    const best = fuller !== undefined && !otherOffice && contained && (fuller.split(/\s+/).length > raw.split(/\s+/).length || firstMention) ? fuller : raw;
    return best.replace(/^(?:A|An|The|One|Some)\b/, (article) => article.toLowerCase()).replace(/^\p{Lu}\p{Ll}+\b/u, (word) => (this.lex.numberWords.has(word.toLowerCase()) || this.lex.vagueCounts.has(word.toLowerCase()) ? word.toLowerCase() : word));
  }
}

const RESTRICTIVE_CLAUSE = / (?:that|which|who) \p{Ll}+(?: [^,]*)?$/u;
const NOUN_BEFORE_APPOSITION = /(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir) (?:[\p{Ll}-]+ ){0,3}([\p{Ll}-]+), (?:the )?$/u;
const BLOC_EXECUTIVE = /^the (?:\p{Lu}{2,4}|bloc['’]s|EU['’]s) executive$/iu;
const PLACE_ACRONYM_BODY = /^(\p{Lu}[\p{L} ]*?)['’]s (\p{Lu}{2,6}) (?:[\p{Ll}-]+ ){0,3}([\p{Ll}-]+)$/u;
const PERSON_OF_BODY = /^ (?:of|at|from) (?:the )?\p{Lu}[^,;"“”]{0,80}?(?:[,;)]|\.(?=\s|$)|$)/u;

/** ` of the International Federation of Red Cross and `: a body's name in capitals running on to the name that ends the span. */
const BODY_NAME_BETWEEN = /^ (?:of|at|from) (?:the )?(?:\p{Lu}[\p{L}'’.&-]* (?:(?:of|for|and|the) )*)+$/u;

/** The head of a description: its last word before a modifier after it (`a report published on ...`, `a spokesperson for ...`). */
/** A plural noun opening a sentence, with a prepositional name after it: `Researchers at the University of Leeds`. */
const PLURAL_SUBJECT = /^((?:\p{Lu}\p{Ll}+ )?\p{Lu}?\p{Ll}+s(?: (?:at|of|from|in|for|with) (?:the )?\p{Lu}[\p{L}.'’&-]*(?: (?:of |for |and |the |& )?\p{Lu}[\p{L}.'’&-]*)*)?)(?= \p{Ll})/u;

/** The mentions' one entity (by canonical name), when they name only one: the last before the offset, else the first. */
function oneEntity(mentions: readonly Name[], offset: number): Name | null {
  if (new Set(mentions.map((n) => n.canonical)).size !== 1) return null;
  return mentions.filter((n) => n.end <= offset).pop() ?? mentions[0]!;
}

/**
 * A name's own noun, lowercase: its last word, or the word before its first `of` or `for` (`the
 * University of Sussex` is a university and no `team`, `the Centre for Volcanology and Geological
 * Hazard Mitigation` a centre).
 */
function nameHead(canonical: string): string {
  const words = canonical.toLowerCase().split(/\s+/);
  const connector = words.findIndex((w, k) => k > 0 && (w === "of" || w === "for"));
  return words[connector > 0 ? connector - 1 : words.length - 1]!.replace(/\.$/, "");
}

/** `Ms`, `Air Marshal`, `Vice Admiral`: title words, or capitalised words that a title closes. */
function titlesOnly(words: readonly Word[], lex: Lexicons): boolean {
  // (`, historian Mary Beard,`: a noun for a person by its ending stands as a title does.)
  // (`, lawmaker Kim Leadbeater,`: a role written in lowercase stands as a title does.)
  const isTitle = (w: Word) => lex.titles.has(w.lower) || lex.personTitles.has(w.lower) || (w.text === w.lower && (PERSON_NOUN_ENDING.test(w.lower) || lex.roleNouns.has(w.lower)));
  const last = words[words.length - 1];
  // (`, Labour lawmaker Kim Leadbeater,`: a party's or a body's word in capitals may stand before a lowercase role.)
  return words.every(isTitle) || (last !== undefined && isTitle(last) && words.length <= 3 && words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w.text)));
}

function headNoun(description: string): string {
  const words = description.toLowerCase().split(/\s+/);
  const modifier = words.findIndex((w, i) => i > 0 && (POST_MODIFIERS.has(w) || /^[a-z]+ed$/.test(w)));
  const head = modifier > 0 ? words[modifier - 1]! : words[words.length - 1]!;
  return head.replace(/['’]s$/, "");
}

const SUBJECT_LEAD = /^(?:[Tt]he )?(?:\p{Lu}[\p{L}\p{N}.&-]*['’]s )?(?:\p{N}[\p{N}.,]*-\p{Ll}+ )?$/u;
const BRACKETED_ACRONYM = / \(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}\)$/u;
// `, known as AGCM,`, `, also known as the FNC,`: the name a body goes by.
// (`, known by its Portuguese acronym GPIAAF,`: or by its acronym, initials or name.)
const KNOWN_AS = /^, (?:also )?known (?:as|by (?:its|the|their) (?:[\p{L}-]+ ){0,2}(?:acronym|initials|abbreviation|name)) (\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*)*),/u;
// `, Germany's biggest union,`, `, the opposition party,`: the noun of a description set beside a name.
// (`, the private company that runs ...`: or before a relative clause.)
const APPOSED_NOUN = /^, (?:the |an? |(?:its|their) |\p{Lu}[\p{L}.-]*['’]s )(?:[\p{L}'’-]+ ){0,3}?(\p{Ll}+)(?:,| (?:that|which) )/u;
// `volcanologist`, `economist`, `historian`: endings of nouns for people.
const PERSON_NOUN_ENDING = /(?:ist|ian|ologer)$/;
// `former president `, `ex-Prime Minister `: a former office written before a name.
const FORMER_BEFORE = /\b(?:former |ex-)(?:[\p{L}.-]+ ){1,3}$/iu;
// A place owning what follows: `Britain's`, `South Korea’s`.
/** `the Chinese grandmaster`, `the Danish coach`: a capitalised adjective (a people's) and a noun. */
const NATIONAL_DESCRIPTION = /^the (\p{Lu}\p{Ll}+) ([\p{Ll}-]+)$/u;
const PLACE_BODY = /^(?:[Tt]he )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)(?:['’]s|(?<=s)['’]) (\p{Lu}[\p{L}.&-]*(?: (?:of |for |and |the )*\p{Lu}[\p{L}.&-]*)+)$/u;
// `a court in Berlin`, `the council in Leeds`: a body's noun and the place it sits in.
const BODY_IN_PLACE = /^(?:the|a|an) ([\p{Ll}-]+) in (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)$/u;
const PLACE_OWNER = /^(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)['’]s /u;
const OWNED_BODY = /^(?:the )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2})['’]s (?:[\p{Ll}-]+ ){0,3}([\p{Ll}-]+)$/u;
// `the UN health agency`, `the U.S. space agency`: words before a body's noun.
const TOPIC_EPITHET = /^the ((?:[\p{L}.-]+ ){1,3})(\p{Ll}+)$/u;
const GENDERED_SUBJECT = /^((?:The|A|An|His|Her|Their|Its|\p{Lu}[\p{L}-]*['’]s) (?:[\p{Ll}'’-]+ ){0,3}?(\p{Ll}+))(?=[ ,])/u;
const nameAfterRolePatterns = new WeakMap<Lexicons, RegExp>();
/** A name closing a speaker, with its particles (`Wim van der Poel`, `Majed al-Ansari`). */
function nameAfterRole(lex: Lexicons): RegExp {
  let pattern = nameAfterRolePatterns.get(lex);
  if (pattern === undefined) {
    pattern = new RegExp(String.raw`(?:^|\s)(\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’.-]*|${[...lex.surnameParticles].join("|")}|(?:al|el|ad|as|at|az|ar|an|ash)-\p{Lu}[\p{L}'’-]*))+)$`, "u");
    nameAfterRolePatterns.set(lex, pattern);
  }
  return pattern;
}
// (`A hacking group called ShinyHunters`: capitalised to open the sentence too.)
// (`the tracking service Flightradar24`: a name may hold digits after its first letter.)
const INTRODUCED_NAME = /^(?:[Tt]he|[Aa]n?) ((?:\p{Ll}+ )+)(\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*)*)$/u;
// (`Consumer group Which?`: a name may end in its question mark.)
const DESCRIBED_NAME = /^(?:\p{Lu}\p{Ll}+(?:['’]s?)? )?(?:\p{Ll}+ )*?(\p{Ll}+) (\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*)*\??)$/u;
// Words that go on a sentence after a name without making it a noun's modifier (`the WHO and ...`).
const LINKING_WORDS = new Set(["and", "or", "but", "nor", "which", "who", "that", "itself", "alone", "also", "too", "then", "now", "within", "into", "since", "until", "across", "among", "between", "amid", "despite", "beyond", "near", "like", "than", "per", "including", "under", "here", "there"]);
const SPORTING_BODIES = new Set(["club", "team"]);
const PREPOSITIONS = new Set(["of", "for", "at", "in", "on", "from", "with", "to", "by", "about"]);
const POST_MODIFIERS = new Set(["of", "for", "by", "at", "in", "on", "from", "with", "who", "which", "that", "familiar", "close", "involved", "aware", "briefed"]);
