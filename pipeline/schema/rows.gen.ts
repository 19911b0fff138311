// Generated from schemas/*.schema.json by `npm run generate`. Do not edit.

export interface DocumentRowDiagnostic {
  /** Stable id of the rule that raised it. */
  rule: string;
  /** info, warning or error. */
  severity: "info" | "warning" | "error";
  /** One sentence: what was found and what to do. */
  reason: string;
  /** Code point offset where it applies, or null for the whole file. */
  start: number | null;
  /** Code point offset (exclusive), or null. */
  end: number | null;
}

/** One row per input file that became a document. */
export interface DocumentRow {
  /** Stable id: the first 16 hex digits of sha256 over the source path and the file's sha256. */
  doc_id: string;
  /** Path of the input file relative to the input folder, with forward slashes. */
  source: string;
  /** sha256 of the raw file bytes. */
  source_sha256: string;
  /** Size of the raw file in bytes. */
  source_bytes: number;
  /** Encoding the file was read in: utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252 (a guess, see diagnostics). */
  encoding: string;
  /** Publication date from a header or dateline (ISO 8601 date), or null. */
  published: string | null;
  /** Headline or title header, or null. */
  title: string | null;
  /** Agency or photo credit found in the furniture (e.g. Reuters), or null. */
  credit: string | null;
  /** Author from a byline or header, without `By`, or null. */
  byline: string | null;
  /** Place dateline at the start of the body (e.g. GENEVA (Reuters)), or null. */
  dateline: string | null;
  /** doc_id of an earlier document with byte-identical content (same source_sha256), or null. Duplicates are kept and flagged, never merged. */
  duplicate_of: string | null;
  /** The whole normalized document; every start/end offset in the dataset points into it. */
  text: string;
  /** Number of blocks (body paragraphs and furniture). */
  n_blocks: number;
  /** Number of sentences in all blocks. */
  n_sentences: number;
  /** Number of sentences in body blocks. */
  n_body_sentences: number;
  /** Number of claims. */
  n_claims: number;
  /** Problems noted in the content that did not stop the document (list of structs). */
  diagnostics: DocumentRowDiagnostic[];
}

/** One row per block: a body paragraph or a piece of furniture. */
export interface BlockRow {
  /** Stable id: doc_id, `-b`, index. */
  block_id: string;
  /** The document. */
  doc_id: string;
  /** Position of the block in the document, from 0. */
  index: number;
  /** body, or the kind of furniture: headline, caption, credit, byline, dateline, boilerplate, header. */
  kind: "body" | "headline" | "caption" | "credit" | "byline" | "dateline" | "boilerplate" | "header";
  /** Start of the block: Unicode code point offset into documents.text (inclusive). */
  start: number;
  /** End of the block: code point offset into documents.text (exclusive). */
  end: number;
  /** Byte offset in the source file where the block starts. */
  raw_start: number;
  /** Byte offset in the source file where the block ends (exclusive). */
  raw_end: number;
  /** The block's text (documents.text[start:end]). */
  text: string;
}

/** One row per sentence; a sentence never crosses a block. */
export interface SentenceRow {
  /** Stable id: doc_id, `-s`, index. */
  sentence_id: string;
  /** The document. */
  doc_id: string;
  /** The block that holds the sentence. */
  block_id: string;
  /** Kind of that block (body or furniture). */
  block_kind: "body" | "headline" | "caption" | "credit" | "byline" | "dateline" | "boilerplate" | "header";
  /** Position of the sentence in the document, from 0. */
  index: number;
  /** Start of the sentence: Unicode code point offset into documents.text (inclusive). */
  start: number;
  /** End of the sentence: code point offset into documents.text (exclusive). */
  end: number;
  /** Byte offset in the source file where the sentence starts. */
  raw_start: number;
  /** Byte offset in the source file where the sentence ends (exclusive). */
  raw_end: number;
  /** The sentence (documents.text[start:end]). */
  text: string;
}

export interface ClaimRowQuantity {
  /** The amount as written, with qualifier and currency or % but without the unit noun (e.g. `at least 11`, `$1.5 billion`). */
  text: string;
  /** The amount in base units (1500000000 for `$1.5 billion`; 3.2 for 3.2%). */
  value: number;
  /** Upper bound of a range, else null. */
  value_max: number | null;
  /** exact, at_least, at_most, about or range. */
  qualifier: "exact" | "at_least" | "at_most" | "about" | "range";
  /** Plain noun (people), ISO 4217 currency code (USD) or percent; null when none. */
  unit: string | null;
}

