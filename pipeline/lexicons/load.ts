// Loads the rule lists under pipeline/lexicons/<language>/ once, checks each against the lexicon
// schema (sorted, unique, non-empty), and shapes them for fast lookup. Their hash goes into the manifest.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { lexiconsDir, schemasDir } from "../paths.js";
import { createAjv } from "../schema/ajv.js";
import { englishDictionary, type Dictionary } from "./dictionary.js";

export interface LexiconFile {
  name: string;
  description: string;
  source: string;
  entries: unknown[];
}

interface Keyed {
  [field: string]: unknown;
}

export interface Lexicons {
  language: string;
  /** sha256 over every lexicon file, in name order, and the dictionary's version: changes whenever a rule list does. */
  sha256: string;
  files: Record<string, { sha256: string; entries: number }>;
  titles: Set<string>;
  abbreviations: Set<string>;
  numberAbbreviations: Set<string>;
  sentenceStarters: Set<string>;
  headerKeys: Map<string, string | null>;
  agencies: string[];
  boilerplate: string[];
  /** Written form (lowercase) → lemma. */
  reportingVerbs: Map<string, string>;
  /** Forms that report only before `that` or a colon (`found that`), → lemma. */
  reportingVerbsThat: Map<string, string>;
  reportingPhrases: Map<string, string>;
  /** `described as`, `called`: a source's description of an event, `in what X described as ...` → lemma. */
  characterisingVerbs: Map<string, string>;
  attributionFrames: Map<string, string>;
  /** Frames that attribute only to a named or known source (`as per`). */
  namedSourceFrames: Set<string>;
  hedges: string[];
  /** `can't believe it`: phrases whose hedge word hedges nothing. */
  hedgeExceptions: string[];
  negators: Set<string>;
  negationExceptions: string[];
  clauseOpeners: string[];
  subordinators: Map<string, boolean>;
  numberWords: Map<string, number>;
  scaleWords: Map<string, number>;
  vagueCounts: Map<string, number>;
  quantityQualifiers: Map<string, string>;
  currencies: Map<string, string>;
  personTitles: Set<string>;
  /** `KC`, `MP`, `OBE` after a name: no part of it (as written). */
  postnominals: Set<string>;
  cueExtensions: string[];
  timeFrames: string[];
  topicPrefixes: string[];
  subjectStarters: Set<string>;
  auxiliaries: Set<string>;
  nonSubjectStarts: Set<string>;
  subordinateMarkers: Set<string>;
  nounMarkers: Set<string>;
  frameAdverbs: Set<string>;
  irregularPlurals: Set<string>;
  identifierMarkers: Set<string>;
  organizationWords: Set<string>;
  calendarWords: Set<string>;
  hyphenPrefixes: Set<string>;
  leadingConjunctions: string[];
  mediaWords: Set<string>;
  places: Set<string>;
  /** Demonym → the place it relates to. */
  demonyms: Map<string, string>;
  organizations: Set<string>;
  placeWords: Set<string>;
  /** Given names as written (`Valeska`): a run that opens with one names a person. */
  givenNames: Set<string>;
  standInModifiers: Set<string>;
  calendarGivenNames: Set<string>;
  /** Last words of event, law and product names (`cup`, `act`): not people, organisations or places. */
  eventWords: Set<string>;
  /** `storm`, `hurricane`: first words of an event's name (`Storm Eowyn`), no person's or organisation's. */
  eventOpeners: Set<string>;
  /** `ship`, `browser`: made things; a name right after one is a product's, not a person's or an organisation's. */
  productNouns: Set<string>;
  /** `confident`, `concerned`: after `is`/`are`, a thought is reported (`are concerned the law will change`). */
  stanceAdjectives: Set<string>;
  /** `fell`, `rose`: past forms without -ed, for telling a clause (`and wages fell`) from a phrase. */
  irregularPastVerbs: Set<string>;
  /** Lowercase roles before a name (`author`, `striker`): the name is a person's. */
  roleNouns: Set<string>;
  /** Capitalised words that are no names (`CEO`, `Internet`, `Ramadan`), as written. */
  notNames: Set<string>;
  /** Sources that find or show (`study`, `figures`): that-only verbs report after them without `that`. */
  evidenceNouns: Set<string>;
  /** `company`, `carmaker`: descriptions that stand for the organisation last named. */
  companyNouns: Set<string>;
  /** `owner`, `parent`: after a brand's name, the company that owns it (`the Facebook owner`); never alone. */
  brandOwnerNouns: Set<string>;
  /** Reporting lemmas that also take a plain object (`announce`, `deny`). */
  nounObjectVerbs: Set<string>;
  /** Reporting lemmas that take an object and an infinitive (`urge`, `ask`). */
  objectInfinitiveVerbs: Set<string>;
  /** `think tank`: a reporting verb's form and the next word that make a noun. */
  reportingCompounds: Set<string>;
  /** `judge` → `justice`: the other forms of a title before a name, for a description to find its holder. */
  titleForms: Map<string, string[]>;
  bodyEpithets: Map<string, string[]>;
  /** `ministry`, `department`: heads whose `of` list goes on through commas and `and`. */
  portfolioHeads: Set<string>;
  /** `regulator`, `watchdog`: descriptions of a public body, not of a company. */
  publicBodyNouns: Set<string>;
  /** `shadow`, `vice`: words before a title that make it another office than the bare title. */
  otherOfficeModifiers: Set<string>;
  /** Adjectives before a role and a name (`Senior researcher Mu Li`): no body's name. */
  roleModifiers: Set<string>;
  /** `rival`, `fellow`: words that describe the name after them (`Rival Hapag-Lloyd`), never part of it. */
  nameDescriptors: Set<string>;
  /** `union`, `party`: bodies that are no business, for a name set beside one (`IG Metall, Germany's biggest union`). */
  associationNouns: Set<string>;
  /** `newspaper`, `magazine`: nouns for one news medium, meaning the medium named before (`the newspaper said`). */
  mediumNouns: Set<string>;
  /** `von`, `ten`, `bin`: lowercase particles inside a person's name. */
  surnameParticles: Set<string>;
  /** `champion`, `veteran`: a person's epithet that, closing a report, means the person the report is about. */
  selfEpithets: Set<string>;
  /** `Democrat`, `Tory`: a member of a party, standing for a person in `the Texas Republican`. */
  partyMembers: Set<string>;
  /** `king`, `queen`: titles whose possessive goes on inside a name (`King's Lynn`). */
  possessiveNameTitles: Set<string>;
  /** `remains`, `seem`: present linking verbs that make a clause after a noun phrase. */
  presentVerbs: Set<string>;
  /** `Xi`, `Yoon`: family names written before the given name, which a later mention repeats alone. */
  surnameFirst: Set<string>;
  /** `cents` → USD: a hundredth of a currency, written after the number. */
  minorCurrencies: Map<string, string>;
  /** `mother` → she: nouns for a person of one sex and the pronoun that stands for them. */
  genderedNouns: Map<string, string>;
  /** Lowercase English words (a package's list, not ours): a capitalised word outside it is a name. */
  englishWords: Dictionary;
}

