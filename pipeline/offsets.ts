// Where every character of a derived text came from in the raw bytes. Each stage that rewrites text
// goes through TextRewriter, so the map is carried along and never recomputed by searching.
import type { Span } from "./doc.js";

/** For each UTF-16 unit of a text, the byte range [start, end) of the raw file it came from. */
export interface OffsetMap {
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** Length of the raw file in bytes (where an empty span at the very end maps to). */
  readonly rawLength: number;
}

export function rawSpan(map: OffsetMap, span: Span): Span {
  if (span.end <= span.start) {
    const at = span.start < map.starts.length ? map.starts[span.start]! : map.rawLength;
    return { start: at, end: at };
  }
  return { start: map.starts[span.start]!, end: map.ends[span.end - 1]! };
}

/** Builds a new text from an old one piece by piece, keeping each new unit's raw byte range. */
export class TextRewriter {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(
    private readonly source: string,
    private readonly map: OffsetMap,
  ) {}

  /** Copies source[from, to) unchanged. */
  keep(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.source.slice(from, to));
    for (let i = from; i < to; i++) {
      this.starts.push(this.map.starts[i]!);
      this.ends.push(this.map.ends[i]!);
    }
  }

  /** Writes `text` in place of source[from, to); every new unit maps to the whole replaced range. */
  replace(from: number, to: number, text: string): void {
    if (text.length === 0) return;
    const span = rawSpan(this.map, { start: from, end: to });
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(span.start);
      this.ends.push(span.end);
    }
  }

  finish(): { text: string; map: OffsetMap } {
    return {
      text: this.parts.join(""),
      map: {
        starts: Uint32Array.from(this.starts),
        ends: Uint32Array.from(this.ends),
        rawLength: this.map.rawLength,
      },
    };
  }
}

/** Part of a replacement: `text` stands for the next `length` units of the match. */
export interface Piece {
  text: string;
  length: number;
}

/**
 * Replaces every match of a global regex with what `replacement` returns for it, keeping the offset
 * map: a string (every new unit maps to the whole match), pieces (each maps to its own part of the
 * match, for finer offsets), or null to leave the match as it is. The workhorse of the normalize steps.
 */
export function rewriteMatches(
  text: string,
  map: OffsetMap,
  pattern: RegExp,
  replacement: (match: RegExpExecArray) => string | Piece[] | null,
): { text: string; map: OffsetMap } {
  if (!pattern.global) throw new Error(`rewriteMatches needs a global regex: ${pattern}`);
  pattern.lastIndex = 0;
  let match = pattern.exec(text);
  if (match === null) return { text, map };
  const out = new TextRewriter(text, map);
  let done = 0;
  for (; match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const replaced = replacement(match);
    if (replaced === null || replaced === match[0]) continue;
    out.keep(done, match.index);
    if (typeof replaced === "string") out.replace(match.index, match.index + match[0].length, replaced);
    else {
      let at = match.index;
      for (const piece of replaced) {
        out.replace(at, at + piece.length, piece.text);
        at += piece.length;
      }
      if (at !== match.index + match[0].length) throw new Error(`replacement pieces cover ${at - match.index} of ${match[0].length} units`);
    }
    done = match.index + match[0].length;
  }
  out.keep(done, text.length);
  return out.finish();
}

/** Applies edits (sorted, not overlapping) of `[start, end)` → replacement, keeping the offset map. */
export function rewriteRanges(text: string, map: OffsetMap, edits: readonly { start: number; end: number; text: string }[]): { text: string; map: OffsetMap } {
  if (edits.length === 0) return { text, map };
  const out = new TextRewriter(text, map);
  let done = 0;
  for (const edit of edits) {
    out.keep(done, edit.start);
    out.replace(edit.start, edit.end, edit.text);
    done = edit.end;
  }
  out.keep(done, text.length);
  return out.finish();
}

/**
 * Converts UTF-16 offsets of a text into code point offsets (the emitted convention). Texts without
 * astral characters, nearly all news, take the identity fast path.
 */
export class CodePoints {
  private readonly before: Uint32Array | null;

  constructor(text: string) {
    let astral = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        astral = true;
        break;
      }
    }
    if (!astral) {
      this.before = null;
      return;
    }
    // before[i] = how many low surrogates of pairs precede unit i.
    const before = new Uint32Array(text.length + 1);
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      before[i] = count;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          before[i + 1] = count;
          count++;
          i++;
        }
      }
    }
    before[text.length] = count;
    this.before = before;
  }

  at(utf16: number): number {
    return this.before === null ? utf16 : utf16 - this.before[utf16]!;
  }
}
