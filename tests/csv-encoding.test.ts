// Our CSV encoder against csv-stringify, the reference: byte-identical records for any cells the
// tables can hold (text with quotes, commas, CR and LF, empty strings, nulls, numbers, booleans).
import fc from "fast-check";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { csvLine } from "../pipeline/emit/csv.js";

const reference = (cells: unknown[]) => stringify([cells], { quoted_match: /^$/, cast: { boolean: (value: boolean) => (value ? "true" : "false") } });

const cellValue = fc.oneof(
  fc.string({ unit: fc.constantFrom("a", "Z", " ", ",", '"', "\n", "\r", "'", "=", "é", "😀", "\t", ";") }),
  fc.string(),
  fc.constant(""),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

describe("CSV records", () => {
  it("are byte-identical to csv-stringify's with our options", () => {
    fc.assert(fc.property(fc.array(cellValue, { minLength: 1, maxLength: 12 }), (cells) => csvLine(cells) === reference(cells)), { numRuns: 3000 });
  });

  it.each([
    [["plain", 3, true, null], "plain,3,true,\n"],
    [["", null], '"",\n'],
    [['say "hi"', "a,b", "line\nbreak"], '"say ""hi""","a,b","line\nbreak"\n'],
  ])("%j → %j", (cells, line) => {
    expect(csvLine(cells)).toBe(line);
  });
});
