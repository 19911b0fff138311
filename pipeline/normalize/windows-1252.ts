// Windows-1252 where it differs from Latin-1 (bytes 0x80–0x9F). Node's TextDecoder("windows-1252")
// decodes as ISO-8859-1, so the table is spelled out; 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned.
export const WINDOWS_1252_80_9F =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

export function decodeWindows1252(raw: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i += 8192) {
    let s = "";
    for (const byte of raw.subarray(i, i + 8192)) s += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_80_9F[byte - 0x80] : String.fromCharCode(byte);
    parts.push(s);
  }
  return parts.join("");
}
