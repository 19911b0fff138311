// Dates and clock times. Absolute dates (`October 9, 2023`, `9 Oct 2023`, `2023-10-09`, `October
// 2023`) become ISO dates or ranges; relative ones (`on Monday`, `yesterday`, `last week`, `over the
// weekend`) are resolved against the document's published date, which is recorded as the anchor.
// Without a published date a relative date keeps a null value: never guessed.
import type { Span } from "../doc.js";

export interface DateMention extends Span {
  type: "date" | "time";
  /** ISO date, ISO interval `start/end`, or `HH:MM`; null when it cannot be resolved. */
  value: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  anchor: string | null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** A month's name, written out or abbreviated (`September`, `Sept.`, `Jan`), as a capturing group. */
export const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

interface Rule {
  pattern: RegExp;
  /** `future`: the clause before the date speaks of what will happen (`will meet on Friday`). */
  resolve(m: RegExpExecArray, anchor: Day | null, future: boolean): { start: Day; end: Day; relative: boolean } | null;
}

// How far back in the sentence a future tense is looked for.
const FUTURE_WINDOW = 120;
const FUTURE = /\b(?:will|shall|is due|are due|scheduled|plans? to|expected to)\b/i;

/** A calendar day as UTC milliseconds at midnight. */
type Day = number;
const DAY = 86_400_000;
const day = (y: number, m: number, d: number): Day | null => {
  const t = Date.UTC(y, m, d);
  const check = new Date(t);
  return check.getUTCFullYear() === y && check.getUTCMonth() === m && check.getUTCDate() === d ? t : null;
};
const iso = (t: Day) => new Date(t).toISOString().slice(0, 10);
const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase());
const weekday = (t: Day) => new Date(t).getUTCDay();
/** Monday of the week that holds the day. */
const mondayOf = (t: Day) => t - ((weekday(t) + 6) % 7) * DAY;
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getTime();

/** The year a month and day without one most likely have: the one that puts it nearest the anchor. */
function nearestYear(month: number, date: number, anchor: Day | null): number | null {
  if (anchor === null) return null;
  const y = new Date(anchor).getUTCFullYear();
  const candidates = [y - 1, y, y + 1].map((year) => ({ year, t: day(year, month, date) })).filter((c) => c.t !== null);
  candidates.sort((a, b) => Math.abs(a.t! - anchor) - Math.abs(b.t! - anchor));
  return candidates[0]?.year ?? null;
}

const single = (t: Day | null, relative = false) => (t === null ? null : { start: t, end: t, relative });

