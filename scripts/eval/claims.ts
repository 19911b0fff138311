// Scoring claims against gold articles in the seed-gold format (CLAIMS-GUIDELINES.md): a predicted
// claim matches a gold claim when their content spans overlap by at least the threshold
// (intersection over the longer of the two), one to one, best overlap first.
import type { Doc, Quantity } from "../../pipeline/doc.js";

export interface GoldClaim {
  sentence: string;
  content: string;
  kind: string;
  speaker: string | null;
  speaker_canonical: string | null;
  cue: string | null;
  hedged: boolean;
  negated: boolean;
  quantities: Quantity[];
}

export interface GoldArticle {
  id: string;
  raw: string;
  meta: { published: string | null; title: string | null; credit: string | null; dateline: string | null };
  paragraphs: string[][];
  furniture: { kind: string; text: string }[];
  claims: GoldClaim[];
}

interface Located {
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  canonical: string | null;
  cue: string | null;
  hedged: boolean;
  negated: boolean;
  quantities: Quantity[];
}

export interface ClaimScores {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  attributed: { gold: number; predicted: number; matched: number; precision: number; recall: number; f1: number };
  accuracy: { kind: number; speaker_canonical: number; speaker: number; cue: number; hedged: number; negated: number };
  quantityRecall: number;
  /** Of the amounts read in matched claims, those gold lists too (same text, value and qualifier). */
  quantityPrecision: number;
  /** Of the amounts found, those whose unit is gold's. */
  quantityUnit: number;
  unlocated: string[];
  mismatches: string[];
}

function locateGold(doc: Doc, gold: GoldClaim, from: number): Located | null {
  const sentenceAt = doc.text.indexOf(gold.sentence, Math.max(0, from - gold.sentence.length));
  const at = sentenceAt < 0 ? doc.text.indexOf(gold.sentence) : sentenceAt;
  if (at < 0) return null;
  const inner = gold.sentence.indexOf(gold.content);
  if (inner < 0) return null;
  const start = at + inner;
  return {
    start,
    end: start + gold.content.length,
    kind: gold.kind,
    speaker: gold.speaker,
    canonical: gold.speaker_canonical,
    cue: gold.cue,
    hedged: gold.hedged,
    negated: gold.negated,
    quantities: gold.quantities,
  };
}