const sortKeys: Record<string, string> = {
  "header-keys": "key",
  "reporting-verbs": "lemma",
  "reporting-verbs-that": "lemma",
  "reporting-phrases": "phrase",
  "characterising-verbs": "phrase",
  "attribution-frames": "phrase",
  subordinators: "word",
  "number-words": "word",
  "scale-words": "word",
  "vague-counts": "word",
  "quantity-qualifiers": "phrase",
  currencies: "sign",
  "minor-currencies": "word",
  "gendered-nouns": "word",
  demonyms: "word",
  "title-forms": "title",
  "body-epithets": "epithet",
};

export function readLexiconFiles(language = "en"): Map<string, { file: LexiconFile; text: string }> {
  const ajv = createAjv();
  const validate = ajv.compile(JSON.parse(readFileSync(join(schemasDir, "lexicon.schema.json"), "utf8")));
  const dir = join(lexiconsDir, language);
  const files = new Map<string, { file: LexiconFile; text: string }>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const text = readFileSync(join(dir, name), "utf8");
    const file = JSON.parse(text) as LexiconFile;
    if (!validate(file)) throw new Error(`lexicon ${name}: ${ajv.errorsText(validate.errors)}`);
    if (`${file.name}.json` !== name) throw new Error(`lexicon ${name}: its name field says ${file.name}`);
    checkSortedUnique(file);
    files.set(file.name, { file, text });
  }
  return files;
}

