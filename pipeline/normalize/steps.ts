// The normalize steps, in the order they run. Each is small, named, and keeps the offset map by
// rewriting through `rewriteMatches`. Curly quotes are left as they are: their direction pairs quotes.
import { decodeHTMLStrict } from "entities";
import type { Lexicons } from "../lexicons/load.js";
import { rewriteMatches, rewriteRanges, type OffsetMap, type Piece } from "../offsets.js";
import { mojibakeRun, unmangle } from "./mojibake.js";

export interface Mapped {
  text: string;
  map: OffsetMap;
}

export interface NormalizeStep {
  name: string;
  apply(input: Mapped, lexicons: Lexicons): Mapped;
}

function step(name: string, pattern: RegExp, replacement: (match: RegExpExecArray, lexicons: Lexicons) => string | Piece[] | null): NormalizeStep {
  return { name, apply: ({ text, map }, lexicons) => rewriteMatches(text, map, pattern, (m) => replacement(m, lexicons)) };
}

const tag = /<!--[\s\S]*?-->|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;
const rawTextTag = /^<(script|style)\b/i;

/**
 * The edits that remove HTML: a script or style element goes whole, up to its closing tag (each
 * closing tag is looked for once, so a page of unclosed `<script>` tags stays linear).
 */
function htmlTagEdits(text: string): { start: number; end: number; text: string }[] {
  if (!text.includes("<")) return [];
  const edits: { start: number; end: number; text: string }[] = [];
  const noClosingAfter: Record<string, number> = {};
  let lower: string | null = null;
  tag.lastIndex = 0;
  for (let m = tag.exec(text); m !== null; m = tag.exec(text)) {
    const element = rawTextTag.exec(m[0])?.[1]?.toLowerCase();
    let end = m.index + m[0].length;
    if (element !== undefined && !(end >= (noClosingAfter[element] ?? Infinity))) {
      lower ??= text.toLowerCase();
      const close = lower.indexOf(`</${element}`, end);
      if (close < 0) noClosingAfter[element] = end;
      else {
        const closeEnd = text.indexOf(">", close);
        end = closeEnd < 0 ? text.length : closeEnd + 1;
        tag.lastIndex = end;
      }
    }
    const replacement = m[0].startsWith("<!--") || element !== undefined ? "" : /^<br\b/i.test(m[0]) ? "\n" : blockTags.test(m[0]) ? "\n\n" : "";
    edits.push({ start: m.index, end, text: replacement });
  }
  return edits;
}

const blockTags = /^<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|blockquote|section|article|header|footer|figure|figcaption)\b/i;

export const normalizeSteps: readonly NormalizeStep[] = [
  step("unify-line-endings", /\r\n?|[\u2028\u2029]/g, () => "\n"),
  // Before anything removes C1 controls: in UTF-8 read as Latin-1 they are the evidence.
  step("repair-mojibake", mojibakeRun, (m) => unmangle(m[0])),
  // Script and style contents go with their tags; paragraph-level tags become a paragraph break,
  // <br> a line break, any other tag nothing.
  { name: "remove-html-tags", apply: ({ text, map }) => rewriteRanges(text, map, htmlTagEdits(text)) },
  // Named and numeric entities, with their semicolon (`AT&T` and `R&D` stay as written).
  step("decode-html-entities", /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (m) => {
    const decoded = decodeHTMLStrict(m[0]);
    return decoded === m[0] ? null : decoded;
  }),
  // Zero-width characters, soft hyphens, BOMs inside the text and C0/C1 controls other than \t \n.
  step("remove-invisible", /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000b-\u001f\u007f-\u0084\u0086-\u009f]+/g, () => ""),
  step("unify-spaces", /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v]/g, () => " "),
  step("collapse-spaces", / {2,}/g, () => " "),
  step("trim-line-edges", /^ +| +$/gm, () => ""),
  step("collapse-blank-lines", /\n{3,}/g, () => "\n\n"),
  // `secur-\nity` → `security`, but `well-\nknown` → `well-known`: a hyphen after a word that forms
  // compounds, or before a capital or a digit, is real.
  step("join-line-end-hyphenation", /(?<=\p{L})-\n(?=(\p{L}))/gu, (m, lexicons) => {
    // The word before the hyphen, found by looking back from the match (a regex that starts at
    // every letter would be slow on long texts).
    let start = m.index;
    while (start > 0 && /\p{L}/u.test(m.input[start - 1]!)) start--;
    const keep = lexicons.hyphenPrefixes.has(m.input.slice(start, m.index).toLowerCase()) || /\p{Lu}|\d/u.test(m[1]!);
    return keep ? "-" : "";
  }),
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
