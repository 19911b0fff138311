// The normalize steps, in the order they run. Each is small, named, and keeps the offset map by
// rewriting through `rewriteMatches`. Curly quotes are left as they are: their direction pairs quotes.
import { rewriteMatches, type OffsetMap } from "../offsets.js";

export interface Mapped {
  text: string;
  map: OffsetMap;
}

export interface NormalizeStep {
  name: string;
  apply(input: Mapped): Mapped;
}

function step(name: string, pattern: RegExp, replacement: (match: RegExpExecArray) => string | null): NormalizeStep {
  return { name, apply: ({ text, map }) => rewriteMatches(text, map, pattern, replacement) };
}

export const normalizeSteps: readonly NormalizeStep[] = [
  step("unify-line-endings", /\r\n?|[\u2028\u2029\u0085]/g, () => "\n"),
  // Zero-width characters, soft hyphens, BOMs inside the text and C0/C1 controls other than \t \n.
  step("remove-invisible", /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000b-\u001f\u007f-\u0084\u0086-\u009f]+/g, () => ""),
  step("unify-spaces", /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v]/g, () => " "),
  step("collapse-spaces", / {2,}/g, () => " "),
  step("trim-line-edges", /^ +| +$/gm, () => ""),
  step("collapse-blank-lines", /\n{3,}/g, () => "\n\n"),
  {
    name: "compose-nfc",
    apply(input) {
      if (input.text.normalize("NFC") === input.text) return input;
      // A base character with its combining marks is the unit NFC works on; compose each one alone
      // so every composed character keeps the bytes of exactly the characters it came from.
      return rewriteMatches(input.text, input.map, /\P{M}\p{M}*/gsu, (m) => m[0].normalize("NFC"));
    },
  },
];
