// The sample article end to end against ../shared/eval/seed-gold/ (annotated by CLAIMS-GUIDELINES.md).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreClaims, type GoldArticle } from "../scripts/eval/claims.js";
import { packageRoot } from "../pipeline/paths.js";
import { runText, slice } from "./helpers/run.js";
import { hasSharedEval, sharedEval, sharedEvalMissing } from "./helpers/shared.js";

const goldDir = join(sharedEval, "seed-gold");
const golds: GoldArticle[] = hasSharedEval && existsSync(goldDir)
  ? readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(readFileSync(join(goldDir, f), "utf8")) as GoldArticle)
  : [];

describe.skipIf(golds.length === 0)(`seed gold${golds.length === 0 ? ` (${sharedEvalMissing})` : ""}`, () => {
  for (const gold of golds) {
    describe(gold.id, () => {
      const doc = runText(gold.raw, `${gold.id}.txt`);

      it("has exactly the gold body sentences, paragraph by paragraph", () => {
        const body = doc.blocks.flatMap((block, b) => (block.kind === "body" ? [doc.sentences.filter((s) => s.block === b).map((s) => slice(doc, s))] : []));
        expect(body).toEqual(gold.paragraphs);
      });

      it("reads the metadata", () => {
        expect(doc.meta.published).toBe(gold.meta.published);
        expect(doc.meta.credit).toBe(gold.meta.credit);
        expect(doc.meta.dateline).toBe(gold.meta.dateline);
      });

      it("labels every furniture item, and nothing else, as furniture", () => {
        const furniture = doc.blocks.filter((b) => b.kind !== "body" && b.kind !== "header").map((b) => ({ kind: b.kind, text: slice(doc, b) }));
        expect(furniture).toEqual(gold.furniture);
      });

      it("finds the gold claims with their fields", () => {
        const scores = scoreClaims([{ doc, gold }], 0.8);
        expect(scores.mismatches).toEqual([]);
        expect(scores.f1).toBe(1);
      });
    });
  }
});

// Our own gold articles (tests/gold/, annotated by CLAIMS-GUIDELINES.md): a development set, so these
// bars guard against regressions; they are not a measure on unseen news.
describe("own gold articles", () => {
  const dir = join(packageRoot, "tests", "gold");
  const pairs = readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => {
    const gold = JSON.parse(readFileSync(join(dir, f), "utf8")) as GoldArticle;
    return { gold, doc: runText(gold.raw, `${gold.id}.txt`) };
  });
  it("has at least five articles, each with its gold body sentences", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(5);
    for (const { gold, doc } of pairs) {
      const body = doc.blocks.flatMap((block, b) => (block.kind === "body" ? [doc.sentences.filter((s) => s.block === b).map((s) => slice(doc, s))] : []));
      expect(body, gold.id).toEqual(gold.paragraphs);
    }
  });
  it("keeps claims F1 at 80% overlap and field accuracy above 0.9", () => {
    const scores = scoreClaims(pairs, 0.8);
    expect(scores.f1).toBeGreaterThanOrEqual(0.9);
    for (const [field, value] of Object.entries(scores.accuracy)) expect(value, field).toBeGreaterThanOrEqual(0.9);
    expect(scores.quantityRecall).toBeGreaterThanOrEqual(0.9);
  });
});
