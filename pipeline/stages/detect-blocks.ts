// structure: cuts the normalized text into blocks (body paragraphs and labelled furniture) and fills
// the document's metadata from the furniture. Paragraphs are separated by a blank line; every line of
// a paragraph is offered to the furniture rules, and the body lines of a paragraph stay one block.
import { report, type Block, type BlockKind, type Doc, type DocMeta, type Span } from "../doc.js";
import type { Lexicons } from "../lexicons/load.js";
import type { Stage } from "../stage.js";
import { parseDate } from "../text/dates.js";
import { alternation } from "../text/patterns.js";

interface Piece extends Span {
  kind: BlockKind;
}

interface LineState {
  /** The next line of the paragraph is a credit on its own: a photo credit, or an agency name. */
  creditNext: "photo" | "agency" | null;
  /** The line is its paragraph's only line (a headline stands alone; a wrapped body line does not). */
  alone: boolean;
  bodySeen: boolean;
  headlineSeen: boolean;
  firstLine: boolean;
}

export const detectBlocks: Stage = {
  name: "detect-blocks",
  requires: ["text"],
  provides: ["blocks", "meta"],
  run(doc, { lexicons }) {
    const rules = compileRules(lexicons);
    const state: LineState = { creditNext: null, alone: true, bodySeen: false, headlineSeen: false, firstLine: true };
    const blocks: Block[] = [];
    for (const paragraph of paragraphs(doc.text)) {
      let body: Span | null = null;
      const logical = [...logicalLines(doc.text, paragraph, state, rules, lexicons)];
      for (const [k, line] of logical.entries()) {
        state.alone = !doc.text.slice(line.start, line.end).includes("\n");
        const next = logical[k + 1];
        state.creditNext = next === undefined ? null : creditKind(doc.text.slice(next.start, next.end), rules);
        for (const piece of classifyLine(doc, line, state, rules, lexicons)) {
          if (piece.kind === "body") {
            body = body === null ? { start: piece.start, end: piece.end } : { start: body.start, end: piece.end };
            continue;
          }
          if (body !== null) blocks.push({ kind: "body", ...body });
          body = null;
          blocks.push(piece);
        }
        state.firstLine = false;
      }
      if (body !== null) blocks.push({ kind: "body", ...body });
    }
    doc.blocks = blocks;
    fillMeta(doc.meta, doc.text, blocks, lexicons);
    if (!blocks.some((b) => b.kind === "body")) {
      report(doc, {
        rule: "no-body-text",
        severity: "error",
        reason: "the file holds only furniture (headers, headline, captions, credits, boilerplate) and no article text; check that it is the article you meant",
      });
    }
    return doc;
  },
};