function sortKeyOf(file: LexiconFile, entry: unknown): string {
  if (typeof entry === "string") return entry;
  const key = sortKeys[file.name];
  if (key === undefined) throw new Error(`lexicon ${file.name}: object entries need a sort key in load.ts`);
  return String((entry as Keyed)[key]);
}

function checkSortedUnique(file: LexiconFile): void {
  for (let i = 1; i < file.entries.length; i++) {
    const before = sortKeyOf(file, file.entries[i - 1]);
    const here = sortKeyOf(file, file.entries[i]);
    if (!(before < here)) throw new Error(`lexicon ${file.name}: entries must be sorted and unique ("${before}" then "${here}")`);
  }
}

export function loadLexicons(language = "en"): Lexicons {
  const files = readLexiconFiles(language);
  const all = createHash("sha256");
  const summary: Lexicons["files"] = {};
  for (const [name, { file, text }] of files) {
    all.update(name).update("\0").update(text).update("\0");
    summary[name] = { sha256: createHash("sha256").update(text).digest("hex"), entries: file.entries.length };
  }
  const englishWords = englishDictionary();
  all.update(englishWords.source);
  const strings = (name: string): string[] => entriesOf(files, name) as string[];
  const objects = (name: string): Keyed[] => entriesOf(files, name) as Keyed[];
  const pairs = <V>(name: string, key: string, value: string) =>
    new Map(objects(name).map((e) => [String(e[key]), e[value] as V]));

  const reportingVerbs = new Map<string, string>();
  for (const entry of objects("reporting-verbs")) {
    for (const form of entry.forms as string[]) reportingVerbs.set(form, String(entry.lemma));
  }
  const reportingVerbsThat = new Map<string, string>();
  for (const entry of objects("reporting-verbs-that")) {
    for (const form of entry.forms as string[]) reportingVerbsThat.set(form, String(entry.lemma));
  }
  return {
    language,
    reportingVerbsThat,
    sha256: all.digest("hex"),
    englishWords,
    files: summary,
    titles: new Set(strings("titles")),
    abbreviations: new Set(strings("abbreviations")),
    numberAbbreviations: new Set(strings("number-abbreviations")),
    sentenceStarters: new Set(strings("sentence-starters")),
    headerKeys: pairs<string | null>("header-keys", "key", "field"),
    agencies: strings("agencies"),
    boilerplate: strings("boilerplate"),
    reportingVerbs,
    reportingPhrases: pairs<string>("reporting-phrases", "phrase", "lemma"),
    characterisingVerbs: pairs<string>("characterising-verbs", "phrase", "lemma"),
    attributionFrames: pairs<string>("attribution-frames", "phrase", "lemma"),
    namedSourceFrames: new Set(objects("attribution-frames").filter((e) => e.named_source === true).map((e) => String(e.phrase))),
    hedges: strings("hedges"),
    hedgeExceptions: strings("hedge-exceptions"),
    negators: new Set(strings("negators")),
    negationExceptions: strings("negation-exceptions"),
    clauseOpeners: strings("clause-openers"),
    subordinators: pairs<boolean>("subordinators", "word", "own_claim"),
    numberWords: pairs<number>("number-words", "word", "value"),
    scaleWords: pairs<number>("scale-words", "word", "value"),
    vagueCounts: pairs<number>("vague-counts", "word", "value"),
    quantityQualifiers: pairs<string>("quantity-qualifiers", "phrase", "qualifier"),
    currencies: pairs<string>("currencies", "sign", "code"),
    personTitles: new Set(strings("person-titles")),
    postnominals: new Set(strings("postnominals")),
    cueExtensions: strings("cue-extensions"),
    timeFrames: strings("time-frames"),
    topicPrefixes: strings("topic-prefixes"),
    subjectStarters: new Set(strings("subject-starters")),
    auxiliaries: new Set(strings("auxiliaries")),
    nonSubjectStarts: new Set(strings("non-subject-starts")),
    subordinateMarkers: new Set(strings("subordinate-markers")),
    nounMarkers: new Set(strings("noun-markers")),
    reportingCompounds: new Set(strings("reporting-compounds")),
    titleForms: pairs<string[]>("title-forms", "title", "forms"),
    bodyEpithets: pairs<string[]>("body-epithets", "epithet", "names"),
    portfolioHeads: new Set(strings("portfolio-heads")),
    publicBodyNouns: new Set(strings("public-body-nouns")),
    otherOfficeModifiers: new Set(strings("other-office-modifiers")),
    roleModifiers: new Set(strings("role-modifiers")),
    nameDescriptors: new Set(strings("name-descriptors")),
    associationNouns: new Set(strings("association-nouns")),
    mediumNouns: new Set(strings("medium-nouns")),
    surnameParticles: new Set(strings("surname-particles")),
    selfEpithets: new Set(strings("self-epithets")),
    partyMembers: new Set(strings("party-members")),
    possessiveNameTitles: new Set(strings("possessive-name-titles")),
    presentVerbs: new Set(strings("present-verbs")),
    surnameFirst: new Set(strings("surname-first")),
    minorCurrencies: pairs<string>("minor-currencies", "word", "code"),
    genderedNouns: pairs<string>("gendered-nouns", "word", "pronoun"),
    frameAdverbs: new Set(strings("frame-adverbs")),
    irregularPlurals: new Set(strings("irregular-plurals")),
    identifierMarkers: new Set(strings("identifier-markers")),
    organizationWords: new Set(strings("organization-words")),
    calendarWords: new Set(strings("calendar-words")),
    hyphenPrefixes: new Set(strings("hyphen-prefixes")),
    leadingConjunctions: strings("leading-conjunctions"),
    mediaWords: new Set(strings("media-words")),
    places: new Set(strings("places")),
    demonyms: pairs<string>("demonyms", "word", "place"),
    organizations: new Set(strings("organizations")),
    placeWords: new Set(strings("place-words")),
    givenNames: new Set(strings("given-names")),
    standInModifiers: new Set(strings("stand-in-modifiers")),
    calendarGivenNames: new Set(strings("calendar-given-names")),
    eventWords: new Set(strings("event-words")),
    eventOpeners: new Set(strings("event-openers")),
    productNouns: new Set(strings("product-nouns")),
    stanceAdjectives: new Set(strings("stance-adjectives")),
    irregularPastVerbs: new Set(strings("irregular-past-verbs")),
    roleNouns: new Set(strings("role-nouns")),
    notNames: new Set(strings("not-names")),
    evidenceNouns: new Set(strings("evidence-nouns")),
    companyNouns: new Set(strings("company-nouns")),
    brandOwnerNouns: new Set(strings("brand-owner-nouns")),
    nounObjectVerbs: new Set(strings("noun-object-verbs")),
    objectInfinitiveVerbs: new Set(strings("object-infinitive-verbs")),
  };
}

function entriesOf(files: Map<string, { file: LexiconFile }>, name: string): unknown[] {
  const found = files.get(name);
  if (found === undefined) throw new Error(`lexicon ${name}.json is missing`);
  return found.file.entries;
}