const overlap = (a: Located, b: Located) => {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / Math.max(a.end - a.start, b.end - b.start, 1);
};

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const prf = (matched: number, gold: number, predicted: number) => {
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  return { gold, predicted, matched, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

export function scoreClaims(pairs: { doc: Doc; gold: GoldArticle }[], threshold: number): ClaimScores {
  let goldCount = 0;
  let predictedCount = 0;
  let matchedCount = 0;
  let goldAttributed = 0;
  let predictedAttributed = 0;
  let matchedAttributed = 0;
  const right = { kind: 0, speaker_canonical: 0, speaker: 0, cue: 0, hedged: 0, negated: 0 };
  let attributedMatches = 0;
  let goldQuantities = 0;
  let foundQuantities = 0;
  let unitRight = 0;
  let readQuantities = 0;
  let listedQuantities = 0;
  const unlocated: string[] = [];
  const mismatches: string[] = [];

  for (const { doc, gold } of pairs) {
    const golds: Located[] = [];
    let cursor = 0;
    for (const claim of gold.claims) {
      const located = locateGold(doc, claim, cursor);
      if (located === null) unlocated.push(`${gold.id}: ${claim.content.slice(0, 60)}`);
      else {
        golds.push(located);
        cursor = located.start;
      }
    }
    const predicted: Located[] = doc.claims.map((c) => ({
      start: c.start,
      end: c.end,
      kind: c.kind,
      speaker: c.speaker ? doc.text.slice(c.speaker.start, c.speaker.end) : null,
      canonical: c.speakerCanonical,
      cue: c.cue ? doc.text.slice(c.cue.start, c.cue.end) : null,
      hedged: c.hedges.length > 0,
      negated: c.negated,
      quantities: c.quantities,
    }));
    goldCount += gold.claims.length;
    predictedCount += predicted.length;
    goldAttributed += gold.claims.filter((c) => c.kind !== "assertion").length;
    predictedAttributed += predicted.filter((c) => c.kind !== "assertion").length;
    for (const g of golds) goldQuantities += g.quantities.length;

    const candidates: [number, number, number][] = [];
    golds.forEach((g, i) => predicted.forEach((p, j) => {
      const o = overlap(g, p);
      if (o >= threshold) candidates.push([o, i, j]);
    }));
    candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    const usedGold = new Set<number>();
    const usedPredicted = new Set<number>();
    for (const [, i, j] of candidates) {
      if (usedGold.has(i) || usedPredicted.has(j)) continue;
      usedGold.add(i);
      usedPredicted.add(j);
      const g = golds[i]!;
      const p = predicted[j]!;
      matchedCount++;
      const attributed = g.kind !== "assertion";
      if (attributed && p.kind !== "assertion") matchedAttributed++;
      const check = (field: keyof typeof right, ok: boolean, detail: string) => {
        if (ok) right[field]++;
        else mismatches.push(`${gold.id} ${field}: ${detail} | ${doc.text.slice(g.start, g.end).slice(0, 50)}`);
      };
      check("kind", g.kind === p.kind, `gold ${g.kind}, got ${p.kind}`);
      check("hedged", g.hedged === p.hedged, `gold ${g.hedged}, got ${p.hedged}`);
      check("negated", g.negated === p.negated, `gold ${g.negated}, got ${p.negated}`);
      if (attributed) {
        attributedMatches++;
        check("speaker_canonical", g.canonical === p.canonical, `gold ${g.canonical}, got ${p.canonical}`);
        check("speaker", g.speaker === p.speaker, `gold ${g.speaker}, got ${p.speaker}`);
        check("cue", g.cue === p.cue, `gold ${g.cue}, got ${p.cue}`);
      }
      const same = (x: Quantity, q: Quantity) => x.text === q.text && x.value === q.value && x.qualifier === q.qualifier;
      for (const q of g.quantities) {
        const found = p.quantities.find((x) => same(x, q));
        if (found === undefined) {
          mismatches.push(`${gold.id} quantity: missed ${q.text} (${q.value}, ${q.qualifier})`);
          continue;
        }
        foundQuantities++;
        if (found.unit === q.unit) unitRight++;
        else mismatches.push(`${gold.id} quantity unit: ${q.text} gold ${q.unit}, got ${found.unit}`);
      }
      readQuantities += p.quantities.length;
      for (const x of p.quantities) {
        if (g.quantities.some((q) => same(x, q))) listedQuantities++;
        else mismatches.push(`${gold.id} quantity: extra ${x.text} (${x.value}, ${x.qualifier}, ${x.unit})`);
      }
    }
    golds.forEach((g, i) => {
      if (!usedGold.has(i)) mismatches.push(`${gold.id} missed: ${g.kind} | ${doc.text.slice(g.start, g.end).slice(0, 70)}`);
    });
    predicted.forEach((p, j) => {
      if (!usedPredicted.has(j)) mismatches.push(`${gold.id} extra: ${p.kind} | ${doc.text.slice(p.start, p.end).slice(0, 70)}`);
    });
  }
  const all = prf(matchedCount, goldCount, predictedCount);
  return {
    ...all,
    attributed: prf(matchedAttributed, goldAttributed, predictedAttributed),
    accuracy: {
      kind: ratio(right.kind, matchedCount),
      hedged: ratio(right.hedged, matchedCount),
      negated: ratio(right.negated, matchedCount),
      speaker_canonical: ratio(right.speaker_canonical, attributedMatches),
      speaker: ratio(right.speaker, attributedMatches),
      cue: ratio(right.cue, attributedMatches),
    },
    quantityRecall: ratio(foundQuantities, goldQuantities),
    quantityPrecision: ratio(listedQuantities, readQuantities),
    quantityUnit: ratio(unitRight, foundQuantities),
    unlocated,
    mismatches,
  };
}