const RULES: Rule[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/y, resolve: (m) => single(day(+m[1]!, +m[2]! - 1, +m[3]!)) },
  {
    pattern: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, "y"),
    resolve: (m) => single(day(+m[3]!, monthIndex(m[1]!), +m[2]!)),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH},? (\\d{4})\\b`, "y"),
    resolve: (m) => single(day(+m[3]!, monthIndex(m[2]!), +m[1]!)),
  },
  {
    pattern: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)`, "y"),
    resolve: (m, anchor) => {
      const month = monthIndex(m[1]!);
      const year = nearestYear(month, +m[2]!, anchor);
      return year === null ? null : single(day(year, month, +m[2]!), true);
    },
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}\\b(?! \\d)`, "y"),
    resolve: (m, anchor) => {
      const month = monthIndex(m[2]!);
      const year = nearestYear(month, +m[1]!, anchor);
      return year === null ? null : single(day(year, month, +m[1]!), true);
    },
  },
  {
    pattern: new RegExp(`\\b${MONTH},? (\\d{4})\\b`, "y"),
    resolve: (m) => {
      const month = monthIndex(m[1]!);
      const start = day(+m[2]!, month, 1);
      return start === null ? null : { start, end: lastDayOfMonth(+m[2]!, month), relative: false };
    },
  },
  { pattern: /\b[Yy]esterday\b/y, resolve: (_m, a) => (a === null ? null : single(a - DAY, true)) },
  { pattern: /\b[Tt]oday\b/y, resolve: (_m, a) => (a === null ? null : single(a, true)) },
  { pattern: /\b[Tt]omorrow\b/y, resolve: (_m, a) => (a === null ? null : single(a + DAY, true)) },
  {
    pattern: /\b(?:(?:over|during) )?(?:the|this|last) weekend\b/iy,
    resolve: (m, a) => {
      if (a === null) return null;
      // The weekend before the anchor (on a weekend day, the one it is in).
      let saturday = a - ((weekday(a) + 1) % 7) * DAY;
      if (/last/i.test(m[0]) && weekday(a) === 6) saturday -= 7 * DAY;
      return { start: saturday, end: saturday + DAY, relative: true };
    },
  },
  {
    pattern: /\b(last|this|next) (week|month|year)\b/iy,
    resolve: (m, a) => {
      if (a === null) return null;
      const shift = { last: -1, this: 0, next: 1 }[m[1]!.toLowerCase() as "last" | "this" | "next"];
      const unit = m[2]!.toLowerCase();
      const date = new Date(a);
      if (unit === "week") {
        const start = mondayOf(a) + shift * 7 * DAY;
        return { start, end: start + 6 * DAY, relative: true };
      }
      if (unit === "month") {
        const y = date.getUTCFullYear();
        const mo = date.getUTCMonth() + shift;
        return { start: Date.UTC(y, mo, 1), end: Date.UTC(y, mo + 1, 0), relative: true };
      }
      const y = date.getUTCFullYear() + shift;
      return { start: Date.UTC(y, 0, 1), end: Date.UTC(y, 11, 31), relative: true };
    },
  },
  {
    pattern: new RegExp(`\\b(?:(last|next|this|on) )?${WEEKDAY}\\b`, "iy"),
    resolve: (m, a, future) => {
      if (a === null) return null;
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const which = m[1]?.toLowerCase();
      // News reports the past: the latest such day on or before the anchor, unless `next` or a
      // future tense says otherwise.
      if (which === "next" || (future && which !== "last")) return single(a + (((target - weekday(a) + 7) % 7) || 7) * DAY, true);
      const back = (weekday(a) - target + 7) % 7;
      return single(a - (which === "last" && back === 0 ? 7 : back) * DAY, true);
    },
  },
];

const TIME = /\b(\d{1,2})(?::(\d{2}))? ?([ap])\.?m\.?(?![\p{L}])|\b(\d{1,2}):(\d{2})\b(?! ?[ap]\.?m)/iuy;

function parseAnchor(published: string | null): Day | null {
  if (published === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  return m ? day(+m[1]!, +m[2]! - 1, +m[3]!) : null;
}

// Words a date can start with; other words are skipped without trying the patterns.
const OPENERS = new Set([...MONTHS, "sept", ...WEEKDAYS, "yesterday", "today", "tomorrow", "over", "during", "the", "this", "last", "next", "on"]);
const WORD_START = /[\p{L}\p{N}]+/gu;
// Function words start a date only before a calendar word (`the weekend`, `last week`, `on Monday`).
const FUNCTION_OPENERS = new Set(["over", "during", "the", "this", "last", "next", "on"]);
const CALENDAR_AHEAD = /^\p{L}+ (?:the )?(?:weekend|week|month|year|mon|tue|wed|thu|fri|sat|sun)/iu;
const couldStartDate = (text: string, at: number, word: string): boolean => {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  const lower = word.toLowerCase();
  if (FUNCTION_OPENERS.has(lower)) return CALENDAR_AHEAD.test(text.slice(at, at + 24));
  return OPENERS.has(lower) || OPENERS.has(lower.slice(0, 3));
};

/** Dates and times in a span of the text, earliest first; overlapping candidates keep the longest. */
export function findDates(text: string, span: Span, published: string | null): DateMention[] {
  const anchor = parseAnchor(published);
  const out: DateMention[] = [];
  const slice = text.slice(span.start, span.end);
  let covered = span.start;
  WORD_START.lastIndex = 0;
  for (let w = WORD_START.exec(slice); w !== null; w = WORD_START.exec(slice)) {
    const i = span.start + w.index;
    if (i < covered || !couldStartDate(text, i, w[0])) continue;
    let best: DateMention | null = null;
    for (const rule of RULES) {
      rule.pattern.lastIndex = i;
      const m = rule.pattern.exec(text);
      if (m === null || i + m[0].length > span.end) continue;
      if (best !== null && i + m[0].length <= best.end) continue;
      const resolved = rule.resolve(m, anchor, FUTURE.test(text.slice(Math.max(span.start, i - FUTURE_WINDOW), i)));
      const start = resolved === null ? null : iso(resolved.start);
      const end = resolved === null ? null : iso(resolved.end);
      const value = start === null ? null : start === end ? start : `${start}/${end}`;
      // Without an anchor, relative dates have no value: they are still mentions.
      // `on Monday`: the preposition is not part of the date.
      const lead = /^on /i.exec(m[0])?.[0].length ?? 0;
      best = { start: i + lead, end: i + m[0].length, type: "date", value, dateStart: start, dateEnd: end, anchor: resolved?.relative ? iso(anchor!) : null };
    }
    if (best === null) {
      TIME.lastIndex = i;
      const t = TIME.exec(text);
      if (t !== null && i + t[0].length <= span.end) {
        let hours = Number(t[1] ?? t[4]);
        const minutes = Number(t[2] ?? t[5] ?? 0);
        if (t[3] !== undefined) hours = (hours % 12) + (t[3].toLowerCase() === "p" ? 12 : 0);
        if (hours < 24 && minutes < 60 && (t[3] !== undefined || Number(t[4]) <= 23)) {
          best = { start: i, end: i + t[0].length, type: "time", value: `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`, dateStart: null, dateEnd: null, anchor: null };
        }
      }
    }
    if (best !== null) {
      out.push(best);
      covered = best.end;
    }
  }
  return out;
}
