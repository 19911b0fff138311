// Scoring attributed claims against GUM news attribution relations (eRST), GGT-style: a gold
// relation is found when an attributed claim (not an assertion) overlaps its content by at least the
// threshold (intersection over the longer span); the speaker is right when the claim's speaker
// mention overlaps a gold speaker span, or its canonical name contains the text of the gold speaker
// or of a capitalised mention of the same entity in GUM's coreference chains.
import { readFileSync } from "node:fs";
import type { Doc } from "../../pipeline/doc.js";
import type { GoldEntity } from "./entities.js";

export interface GumRelation {
  doc: string;
  source: { text: string; start: number; end: number };
  content: { text: string; start: number; end: number; pieces: [number, number][] };
  speaker: { text: string; start: number; end: number }[];
  cue: { text: string; start: number; end: number }[];
}

export function readAttributions(path: string): GumRelation[] {
  return readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as GumRelation);
}

/** Image credits (`Image: United States Navy.`) attribute a caption to its photographer; not claims. */
export const isImageCredit = (r: GumRelation) => /^\s*(?:Image|Photo|Picture)s?\s*:/i.test(r.source.text);

export interface AttributionScores {
  relations: number;
  found: number;
  recall: number;
  speakerRight: number;
  speakerAccuracy: number;
  cueRight: number;
  cueAccuracy: number;
  predicted: number;
  misses: string[];
  /** Found, but with another speaker than the gold one. */
  wrongSpeakers: string[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / Math.max(a.end - a.start, b.end - b.start, 1);

/** Gold mention spans to the texts of every mention of the same GUM entity: `I` → `Hernan Dario Gomez`, `he`, .... */
export type Coreference = (doc: string, span: { start: number; end: number }) => string[];

export function coreferenceOf(entities: readonly GoldEntity[]): Coreference {
  const chains = new Map<string, string[]>();
  const bySpan = new Map<string, string>();
  for (const e of entities) {
    const chain = `${e.doc}\0${e.chain}`;
    chains.set(chain, [...(chains.get(chain) ?? []), e.text]);
    bySpan.set(`${e.doc}\0${e.start}\0${e.end}`, chain);
  }
  return (doc, span) => chains.get(bySpan.get(`${doc}\0${span.start}\0${span.end}`) ?? "") ?? [];
}

export function scoreAttributions(docs: Map<string, Doc>, relations: GumRelation[], threshold: number, coreference: Coreference = () => []): AttributionScores {
  let found = 0;
  let speakerRight = 0;
  let cueRight = 0;
  let cueGold = 0;
  let predicted = 0;
  const misses: string[] = [];
  const wrongSpeakers: string[] = [];
  for (const doc of docs.values()) predicted += doc.claims.filter((c) => c.kind !== "assertion").length;
  for (const relation of relations) {
    const doc = docs.get(relation.doc)!;
    const claims = doc.claims.map((c, index) => ({ ...c, index })).filter((c) => c.kind !== "assertion");
    let best = null as (typeof claims)[number] | null;
    let bestOverlap = 0;
    // A gold content may span several sentences of one quote or report, where we give a claim per
    // clause: runs of consecutive attributed claims of one source count as one span too.
    for (let i = 0; i < claims.length; i++) {
      for (let j = i; j < claims.length && j < i + 12; j++) {
        if (j > i && (claims[j]!.speakerCanonical !== claims[i]!.speakerCanonical || claims[j]!.index !== claims[j - 1]!.index + 1)) break;
        const o = overlap({ start: claims[i]!.start, end: claims[j]!.end }, relation.content);
        if (o > bestOverlap) [best, bestOverlap] = [claims[i]!, o];
      }
    }
    if (best === null || bestOverlap < threshold) {
      misses.push(`${relation.doc}: ${relation.source.text.slice(0, 50)} || ${relation.content.text.slice(0, 70)}`);
      continue;
    }
    found++;
    const speakerSpan = best.speaker;
    const canonical = best.speakerCanonical ?? "";
    // The gold speaker may be a pronoun or a description (`I`, `he`, `the coach`): any mention of the
    // same GUM entity that our canonical name matches makes it the same speaker.
    const names = (s: { text: string; start: number; end: number }) => [s.text, ...coreference(relation.doc, s).filter((t) => /\p{Lu}/u.test(t) && t.length > 2)];
    const right =
      relation.speaker.length === 0 ||
      relation.speaker.some((s) => (speakerSpan !== null && overlap(speakerSpan, s) > 0) || (canonical.length > 0 && names(s).some((t) => canonical.includes(t) || t.includes(canonical))));
    if (right) speakerRight++;
    else wrongSpeakers.push(`${relation.doc}: gold ${relation.speaker.map((g) => g.text).join(" / ")}, got ${speakerSpan ? doc.text.slice(speakerSpan.start, speakerSpan.end) : "-"} (${canonical}) || ${relation.content.text.slice(0, 60)}`);
    if (relation.cue.length > 0 && best.cue !== null) {
      cueGold++;
      if (relation.cue.some((c) => overlap(best!.cue!, c) > 0)) cueRight++;
    }
  }
  return {
    relations: relations.length,
    found,
    recall: found / Math.max(1, relations.length),
    speakerRight,
    speakerAccuracy: speakerRight / Math.max(1, found),
    cueRight,
    cueAccuracy: cueRight / Math.max(1, cueGold),
    predicted,
    misses,
    wrongSpeakers,
  };
}
