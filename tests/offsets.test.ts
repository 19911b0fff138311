// Offsets you can trust, on thousands of generated articles with generated damage: for every row of
// blocks, sentences and claims, text[start:end] (in code points) is the row's text, and the raw bytes
// at raw_start..raw_end, decoded and normalized on their own, give that text back.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partitionPoint } from "../pipeline/doc.js";
import { normalizeSteps } from "../pipeline/normalize/steps.js";
import { docRows } from "../pipeline/rows.js";
import { decode } from "../pipeline/stages/decode-bytes.js";
import { crlf, entities, hardWrap, html, mojibake, oddSpaces, utf16le } from "./helpers/damage.js";
import { lexicons, runText } from "./helpers/run.js";

const words = ["the", "minister", "said", "Israel’s", "café", "officials", "warned", "that", "U.S.", "Gen.", "Smith", "€5", "million", "at", "least", "11", "people", "naïve", "security", "😀", "Dr.", "No.", "10", "according", "to", "police"];
const sentence = fc
  .tuple(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 14 }), fc.constantFrom(".", "?", "!", "...", '."', "”"), fc.boolean())
  .map(([ws, end, quoted]) => {
    const body = ws.join(" ");
    const first = body[0]!.toUpperCase() + body.slice(1);
    return quoted ? `“${first},” Smith said${end === "”" ? "." : end}` : first + end;
  });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));
const article = fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((p) => ["date 2024-01-02", ...p].join("\n\n"));
const damage = fc.constantFrom<[string, (t: string) => Uint8Array]>(
  ["none", (t) => new TextEncoder().encode(t)],
  ["mojibake", mojibake],
  ["entities", entities],
  ["html", html],
  ["crlf", crlf],
  ["odd spaces", oddSpaces],
  ["utf-16", utf16le],
  ["hard wrap", (t) => hardWrap(t, 30)],
);

/** Decode and normalize raw bytes on their own, as a reader of the source file would. */
function normalizeAlone(bytes: Uint8Array): string {
  let current = (({ text, map }) => ({ text, map }))(decode(bytes));
  for (const step of normalizeSteps) current = step.apply(current, lexicons);
  return current.text;
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("offsets", () => {
  it("hold for every block, sentence and claim of generated, damaged articles", () => {
    fc.assert(
      fc.property(article, damage, (text, [, apply]) => {
        const bytes = apply(text);
        const doc = runText(bytes);
        if (doc.diagnostics.some((d) => d.severity === "error")) return;
        const rows = docRows(doc);
        const points = Array.from(rows.documents[0]!.text);
        const raw = bytes.length > 1 && bytes[0] === 0xff && bytes[1] === 0xfe;
        for (const row of [...rows.blocks, ...rows.sentences, ...rows.claims]) {
          expect(points.slice(row.start, row.end).join("")).toBe(row.text);
          expect(row.raw_start).toBeGreaterThanOrEqual(0);
          expect(row.raw_end).toBeLessThanOrEqual(bytes.length);
          expect(row.raw_end).toBeGreaterThanOrEqual(row.raw_start);
          // A UTF-16 slice has no BOM of its own: give it back the file's.
          const slice = bytes.subarray(row.raw_start, row.raw_end);
          const alone = raw ? Uint8Array.from([0xff, 0xfe, ...slice]) : slice;
          expect(squash(normalizeAlone(alone))).toBe(squash(row.text));
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe("partitionPoint", () => {
  it("finds in sorted offsets the first one a predicate true on a prefix rejects, as a scan would", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000)), fc.nat(1000), (values, offset) => {
        const sorted = [...values].sort((a, b) => a - b);
        const scanned = sorted.findIndex((v) => v >= offset);
        expect(partitionPoint(sorted, (v) => v < offset)).toBe(scanned < 0 ? sorted.length : scanned);
      }),
    );
  });
});
