// ingest: raw bytes → text, with the byte range of every UTF-16 unit. UTF-8 (with or without BOM)
// and UTF-16 with a BOM are decoded as declared; bytes that are not valid UTF-8 fall back to
// Windows-1252, which is recorded as a guess. Empty and binary files are rejected here.
import { report } from "../doc.js";
import type { OffsetMap } from "../offsets.js";
import type { Stage } from "../stage.js";
import { decodeWindows1252 } from "../normalize/windows-1252.js";

export const decodeBytes: Stage = {
  name: "decode-bytes",
  requires: [],
  provides: ["text", "offsets", "encoding"],
  run(doc) {
    const raw = doc.raw;
    if (raw.length === 0) {
      report(doc, { rule: "empty-file", severity: "error", reason: "the file is empty; remove it or give it the article text" });
      return doc;
    }
    const decoded = decode(raw);
    if (decoded.guessed) {
      report(doc, {
        rule: "encoding-guessed",
        severity: "info",
        reason: `the bytes are not valid UTF-8, so they were read as ${decoded.encoding}; re-save the file as UTF-8 if that is wrong`,
      });
    }
    if (decoded.encoding !== "utf-16le" && decoded.encoding !== "utf-16be" && looksBinary(raw)) {
      report(doc, {
        rule: "binary-file",
        severity: "error",
        reason: "the file holds binary data (NUL or other control bytes), not text; remove it from the input folder",
      });
      return doc;
    }
    doc.text = decoded.text;
    doc.offsets = decoded.map;
    doc.encoding = decoded.encoding;
    if (decoded.text.trim().length === 0) {
      report(doc, { rule: "blank-file", severity: "error", reason: "the file holds only white space; remove it or give it the article text" });
    }
    return doc;
  },
};

interface Decoded {
  text: string;
  map: OffsetMap;
  encoding: string;
  guessed: boolean;
}

export function decode(raw: Uint8Array): Decoded {
  if (raw.length >= 2 && raw[0] === 0xff && raw[1] === 0xfe) return decodeUtf16(raw, "utf-16le");
  if (raw.length >= 2 && raw[0] === 0xfe && raw[1] === 0xff) return decodeUtf16(raw, "utf-16be");
  const bom = raw.length >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(raw.subarray(bom));
    return { text, map: utf8Map(text, bom, raw.length), encoding: bom ? "utf-8-bom" : "utf-8", guessed: false };
  } catch {
    const text = decodeWindows1252(raw);
    return { text, map: fixedWidthMap(text.length, 0, 1, raw.length), encoding: "windows-1252", guessed: true };
  }
}

function decodeUtf16(raw: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(raw.subarray(2));
  return { text, map: fixedWidthMap(text.length, 2, 2, raw.length), encoding, guessed: false };
}

function fixedWidthMap(units: number, first: number, width: number, rawLength: number): OffsetMap {
  const starts = new Uint32Array(units);
  const ends = new Uint32Array(units);
  for (let i = 0; i < units; i++) {
    starts[i] = first + i * width;
    ends[i] = Math.min(rawLength, first + (i + 1) * width);
  }
  return { starts, ends, rawLength };
}

function utf8Map(text: string, first: number, rawLength: number): OffsetMap {
  const starts = new Uint32Array(text.length);
  const ends = new Uint32Array(text.length);
  let byte = first;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte sequence; both units map to all of it.
      starts[i] = starts[i + 1] = byte;
      ends[i] = ends[i + 1] = byte + 4;
      byte += 4;
      i++;
      continue;
    }
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    starts[i] = byte;
    ends[i] = byte + width;
    byte += width;
  }
  return { starts, ends, rawLength };
}

/** NUL bytes, or many control bytes other than tab and line breaks, mean this is not text. */
function looksBinary(raw: Uint8Array): boolean {
  const sample = raw.subarray(0, 65536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length / 10;
}