function* paragraphs(text: string): Generator<Span> {
  const separator = /\n\n+/g;
  let start = 0;
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    if (m.index > start) yield* listItems(text, { start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) yield* listItems(text, { start, end: text.length });
}

const BULLET_LINE = /\n(?=([•*▪·–-]) )/g;

/**
 * A bulleted list with no blank lines (`targets for recycling:` / `- 63% by 2027;` / `- 73% by
 * 2030.`): each item, and the line that introduces them, is a block of its own, never a wrap. Two
 * lines with the same bullet make a list; one (`- Matthew Ingram` under a quote) does not.
 */
function* listItems(text: string, paragraph: Span): Generator<Span> {
  const slice = text.slice(paragraph.start, paragraph.end);
  const cuts = [...slice.matchAll(BULLET_LINE)];
  const bullets = new Map<string, number>();
  for (const cut of cuts) bullets.set(cut[1]!, (bullets.get(cut[1]!) ?? 0) + 1);
  const listed = cuts.filter((cut) => bullets.get(cut[1]!)! + (slice.startsWith(`${cut[1]!} `) ? 1 : 0) >= 2);
  let start = paragraph.start;
  for (const cut of listed) {
    const end = paragraph.start + cut.index!;
    if (end > start) yield { start, end };
    start = end + 1;
  }
  if (start < paragraph.end) yield { start, end: paragraph.end };
}

function* lines(text: string, paragraph: Span): Generator<Span> {
  let start = paragraph.start;
  for (let i = paragraph.start; i <= paragraph.end; i++) {
    if (i === paragraph.end || text.charCodeAt(i) === 10) {
      const span = trim(text, { start, end: i });
      if (span.end > span.start) yield span;
      start = i + 1;
    }
  }
}

/**
 * The lines of a paragraph as the furniture rules should see them: a line that is furniture on its
 * own (a byline, a credit, a boilerplate line, a date line, a whole header) stands alone; the lines
 * between such lines are one hard-wrapped line, so a wrapped caption still ends in its credit.
 */
function* logicalLines(text: string, paragraph: Span, state: LineState, rules: Rules, lexicons: Lexicons): Generator<Span> {
  let group: Span | null = null;
  // `By DANA WHITFIELD` / `Staff Writer`: a short title-case line under a byline is the byline's.
  let byLine: Span | null = null;
  for (const line of lines(text, paragraph)) {
    const written = text.slice(line.start, line.end);
    if (byLine !== null) {
      const role = BYLINE_ROLE.test(written);
      yield role ? { start: byLine.start, end: line.end } : byLine;
      byLine = null;
      if (role) continue;
    }
    if (standsAlone(written, state, rules, lexicons)) {
      if (group !== null) yield group;
      group = null;
      if (byline.test(written)) byLine = line;
      else yield line;
      continue;
    }
    group = group === null ? line : { start: group.start, end: line.end };
  }
  if (group !== null) yield group;
  if (byLine !== null) yield byLine;
}

/** The word that marks a credit for a picture or a recording: `Image: Andy Warhol.`, `Video: Miharris.` */
const MEDIA_CREDIT_WORD = "(?:Photo|Image|Photograph|Picture|Video|Audio)s?";
const MEDIA_CREDIT = new RegExp(`^${MEDIA_CREDIT_WORD}:`);

/** What opens a wire sign-off in brackets: `(Reporting by Jane Roe; Editing by John Poe)`, `(With inputs from PTI)`. */
const SIGN_OFF = "(?:(?:Reporting|Writing|Editing|Additional reporting|Compiled) by|With (?:additional )?inputs from)";
const SIGN_OFF_LINE = new RegExp(`^\\(${SIGN_OFF} `);

const BYLINE_ROLE = /^(?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u;

function creditKind(line: string, rules: Rules): "photo" | "agency" | null {
  if (!rules.creditOnly.test(line)) return null;
  return (/^\(/.test(line) || MEDIA_CREDIT.test(line)) && !SIGN_OFF_LINE.test(line) ? "photo" : "agency";
}

function standsAlone(line: string, state: LineState, rules: Rules, lexicons: Lexicons): boolean {
  if (rules.boilerplate.test(line) || rules.creditOnly.test(line) || weekdayDate.test(line)) return true;
  if (byline.test(line) && line.split(" ").length <= 12) return true;
  if (state.bodySeen) return false;
  const key = rules.headerKey.exec(line);
  if (key === null || headlineLike(key, line)) return false;
  const field = lexicons.headerKeys.get(key[1]!.toLowerCase());
  return field !== "published" || /^\S+$/.test(line.slice(key[0].length));
}

/**
 * `Author Hollis wins Booker Prize for debut novel`: a capitalised key with no colon and a long
 * sentence after it opens a headline, not a header (`date 2023-10-10`, `Source Reuters` are headers).
 */
function headlineLike(key: RegExpExecArray, line: string): boolean {
  if (key[0].includes(":") || key[1] === key[1]!.toLowerCase()) return false;
  return line.slice(key[0].length).trim().split(/\s+/).length > 4;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

interface Rules {
  headerKey: RegExp;
  captionCredit: RegExp;
  /** `A caption without a stop Image: Jane Roe.`: an explicit credit marker needs no stop before it. */
  captionMarkedCredit: RegExp;
  creditOnly: RegExp;
  dateline: RegExp;
  /** `Bengaluru, Jun 18 (PTI) The ...`, `Paris (AFP) -`, `New Delhi, Jan 5 (ANI):`: a place in title case, perhaps a date, and the agency in brackets. */
  datelineAgency: RegExp;
  boilerplate: RegExp;
}





const ruleCache = new WeakMap<Lexicons, Rules>();

function compileRules(lexicons: Lexicons): Rules {
  const cached = ruleCache.get(lexicons);
  if (cached) return cached;
  const agencies = alternation(lexicons.agencies);
  // A credit: an agency name, a photo credit in brackets, or a wire sign-off in brackets.
  const credit = `(?:${agencies}|\\((?:${agencies})[^()]*\\)|\\(${SIGN_OFF} [^()]+\\)|${MEDIA_CREDIT_WORD}: [^.]+|\\p{Lu}{2,}/\\p{Lu}[\\p{L}.'’ -]+)`;
  const rules: Rules = {
    headerKey: new RegExp(`^(${alternation(lexicons.headerKeys.keys())})\\s*:?\\s+`, "i"),
    captionCredit: new RegExp(`^(.+?[.!?]["”’)]?)\\s*(${credit})\\.?$`, "su"),
    captionMarkedCredit: new RegExp(`^(.+?)\\s+(${MEDIA_CREDIT_WORD}: [^\\n]+)$`, "su"),
    creditOnly: new RegExp(`^${credit}\\.?$`, "u"),
    // `WASHINGTON (Reuters) -`, `NAIROBI, Kenya —`, `WASHINGTON, Oct 9 (AP) —`, `(Reuters) -` alone or after a date (`Jan 8 (Reuters) -`), and
    // in mixed case `Evansville, Indiana, United States -` (places of one to three capitalised words).
    dateline: new RegExp(
      `^(?:(?:\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2} )?\\((?:${agencies})\\)|(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+)*(?:, [\\p{Lu}\\d][\\p{L}\\d.]*(?: [\\p{Lu}\\d][\\p{L}\\d.]*)*)*)(?: \\((${agencies})\\)| \\/(?:${agencies})\\/)?` +
        `|\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,2}(?:, \\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,2}){1,3}) ?[-—–]{1,2} `,
      "u",
    ),
    datelineAgency: new RegExp(`^\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,2}(?:, \\p{Lu}\\p{L}{2,8}\\.? \\d{1,2})? \\((?:${agencies})\\)(?: ?[-—–]{1,2}|:)? (?=\\p{Lu})`, "u"),
    boilerplate: new RegExp(`^(?:${alternation(lexicons.boilerplate)})`, "iu"),
  };
  ruleCache.set(lexicons, rules);
  return rules;
}

const weekdayDate = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\p{Lu}\p{Ll}+\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}+\.? \d{4}|\d{4}-\d{2}-\d{2})$/u;
/** `MUMBAI:`, `NEW DELHI:` (the Indian wire style): a place in capitals and a colon before the first body words. */
const datelineColon = /^\p{Lu}{2}[\p{Lu}.'’-]*(?: \p{Lu}{2}[\p{Lu}.'’-]*){0,2}: (?=\p{Lu})/u;
/** `Bengaluru: The state ...`: a known place in title case and a colon (the same style, not in capitals). */
const titleCaseColon = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?): (?=\p{Lu})/u;
/** `Washington — The Senate ...`, `St. Louis —`: a known place in title case and a dash. */
const titleCaseDash = /^(\p{Lu}[\p{Ll}.]*(?: \p{Lu}[\p{Ll}.]*){0,2}) ?[-—–]{1,2} (?=\p{Lu})/u;
function knownPlaceDash(line: string, lexicons: Lexicons): RegExpExecArray | null {
  const found = titleCaseDash.exec(line);
  return found !== null && lexicons.places.has(found[1]!) ? found : null;
}
function knownPlaceColon(line: string, lexicons: Lexicons): RegExpExecArray | null {
  const found = titleCaseColon.exec(line);
  return found !== null && lexicons.places.has(found[1]!) ? found : null;
}
/** A date glued before the first body words: `Thursday, May 7, 2015 On Tuesday, ...`. */
const datePrefix = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \p{Lu}\p{Ll}+\.? \d{1,2}, \d{4} (?=\p{Lu})/u;
const byline = /^By (?:\p{Lu}[\p{L}.'’-]*|and|of|the|in|,| |\n)+$/u;

/** The furniture rules, tried in order on each line; what none of them claims is body. */
function classifyLine(doc: Doc, line: Span, state: LineState, rules: Rules, lexicons: Lexicons): Piece[] {
  const pieces: Piece[] = [];
  let start = line.start;
  const text = doc.text;

  if (!state.bodySeen) {
    // Metadata headers at the top (`date 2023-10-10`), possibly glued to what follows on the line.
    for (;;) {
      const rest = text.slice(start, line.end);
      const key = rules.headerKey.exec(rest);
      if (key === null || headlineLike(key, rest)) break;
      const field = lexicons.headerKeys.get(key[1]!.toLowerCase());
      const valueStart = start + key[0].length;
      let valueEnd = line.end;
      if (field === "published") {
        const date = /^(?:\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)/.exec(text.slice(valueStart, line.end));
        if (date === null) break;
        valueEnd = valueStart + date[0].length;
      }
      pieces.push({ kind: "header", start, end: valueEnd });
      start = trim(text, { start: valueEnd, end: line.end }).start;
      if (start >= line.end) return pieces;
    }
  }

  const rest = (): string => text.slice(start, line.end);
  const push = (kind: BlockKind, from: number, to: number) => {
    const span = trim(text, { start: from, end: to });
    if (span.end > span.start) pieces.push({ kind, ...span });
  };

  if (rules.boilerplate.test(rest())) {
    push("boilerplate", start, line.end);
    return pieces;
  }
  if (rules.creditOnly.test(rest())) {
    push("credit", start, line.end);
    return pieces;
  }
  if (byline.test(rest()) && rest().split(" ").length <= 12) {
    push("byline", start, line.end);
    return pieces;
  }
  if (weekdayDate.test(rest())) {
    push("dateline", start, line.end);
    return pieces;
  }
  const captioned = rules.captionCredit.exec(rest()) ?? rules.captionMarkedCredit.exec(rest());
  if (captioned !== null) {
    const captionEnd = start + captioned[1]!.length;
    push("caption", start, captionEnd);
    push("credit", captionEnd, line.end);
    return pieces;
  }
  // A line right above a photo credit (or above an agency name before any body text) is its caption.
  if (state.creditNext === "photo" || (state.creditNext === "agency" && !state.bodySeen)) {
    push("caption", start, line.end);
    return pieces;
  }
  if (!state.bodySeen && !state.headlineSeen && state.alone && looksLikeHeadline(rest())) {
    state.headlineSeen = true;
    push("headline", start, line.end);
    return pieces;
  }
  if (!state.bodySeen) {
    const dateline = rules.dateline.exec(rest()) ?? rules.datelineAgency.exec(rest()) ?? datelineColon.exec(rest()) ?? knownPlaceColon(rest(), lexicons) ?? knownPlaceDash(rest(), lexicons) ?? datePrefix.exec(rest());
    if (dateline !== null) {
      push("dateline", start, start + dateline[0].length);
      start += dateline[0].length;
    }
  } else if (state.alone && isSubheading(rest())) {
    push("headline", start, line.end);
    return pieces;
  }
  state.bodySeen = true;
  push("body", start, line.end);
  return pieces;
}

/** A short line without final punctuation before any body text is the headline. */
function looksLikeHeadline(line: string): boolean {
  if (/[.!?:;,"”’)]$/.test(line) && !/\.\.\.$/.test(line)) return false;
  if (!/^["“‘'(]?[\p{Lu}\d]/u.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words >= 1 && words <= 25;
}

/** An all-capitals short line inside the body (`WHAT HAPPENS NEXT`) is a section heading. */
function isSubheading(line: string): boolean {
  if (/[.!?:;,]$/.test(line)) return false;
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && line.split(/\s+/).length <= 10;
}

function fillMeta(meta: DocMeta, text: string, blocks: Block[], lexicons: Lexicons): void {
  const first = (kind: BlockKind) => blocks.find((b) => b.kind === kind);
  const textOf = (b: Block) => text.slice(b.start, b.end);
  for (const block of blocks.filter((b) => b.kind === "header")) {
    const line = textOf(block);
    const [key] = line.split(/[\s:]+/, 1);
    const value = line.slice(key!.length).replace(/^\s*:?\s*/, "");
    const field = lexicons.headerKeys.get(key!.toLowerCase());
    if (field === "published") meta.published ??= parseDate(value);
    else if (field === "title" || field === "byline" || field === "credit") meta[field] ??= value;
  }
  const headline = first("headline");
  if (headline) meta.title ??= textOf(headline);
  const credit = first("credit");
  if (credit) meta.credit ??= textOf(credit).replace(/^\(|\)\.?$|\.$/g, "");
  const byline = first("byline");
  if (byline) meta.byline ??= textOf(byline).replace(/^By\s+/, "");
  for (const dateline of blocks.filter((b) => b.kind === "dateline")) {
    const value = textOf(dateline);
    const date = parseDate(value);
    if (date !== null) meta.published ??= date;
    else meta.dateline ??= value.replace(/\s*(?:[-—–]+|:)$/, "");
  }
}
