// Random and mutated bytes through the whole pipeline: nothing throws, every input is accounted for,
// and every row that comes out passes its schema.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { build } from "../pipeline/build.js";
import { packageRoot } from "../pipeline/paths.js";
import { docRows } from "../pipeline/rows.js";
import { DATA_TABLES, loadTables } from "../pipeline/schema/tables.js";
import { validateOutput } from "../pipeline/validate-output.js";
import { utf16le } from "./helpers/damage.js";
import { runText } from "./helpers/run.js";

const tables = loadTables();
const seed = readFileSync(join(packageRoot, "seeds", "000_8e9efd90f228f0c0.txt"));

/** Mutations of a real article: truncated (maybe mid-character), bytes inserted or flipped, mixed encodings. */
const mutated = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc.nat(seed.length).map((n) => seed.subarray(0, n)),
  fc.tuple(fc.nat(seed.length), fc.uint8Array({ minLength: 1, maxLength: 40 })).map(([at, bytes]) => Buffer.concat([seed.subarray(0, at), bytes, seed.subarray(at)])),
  fc.array(fc.tuple(fc.nat(seed.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 30 }).map((flips) => {
    const copy = Uint8Array.from(seed);
    for (const [at, value] of flips) copy[at] = value;
    return copy;
  }),
  fc.nat(seed.length).map((n) => {
    // UTF-16 with a lone surrogate spliced in.
    const text = seed.toString("utf8");
    return utf16le(text.slice(0, n) + "\ud800" + text.slice(n));
  }),
  // Control characters, odd entities and stray marks in place of every k-th space.
  fc.tuple(fc.constantFrom("\u0000", "\u0007", "\u001b[31m", "\ufffd", "\u200b", "&#0;", "&#xD800;", "<", "“", "\""), fc.integer({ min: 1, max: 20 })).map(([c, k]) => {
    let n = 0;
    return Buffer.from(seed.toString("utf8").replace(/ /g, (s) => (++n % k === 0 ? c : s)));
  }),
  fc.nat(100).map((n) => Buffer.from("word ".repeat(1000 + n * 100))),
);

describe("fuzzing", () => {
  it("the pipeline never throws, and every row it emits passes its schema", () => {
    fc.assert(
      fc.property(mutated, (bytes) => {
        const doc = runText(bytes);
        if (doc.diagnostics.some((d) => d.severity === "error")) return;
        const rows = docRows(doc);
        for (const name of DATA_TABLES) for (const row of rows[name]) expect(tables[name].validate(row)).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it("a folder of fuzzed files builds, accounts for every file, and validates", async () => {
    const input = mkdtempSync(join(tmpdir(), "claimset-fuzz-in-"));
    const samples = fc.sample(mutated, { numRuns: 40, seed: 7 });
    samples.forEach((bytes, i) => writeFileSync(join(input, `f${String(i).padStart(2, "0")}.txt`), bytes));
    const out = mkdtempSync(join(tmpdir(), "claimset-fuzz-out-"));
    const manifest = await build({ input, out });
    expect(manifest.counts.inputs).toBe(samples.length);
    expect(manifest.counts.documents + manifest.counts.rejects + manifest.counts.ignored).toBe(samples.length);
    expect(await validateOutput(out)).toEqual([]);
  });
});
