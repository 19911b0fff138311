// normalize: each step by example, and the offset map kept exact through all of them.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decode } from "../pipeline/stages/decode-bytes.js";
import { normalizeSteps } from "../pipeline/normalize/steps.js";
import { rawSpan } from "../pipeline/offsets.js";
import { decodeWindows1252 } from "../pipeline/normalize/windows-1252.js";
import { lexicons } from "./helpers/run.js";

function normalize(input: string) {
  const bytes = new TextEncoder().encode(input);
  const { text, map } = decode(bytes);
  let current = { text, map };
  for (const step of normalizeSteps) current = step.apply(current, lexicons);
  return { ...current, bytes };
}

const step = (name: string) => {
  const found = normalizeSteps.find((s) => s.name === name);
  if (!found) throw new Error(`no step ${name}`);
  return (input: string) => {
    const { text, map } = decode(new TextEncoder().encode(input));
    return found.apply({ text, map }, lexicons).text;
  };
};

/** What a UTF-8 text looks like when its bytes are read as Windows-1252 (the usual mojibake). */
const asWindows1252 = (text: string) => decodeWindows1252(new TextEncoder().encode(text));
const asLatin1 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

describe("normalize steps", () => {
  it("unify-line-endings: CRLF and CR become LF", () => expect(step("unify-line-endings")("a\r\nb\rc")).toBe("a\nb\nc"));
  it("remove-invisible: zero-width characters, soft hyphens and controls go", () =>
    expect(step("remove-invisible")("se\u00adcu\u200brity\u0007")).toBe("security"));
  it("unify-spaces: non-breaking and other Unicode spaces become a space", () =>
    expect(step("unify-spaces")("10\u00a0km\u2009away\tnow")).toBe("10 km away now"));
  it("collapse-spaces: runs of spaces become one", () => expect(step("collapse-spaces")("a   b  c")).toBe("a b c"));
  it("trim-line-edges: spaces at the start and end of lines go", () => expect(step("trim-line-edges")(" a \n b")).toBe("a\nb"));
  it("collapse-blank-lines: more than one blank line becomes one", () => expect(step("collapse-blank-lines")("a\n\n\n\nb")).toBe("a\n\nb"));
  it("compose-nfc: decomposed accents are composed", () => expect(step("compose-nfc")("Cafe\u0301")).toBe("Café"));
  it("repair-mojibake: UTF-8 read as Windows-1252", () => expect(step("repair-mojibake")(asWindows1252("Israel’s “air” café — 5 €"))).toBe("Israel’s “air” café — 5 €"));
  it("repair-mojibake: UTF-8 read as Latin-1", () => expect(step("repair-mojibake")(asLatin1("Israel’s naïve façade…"))).toBe("Israel’s naïve façade…"));
  it("repair-mojibake: encoded twice", () => expect(step("repair-mojibake")(asWindows1252(asWindows1252("Israel’s")))).toBe("Israel’s"));
  it("repair-mojibake: a chance look-alike in correct text is left alone", () => expect(step("repair-mojibake")("café’\u00a0s")).toBe("café’\u00a0s"));
  it("repair-mojibake: a mangled Cyrillic word is repaired", () => expect(step("repair-mojibake")(asWindows1252("Москва"))).toBe("Москва"));
  it("repair-mojibake: correct text in many languages is left alone", () => {
    const clean = ["Zürich, São Paulo, Łódź, Ærøskøbing", "naïve façade, déjà vu, Öl, Straße, Ãgua", "Москва", "東京", "القاهرة", "Ελλάδα", "© 2024 — «citation» ¿qué? ¡sí! 5 € £3 ½ °C", "Â is a letter; Ã too"];
    for (const text of clean) expect(step("repair-mojibake")(text)).toBe(text);
  });
  it("remove-html-tags: tags go, paragraph tags become paragraph breaks", () =>
    expect(step("remove-html-tags")("<p>One <b>bold</b> claim.</p><p>Two<br/>lines</p><script>x()</script>")).toBe("\n\nOne bold claim.\n\n\n\nTwo\nlines\n\n"));
  it("remove-html-tags: a comparison is not a tag", () => expect(step("remove-html-tags")("if a < b and c > d")).toBe("if a < b and c > d"));
  it("decode-html-entities: named and numeric", () => expect(step("decode-html-entities")("Tom &amp; Jerry&rsquo;s &#8220;show&#x201D; &nbsp;")).toBe("Tom & Jerry’s “show” \u00a0"));
  it("decode-html-entities: an ampersand without an entity stays", () => expect(step("decode-html-entities")("AT&T and R&D; &unknownthing;")).toBe("AT&T and R&D; &unknownthing;"));
  it("join-line-end-hyphenation: a word broken at the line end is joined", () => expect(step("join-line-end-hyphenation")("secur-\nity")).toBe("security"));
  it("join-line-end-hyphenation: a real hyphen stays", () => {
    expect(step("join-line-end-hyphenation")("well-\nknown")).toBe("well-known");
    expect(step("join-line-end-hyphenation")("pro-\nRussian")).toBe("pro-Russian");
  });
  it("keeps curly quotes as they are (their direction pairs quotes)", () => expect(normalize("“A” ‘b’").text).toBe("“A” ‘b’"));
  it("changes nothing in clean text in many scripts", () => {
    for (const clean of ["Zürich, São Paulo, Łódź", "Москва заявила", "東京で会議", "القاهرة", "नई दिल्ली", "Ελλάδα"]) {
      expect(normalize(clean).text).toBe(clean);
    }
  });
});

describe("offset map", () => {
  it("maps a normalized span back to the raw bytes it came from", () => {
    const { text, map, bytes } = normalize("  date\u00a0 2023\r\n\r\n\r\nCafe\u0301 “ok”");
    expect(text).toBe("date 2023\n\nCafé “ok”");
    const at = text.indexOf("Café");
    const raw = rawSpan(map, { start: at, end: at + 4 });
    expect(new TextDecoder().decode(bytes.subarray(raw.start, raw.end))).toBe("Cafe\u0301");
  });

  it("for any input, each kept character's raw bytes decode to that character or what it replaced", () => {
    const alphabet = fc.constantFrom("a", "B", " ", "\u00a0", "\r\n", "\n", "\n\n\n", "é", "e\u0301", "’", "“", "\u200b", "😀", ".", "\t");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const { text, map, bytes } = normalize(parts.join(""));
        for (let i = 0; i < text.length; i++) {
          const raw = rawSpan(map, { start: i, end: i + 1 });
          expect(raw.end).toBeGreaterThan(raw.start);
          expect(raw.end).toBeLessThanOrEqual(bytes.length);
          const source = new TextDecoder().decode(bytes.subarray(raw.start, raw.end));
          // ASCII letters are never produced by a repair, so their bytes must be the letter itself.
          const ch = text[i]!;
          if (/[a-zA-Z.]/.test(ch)) expect(source).toBe(ch);
          if (i > 0) expect(raw.start).toBeGreaterThanOrEqual(rawSpan(map, { start: i - 1, end: i }).start);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
