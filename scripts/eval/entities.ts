// Scoring the mentions of named people, organisations and places against GUM news entities. GUM
// marks whole noun phrases (`U.S. President Donald Trump's`), so a predicted mention is found when
// it lies inside a gold span and ends on the same word, a possessive 's aside (`Donald Trump`).
// Recall is over gold proper-name mentions (the phrase ends on a capitalised word that is not a
// pronoun); precision over predicted names (demonyms aside: GUM does not mark adjectives).
import { readFileSync } from "node:fs";
import type { Doc } from "../../pipeline/doc.js";

export interface GoldEntity {
  doc: string;
  start: number;
  end: number;
  text: string;
  type: string;
  /** GUM's entity id within the document: mentions of one entity share it. */
  chain: number;
}

const NAME_TYPES = new Set(["person", "organization", "place"]);
const PRONOUNS = new Set(["I", "He", "She", "It", "We", "They", "You", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "Me", "Him", "Us", "Them"]);

export function readEntities(path: string): GoldEntity[] {
  return readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as GoldEntity);
}

/** Where the gold phrase's last word ends, without a possessive. */
function nameEnd(entity: GoldEntity): number {
  const m = /(?:['’]s|['’])$/.exec(entity.text);
  return entity.end - (m ? m[0].length : 0);
}

export function isProperName(entity: GoldEntity): boolean {
  if (!NAME_TYPES.has(entity.type)) return false;
  const words = entity.text.replace(/(?:['’]s|['’])$/, "").trim().split(/\s+/);
  const last = words[words.length - 1] ?? "";
  return /^\p{Lu}/u.test(last) && !PRONOUNS.has(last);
}

export interface EntityScores {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  typeRight: number;
  recall: number;
  precision: number;
  typeAccuracy: number;
  misses: string[];
  wrong: string[];
}

export function scoreEntities(docs: ReadonlyMap<string, Doc>, entities: GoldEntity[]): EntityScores {
  const byDoc = new Map<string, GoldEntity[]>();
  for (const e of entities) if (NAME_TYPES.has(e.type)) byDoc.set(e.doc, [...(byDoc.get(e.doc) ?? []), e]);
  let gold = 0;
  let found = 0;
  let typeRight = 0;
  let predicted = 0;
  let correct = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const [name, doc] of docs) {
    const golds = byDoc.get(name) ?? [];
    // Proper names only, as on the gold side: pronoun and description mentions of a chain aside.
    const names = doc.mentions.filter((m) => m.entity !== null && !m.related && isProperName({ doc: name, start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), type: m.type, chain: 0 }));
    const matches = (g: GoldEntity, m: { start: number; end: number }) => g.start <= m.start && m.end === nameEnd(g);
    for (const g of golds.filter(isProperName)) {
      gold++;
      if (names.some((m) => matches(g, m))) found++;
      else misses.push(`${name}: ${g.type} | ${g.text}`);
    }
    for (const m of names) {
      predicted++;
      // Gold phrases nest (`Leung Yiu-chung of NWSC` holds `NWSC`): a mention answers to the
      // innermost gold phrase it matches.
      const innermost = golds.filter((g) => matches(g, m)).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      if (innermost === undefined) {
        wrong.push(`${name}: not a gold name: ${m.type} | ${doc.text.slice(m.start, m.end)}`);
        continue;
      }
      correct++;
      if (innermost.type === m.type) typeRight++;
      else wrong.push(`${name}: gold ${innermost.type}, got ${m.type} | ${innermost.text}`);
    }
  }
  return { gold, found, predicted, correct, typeRight, recall: found / Math.max(1, gold), precision: correct / Math.max(1, predicted), typeAccuracy: typeRight / Math.max(1, correct), misses, wrong };
}
