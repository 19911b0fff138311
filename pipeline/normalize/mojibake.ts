// UTF-8 that was read as Windows-1252 or Latin-1 (`Israelâ€™s` for `Israel’s`), once or twice over.
// Only runs shaped like a UTF-8 sequence are touched (a lead character then continuation
// characters), and only when their bytes decode as valid UTF-8, so correct text in any language stays.
import type { Piece } from "../offsets.js";
import { WINDOWS_1252_80_9F } from "./windows-1252.js";

const toByte = new Map<string, number>();
for (let b = 0xa0; b <= 0xff; b++) toByte.set(String.fromCharCode(b), b);
for (let b = 0x80; b <= 0x9f; b++) {
  toByte.set(WINDOWS_1252_80_9F[b - 0x80]!, b); // as Windows-1252 shows it
  toByte.set(String.fromCharCode(b), b); // as Latin-1 shows it (a C1 control)
}

const cont = "[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]";
/** One or more UTF-8 sequences as Windows-1252/Latin-1 characters. */
const sequence = `(?:[\\u00c2-\\u00df]${cont}|[\\u00e0-\\u00ef]${cont}{2}|[\\u00f0-\\u00f4]${cont}{3})+`;
export const mojibakeRun = new RegExp(sequence, "g");
/** The whole string is mojibake (a second round of encoding); its own regex, so no shared lastIndex. */
const wholly = new RegExp(`^${sequence}$`);

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** What mojibake usually stood for: Latin letters, typographic punctuation, currency, ™. */
const usualTarget = /^[\u0080-\u024f\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]+$/;

/**
 * Correct text can look like one UTF-8 sequence by chance (`é’` + no-break space reads as one
 * CJK character). Accept a repair into Latin letters and punctuation; into other scripts only when
 * it gives a run of letters, as a mangled word in Cyrillic or Greek does.
 */
function plausible(repaired: string): boolean {
  return usualTarget.test(repaired) || (repaired.length >= 3 && /^[\p{L}\p{M}]+$/u.test(repaired));
}

/** How many characters of a mojibake run make one UTF-8 sequence, from its lead character. */
function sequenceLength(lead: string): number {
  const code = lead.charCodeAt(0);
  return code >= 0xf0 ? 4 : code >= 0xe0 ? 3 : 2;
}

/** One round of repair: each UTF-8 sequence of the run becomes the character it encodes. */
function repairOnce(run: string): Piece[] | null {
  const pieces: Piece[] = [];
  for (let i = 0; i < run.length; ) {
    const length = sequenceLength(run[i]!);
    const bytes = new Uint8Array(length);
    for (let k = 0; k < length; k++) {
      const byte = toByte.get(run[i + k] ?? "");
      if (byte === undefined) return null;
      bytes[k] = byte;
    }
    try {
      pieces.push({ text: utf8.decode(bytes), length });
    } catch {
      return null;
    }
    i += length;
  }
  return pieces;
}

/**
 * What the run stood for, as pieces that each cover the characters of one encoded character (so
 * offsets stay per character), or null when it is not mojibake after all.
 */
export function unmangle(run: string): Piece[] | null {
  let pieces = repairOnce(run);
  if (pieces === null) return null;
  const once = pieces.map((p) => p.text).join("");
  // Encoded twice: the first repair gives mojibake again; group the pieces the second round joins.
  if (wholly.test(once)) {
    const inner = repairOnce(once);
    if (inner !== null) {
      const merged: Piece[] = [];
      let k = 0;
      for (const piece of inner) {
        let length = 0;
        for (let used = 0; used < piece.length; k++) {
          used += pieces[k]!.text.length;
          length += pieces[k]!.length;
        }
        merged.push({ text: piece.text, length });
      }
      pieces = merged;
    }
  }
  return plausible(pieces.map((p) => p.text).join("")) ? pieces : null;
}
