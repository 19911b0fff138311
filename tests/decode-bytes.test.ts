// ingest: bytes → text with the byte range of every character, or a clear rejection.
import { describe, expect, it } from "vitest";
import { decode } from "../pipeline/stages/decode-bytes.js";
import { rawSpan } from "../pipeline/offsets.js";
import { runText } from "./helpers/run.js";

const bytesOf = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

describe("decode", () => {
  it("reads UTF-8 and maps each character to its bytes", () => {
    const { text, map, encoding } = decode(bytesOf("Israel’s é"));
    expect(encoding).toBe("utf-8");
    expect(text).toBe("Israel’s é");
    expect(rawSpan(map, { start: 6, end: 7 })).toEqual({ start: 6, end: 9 }); // ’ is 3 bytes
    expect(rawSpan(map, { start: 9, end: 10 })).toEqual({ start: 11, end: 13 }); // é is 2 bytes
  });

  it("skips a UTF-8 byte order mark but counts its bytes", () => {
    const { text, map, encoding } = decode(bytesOf([0xef, 0xbb, 0xbf], "Hi"));
    expect(encoding).toBe("utf-8-bom");
    expect(text).toBe("Hi");
    expect(rawSpan(map, { start: 0, end: 2 })).toEqual({ start: 3, end: 5 });
  });

  it("reads UTF-16 little and big endian with a BOM", () => {
    const le = decode(Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]));
    const be = decode(Uint8Array.from([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]));
    expect([le.encoding, le.text, be.encoding, be.text]).toEqual(["utf-16le", "Hi", "utf-16be", "Hi"]);
    expect(rawSpan(le.map, { start: 1, end: 2 })).toEqual({ start: 4, end: 6 });
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8, and says it guessed", () => {
    const doc = runText(bytesOf("caf", [0xe9], " ", [0x93], "quoted", [0x94], "."));
    expect(doc.encoding).toBe("windows-1252");
    expect(doc.text).toBe("café “quoted”.");
    expect(doc.diagnostics.map((d) => d.rule)).toContain("encoding-guessed");
  });

  it("keeps astral characters whole: both UTF-16 units map to the 4 bytes", () => {
    const { map } = decode(bytesOf("a😀b"));
    expect(rawSpan(map, { start: 1, end: 3 })).toEqual({ start: 1, end: 5 });
    expect(rawSpan(map, { start: 3, end: 4 })).toEqual({ start: 5, end: 6 });
  });
});

describe("rejections", () => {
  const firstError = (bytes: Uint8Array) => runText(bytes).diagnostics.find((d) => d.severity === "error")?.rule;
  it("an empty file", () => expect(firstError(new Uint8Array())).toBe("empty-file"));
  it("a file of white space", () => expect(firstError(bytesOf(" \n\t\n"))).toBe("blank-file"));
  it("a binary file", () => expect(firstError(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))).toBe("binary-file"));
});
