// Whole documents: tests/fixtures/<what-it-tests>/input.txt runs through the pipeline and must give
// expected.json (blocks, sentences, claims, metadata). UPDATE_FIXTURES=1 rewrites the expectations;
// review the diff before committing it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Doc } from "../pipeline/doc.js";
import { packageRoot } from "../pipeline/paths.js";
import { runText, slice } from "./helpers/run.js";

const root = join(packageRoot, "tests", "fixtures");

export function summarize(doc: Doc) {
  return {
    meta: doc.meta,
    blocks: doc.blocks.map((b) => `${b.kind}: ${slice(doc, b)}`),
    sentences: doc.sentences.map((s) => slice(doc, s)),
    claims: doc.claims.map((c) => ({
      kind: c.kind,
      text: slice(doc, c),
      speaker: slice(doc, c.speaker),
      speaker_canonical: c.speakerCanonical,
      cue: slice(doc, c.cue),
      hedged: c.hedges.length > 0,
      negated: c.negated,
      quantities: c.quantities,
    })),
  };
}

describe("fixtures", () => {
  for (const name of readdirSync(root).sort()) {
    const input = join(root, name, "input.txt");
    if (!existsSync(input)) continue;
    it(name, () => {
      const actual = summarize(runText(readFileSync(input)));
      const expectedPath = join(root, name, "expected.json");
      if (process.env.UPDATE_FIXTURES === "1" || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + "\n");
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});
