// Damaged copies of clean articles, made mechanically, must give the sentences of the originals:
// mojibake (once and twice), HTML entities and tags, CRLF, odd spaces, UTF-16, hard wraps with
// hyphenation.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../pipeline/paths.js";
import { crlf, doubleMojibake, entities, hardWrap, html, mojibake, oddSpaces, utf16le } from "./helpers/damage.js";
import { runText, slice } from "./helpers/run.js";

const fixtures = join(packageRoot, "tests", "fixtures");
const articles = readdirSync(fixtures)
  .sort()
  .filter((name) => existsSync(join(fixtures, name, "input.txt")))
  .map((name) => ({ name, text: readFileSync(join(fixtures, name, "input.txt"), "utf8") }));

const sentencesOf = (input: string | Uint8Array) => {
  const doc = runText(input);
  return doc.sentences.map((s) => `${doc.blocks[s.block]!.kind}: ${slice(doc, s)}`);
};

const damages: [string, (text: string) => Uint8Array][] = [
  ["mojibake", mojibake],
  ["double mojibake", doubleMojibake],
  ["HTML entities", entities],
  ["HTML tags", html],
  ["CRLF", crlf],
  ["no-break and zero-width spaces", oddSpaces],
  ["UTF-16 LE", utf16le],
  ["hard wraps with hyphenation", (text) => hardWrap(text)],
  ["everything at once", (text) => crlf(new TextDecoder().decode(mojibake(new TextDecoder().decode(hardWrap(text)))))],
];

describe("damaged copies give the sentences of the clean original", () => {
  for (const { name, text } of articles) {
    const clean = sentencesOf(text);
    for (const [damage, apply] of damages) {
      it(`${name}: ${damage}`, () => expect(sentencesOf(apply(text))).toEqual(clean));
    }
  }
});
