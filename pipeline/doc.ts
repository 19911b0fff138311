// The one document object that travels through every stage. A stage receives a Doc and returns it
// with the fields it provides filled in; nothing ever changes `raw`.
import type { OffsetMap } from "./offsets.js";

/**
 * A half-open range [start, end) in `Doc.text`, in UTF-16 code units as JavaScript strings index.
 * Stages work in these; `pipeline/rows.ts` converts to code points (the emitted convention) in one place.
 */
export interface Span {
  start: number;
  end: number;
}

export type Severity = "info" | "warning" | "error";

/** A problem found in the content (not a bug): a stable rule id, one sentence of reason, a place. */
export interface Diagnostic {
  rule: string;
  severity: Severity;
  reason: string;
  span: Span | null;
  /** For internal errors only: the stack, shown with --debug, never emitted. */
  stack?: string;
}

export type BlockKind =
  | "body"
  | "headline"
  | "caption"
  | "credit"
  | "byline"
  | "dateline"
  | "boilerplate"
  | "header";

export interface Block extends Span {
  kind: BlockKind;
}

export interface Sentence extends Span {
  /** Index into `Doc.blocks` of the block that holds the sentence (a sentence never crosses one). */
  block: number;
}

export type ClaimKind = "direct_quote" | "indirect" | "according_to" | "assertion";
export type Qualifier = "exact" | "at_least" | "at_most" | "about" | "range";

export interface Quantity {
  text: string;
  value: number;
  value_max: number | null;
  qualifier: Qualifier;
  unit: string | null;
}

export interface Claim extends Span {
  /** Index into `Doc.sentences`. */
  sentence: number;
  kind: ClaimKind;
  speaker: Span | null;
  speakerCanonical: string | null;
  speakerType: "person" | "organization" | "media" | "anonymous" | "group" | "unknown" | null;
  cue: Span | null;
  cueLemma: string | null;
  hedges: string[];
  negated: boolean;
  quantities: Quantity[];
  /** Which rule produced the claim, so analysts can audit and filter. */
  rule: string;
}

export type MentionType = "person" | "organization" | "place" | "date" | "time" | "quantity" | "money" | "percent";

/** A name, date, time or amount in the text, with its normalized value. */
export interface Mention extends Span {
  sentence: number;
  type: MentionType;
  /** Index of the entity (per document) for names; null for dates, times and amounts. */
  entity: number | null;
  canonical: string | null;
  /** A demonym (`Israeli`) that relates to a place rather than naming it. */
  related: boolean;
  value: string | null;
  number: number | null;
  numberMax: number | null;
  dateStart: string | null;
  dateEnd: string | null;
  anchor: string | null;
  unit: string | null;
  qualifier: Qualifier | null;
}

export interface DocMeta {
  published: string | null;
  title: string | null;
  credit: string | null;
  byline: string | null;
  dateline: string | null;
}

/** A name of a person, organisation or place, typed, with the fullest name of its entity in the document. */
export interface Name extends Span {
  sentence: number;
  type: "person" | "organization" | "place";
  /** The fullest name of the entity in the document; for a demonym, its place. */
  canonical: string;
  /** A demonym (`Israeli`): the name relates to the place rather than naming it. */
  related: boolean;
}

export interface Doc {
  /** Stable id derived from the source path and the content. */
  id: string;
  /** Path relative to the input folder, with forward slashes. */
  source: string;
  sourceSha256: string;
  raw: Uint8Array;
  encoding: string | null;
  /** The normalized text; every emitted offset is a code point offset into it. */
  text: string;
  /** From positions in `text` back to byte ranges in `raw`. */
  offsets: OffsetMap | null;
  meta: DocMeta;
  blocks: Block[];
  sentences: Sentence[];
  /** Names found once, for speaker resolution and the mentions table alike. */
  names: Name[];
  claims: Claim[];
  mentions: Mention[];
  diagnostics: Diagnostic[];
}

export function createDoc(source: string, raw: Uint8Array, id: string, sourceSha256: string): Doc {
  return {
    id,
    source,
    sourceSha256,
    raw,
    encoding: null,
    text: "",
    offsets: null,
    meta: { published: null, title: null, credit: null, byline: null, dateline: null },
    blocks: [],
    sentences: [],
    names: [],
    claims: [],
    mentions: [],
    diagnostics: [],
  };
}

export function report(
  doc: Doc,
  diagnostic: { rule: string; reason: string; severity?: Severity; span?: Span | null },
): void {
  doc.diagnostics.push({
    rule: diagnostic.rule,
    reason: diagnostic.reason,
    severity: diagnostic.severity ?? "warning",
    span: diagnostic.span ?? null,
  });
}

/** The index of the span that holds the offset, in spans sorted and apart (sentences), else -1. */
export function indexAt(spans: readonly Span[], offset: number): number {
  for (let lo = 0, hi = spans.length - 1; lo <= hi; ) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * How many items come before the first for which `before` is false, in items ordered so that it
 * holds for a prefix: `partitionPoint(names, (n) => n.start < offset)` is the first name from `offset`.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  for (let hi = items.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function hasErrors(doc: Doc): boolean {
  return doc.diagnostics.some((d) => d.severity === "error");
}