/** One row per claim: one checkable proposition stated in the body (see CLAIMS-GUIDELINES.md). */
export interface ClaimRow {
  /** Stable id: doc_id, `-c`, index. */
  claim_id: string;
  /** The document. */
  doc_id: string;
  /** The sentence that holds the claim. */
  sentence_id: string;
  /** Position of the claim in the document, from 0. */
  index: number;
  /** Start of the content: Unicode code point offset into documents.text (inclusive). */
  start: number;
  /** End of the content: code point offset into documents.text (exclusive). */
  end: number;
  /** Byte offset in the source file where the content starts. */
  raw_start: number;
  /** Byte offset in the source file where the content ends (exclusive). */
  raw_end: number;
  /** The content: the proposition as it stands in the sentence, without quote marks, frame or final period. */
  text: string;
  /** direct_quote, indirect, according_to or assertion. */
  kind: "direct_quote" | "indirect" | "according_to" | "assertion";
  /** The mention in this sentence that names the source, as written; null for assertions and quote continuations. */
  speaker: string | null;
  /** Code point offset of the speaker mention, or null. */
  speaker_start: number | null;
  /** Code point offset (exclusive) of the speaker mention, or null. */
  speaker_end: number | null;
  /** The fullest name of the source in the document (pronouns and descriptions resolved); null for assertions. */
  speaker_canonical: string | null;
  /** What kind of source the speaker is: person, organization, media, anonymous (an unnamed individual: a senior official), group (unnamed people: officials, residents) or unknown; null for assertions. */
  speaker_type: "person" | "organization" | "media" | "anonymous" | "group" | "unknown" | null;
  /** The reporting expression as written (`has confirmed`, `according to`), or null. */
  cue: string | null;
  /** Code point offset of the cue, or null. */
  cue_start: number | null;
  /** Code point offset (exclusive) of the cue, or null. */
  cue_end: number | null;
  /** The cue's lemma (`confirm`, `according to`), or null. */
  cue_lemma: string | null;
  /** The claim is reported as uncertain, possible, expected, alleged or under consideration. */
  hedged: boolean;
  /** The hedge words found (lowercase), in order. */
  hedges: string[];
  /** The main predicate is negated, or the cue is a denial. */
  negated: boolean;
  /** Every cardinal amount in the content (list of structs). */
  quantities: ClaimRowQuantity[];
  /** The rule that produced the claim (e.g. reported-speech, quote-speaker-before, assertion), for audits. */
  rule: string;
}

/** One row per mention of a person, organisation or place, a date or time, or an amount, with normalized values and entity chains within the document. */
export interface MentionRow {
  /** Stable id: doc_id, `-m`, index. */
  mention_id: string;
  /** The document. */
  doc_id: string;
  /** The sentence that holds the mention. */
  sentence_id: string;
  /** The claim whose content holds the mention, or null when it lies in no claim's content. */
  claim_id: string | null;
  /** Position of the mention in the document (0-based, text order). */
  index: number;
  /** Start: Unicode code point offset into documents.text (inclusive). */
  start: number;
  /** End: code point offset (exclusive). */
  end: number;
  /** Byte offset in the source file where the mention starts. */
  raw_start: number;
  /** Byte offset in the source file where the mention ends (exclusive). */
  raw_end: number;
  /** The mention as written (names without a possessive 's and without titles such as President). */
  text: string;
  /** person, organization, place, date, time, quantity, money or percent. */
  type: "person" | "organization" | "place" | "date" | "time" | "quantity" | "money" | "percent";
  /** The same for every mention of one person, organisation or place in the document (`Joe Biden`, `Biden`); null for dates, times and amounts. */
  entity_id: string | null;
  /** The fullest name of the entity in the document (people without titles); for a demonym (`Israeli`) the place it relates to (`Israel`); null for dates, times and amounts. */
  canonical: string | null;
  /** True for a demonym or adjective that relates to a place (`Israeli` → Israel) rather than naming it. */
  related: boolean;
  /** Normalized value as text: ISO 8601 date (`2023-10-09`) or interval (`2023-10-07/2023-10-08`) for dates, `HH:MM` for times, the number in base units for amounts; null for names and for dates that cannot be resolved (never guessed). */
  value: string | null;
  /** Amounts: the value in base units (1500000000 for `$1.5 billion`; 3.2 for 3.2%); else null. */
  number: number | null;
  /** Amounts: the upper bound of a range, else null. */
  number_max: number | null;
  /** Dates: first day (ISO 8601 date), else null. */
  date_start: string | null;
  /** Dates: last day, inclusive (ISO 8601 date), else null. */
  date_end: string | null;
  /** Relative dates (`on Monday`, `last week`): the date they were resolved against, the document's published date; else null. */
  anchor: string | null;
  /** Amounts: plain noun (people), ISO 4217 currency code (USD) or percent; else null. */
  unit: string | null;
  /** Amounts: exact, at_least, at_most, about or range; else null. */
  qualifier: "exact" | "at_least" | "at_most" | "about" | "range" | null;
}

export interface RejectRowDiagnostic {
  /** Stable id of the rule that raised it. */
  rule: string;
  /** info, warning or error. */
  severity: "info" | "warning" | "error";
  /** One sentence: what was found and what to do. */
  reason: string;
  /** Code point offset where it applies, or null for the whole file. */
  start: number | null;
  /** Code point offset (exclusive), or null. */
  end: number | null;
}

/** One row per input file that did not become a document, with why and what to do. */
export interface RejectRow {
  /** Path of the input file relative to the input folder. */
  source: string;
  /** Stable id of the reason (empty-file, binary-file, ...). */
  rule: string;
  /** One sentence: what is wrong and what to do. */
  reason: string;
  /** sha256 of the raw bytes, or null when the file could not be read. */
  source_sha256: string | null;
  /** Size in bytes, or null when unknown. */
  source_bytes: number | null;
  /** Everything noted about the file. */
  diagnostics: RejectRowDiagnostic[];
}
