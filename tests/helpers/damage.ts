// Mechanical damage, as scraped and re-encoded news text shows it, to check that normalization
// undoes it: each function takes clean text and returns what a broken pipeline upstream would store.
import { decodeWindows1252 } from "../../pipeline/normalize/windows-1252.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** UTF-8 bytes read as Windows-1252 and saved again as UTF-8: `Israel’s` → `Israelâ€™s`. */
export const mojibake = (text: string): Uint8Array => utf8(decodeWindows1252(utf8(text)));

/** The same, twice over. */
export const doubleMojibake = (text: string): Uint8Array => utf8(decodeWindows1252(utf8(decodeWindows1252(utf8(text)))));

/** Typographic characters and ampersands written as HTML entities, named and numeric. */
export const entities = (text: string): Uint8Array =>
  utf8(text.replace(/&/g, "&amp;").replace(/’/g, "&rsquo;").replace(/“/g, "&#8220;").replace(/”/g, "&#x201D;").replace(/—/g, "&mdash;").replace(/é/g, "&eacute;"));

/** Paragraphs in <p> tags with some inline markup. */
export const html = (text: string): Uint8Array =>
  utf8(text.split(/\n\n/).map((p) => `<p>${p.replace(/\b(said)\b/g, "<b>$1</b>")}</p>`).join("\n"));

export const crlf = (text: string): Uint8Array => utf8(text.replace(/\n/g, "\r\n"));

/** Every third space a no-break space, and a zero-width space after some commas. */
export const oddSpaces = (text: string): Uint8Array => {
  let n = 0;
  return utf8(text.replace(/ /g, () => (++n % 3 === 0 ? "\u00a0" : " ")).replace(/, /g, ",\u200b "));
};

export const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
};

/**
 * Every line hard-wrapped at `width` columns; a long lowercase word that would cross the margin
 * is hyphenated in the middle, the way fixed-width layouts do.
 */
export function hardWrap(text: string, width = 72): Uint8Array {
  const wrapped = text.split("\n").map((paragraph) => {
    const lines: string[] = [];
    let line = "";
    for (const word of paragraph.split(/ +/)) {
      if (line.length + 1 + word.length <= width || line.length === 0) {
        line = line.length === 0 ? word : `${line} ${word}`;
        continue;
      }
      const room = width - line.length - 2;
      if (/^[a-z]{10,}$/.test(word) && room >= 4) {
        const cut = Math.max(4, Math.min(room, Math.floor(word.length / 2)));
        lines.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
        continue;
      }
      lines.push(line);
      line = word;
    }
    lines.push(line);
    return lines.join("\n");
  });
  return utf8(wrapped.join("\n"));
}
