// Cardinal amounts in a claim's content: `at least 11`, `$1.5 billion`, `about €8m`, `38 percent`,
// `dozens`. Dates, years, clock times, ordinals and identifiers are not quantities.
import type { Qualifier, Quantity, Span } from "../doc.js";
import type { Lexicons } from "../lexicons/load.js";
import { alternation } from "../text/patterns.js";
import { wordsIn } from "./words.js";

const DURATION = /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)$/i;
const LASTING = /\b(?:wait(?:ed|s|ing)?|last(?:ed|s|ing)?|t(?:ook|akes?|aking)|sp(?:ent|ends?|ending)|stay(?:ed|s|ing)?|for)\s*$/i;
// A month's name or abbreviation, whole (`declined 11%` and `a 5% decline` name no December).
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const MONTH_BEFORE = new RegExp(`^${MONTH}\\.?$`, "i");
const MONTH_AFTER = new RegExp(`^\\s*${MONTH}\\b`, "i");
// Unit symbols written against the number (`40.3C`, `12km`): the amount ends where they begin.
const GLUED_UNIT = "(?:°?[CF]|km|kg|mm|cm|mph|kmh)(?![\\p{L}])";

interface Compiled {
  pattern: RegExp;
  /** A digit, or a number word or a vague count opening a word: what any amount holds, looked for first. */
  anyNumber: RegExp;
  /** `and two` after `between one`: a spelled-out upper bound, which the pattern reads in digits only. */
  spelledUpper: RegExp;
  /** `or three` after `two`: the larger of two amounts joined by `or`, with no scale or percent of its own. */
  alternativeUpper: RegExp;
}

const cache = new WeakMap<Lexicons, Compiled>();

function compile(lex: Lexicons): Compiled {
  const cached = cache.get(lex);
  if (cached) return cached;
  const qualifiers = alternation(lex.quantityQualifiers.keys());
  // Signs and capitalised words (`$`, `Rs`) stand before the number; lowercase words (`dollars`) after it.
  const signs = alternation([...lex.currencies.keys()].filter((s) => !/^[\p{Ll} ]+$/u.test(s)));
  const words = alternation(lex.numberWords.keys());
  const vague = alternation(lex.vagueCounts.keys());
  const scales = alternation(lex.scaleWords.keys());
  // (`1,01,450`: Indian digit grouping, in lakhs, before the thousands.)
  const digits = `\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`;
  const number = `${digits}|(?:${words})(?:-(?:${words}))?|(?:${vague})`;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}.,])(?:(between|${qualifiers})\\s+)?(?:an?\\s+(?=(?:dozen|hundred)\\b))?(${signs})?\\s?(${number})(?:\\s?((?:${scales})(?:\\s(?:${scales}))?)(?![\\p{L}]))?(?:\\s?(%|percent|per cent))?` +
      `(?:\\s*(?:-|–|to|and)\\s*(?:${signs})?\\s?(${digits})(?:\\s?((?:${scales})(?:\\s(?:${scales}))?)(?![\\p{L}]))?(?:\\s?(?:%|percent|per cent))?)?(?!\\p{N})(?!(?!${GLUED_UNIT})\\p{L})`,
    "giu",
  );
  const compiled = {
    pattern,
    anyNumber: new RegExp(`\\d|(?<![\\p{L}\\p{N}])(?:${words}|${vague})`, "iu"),
    spelledUpper: new RegExp(`^\\s+and\\s+(${words})(?![\\p{L}\\p{N}])`, "iu"),
    alternativeUpper: new RegExp(`^\\s+or\\s+(${digits}|(?:${words})(?:-(?:${words}))?)(?![\\p{L}\\p{N}%]|[.,]\\d|\\s?(?:percent|per cent|(?:${scales}))(?![\\p{L}]))`, "iu"),
  };
  cache.set(lex, compiled);
  return compiled;
}

/** The amounts in a claim's content, as the claims table holds them. */
export function quantitiesIn(text: string, content: Span, lex: Lexicons): Quantity[] {
  return quantitySpans(text, content, lex).map(({ text, value, value_max, qualifier, unit }) => ({ text, value, value_max, qualifier, unit }));
}

/** The amounts in a span with where each stands in the text (the mentions table needs offsets). */
export function quantitySpans(text: string, content: Span, lex: Lexicons): (Quantity & Span)[] {
  const { pattern, anyNumber, spelledUpper, alternativeUpper } = compile(lex);
  const slice = text.slice(content.start, content.end);
  const found: (Quantity & Span)[] = [];
  // (Most spans hold no number at all: one cheap scan settles them before the full pattern runs.)
  if (!anyNumber.test(slice)) return found;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    const [whole, qualifierText, sign, numberText, scale, percent, upperText, upperScale] = m;
    // Only the words just before count; a window keeps a sentence of a thousand numbers linear.
    const before = slice.slice(Math.max(0, m.index - 40), m.index);
    const after = slice.slice(m.index + whole.length);
    const lowerNumber = numberText!.toLowerCase();
    const isDigits = /^\d/.test(numberText!);
    const isYear = (written: string | undefined) => written !== undefined && /^\d{4}$/.test(written) && Number(written) >= 1800 && Number(written) <= 2100;
    if (isDigits && !sign && !scale && !percent && !qualifierText && isYear(numberText)) continue;
    // (`between 2017 and 2020`: two years are a span of time.)
    if (!sign && !scale && !percent && isYear(numberText) && isYear(upperText)) continue;
    // `a 60-day state of emergency`, `the two-child limit`: a number in a compound modifier counts
    // nothing; an age does (`a 58-year-old man`).
    // So does a measure's (`the 71-metre booster`, `a 6.2-magnitude earthquake`).
    if (!sign && !scale && !percent && /^-\p{Ll}/u.test(after) && !/^-(?:years?-olds?|(?:kilo|centi|milli)?(?:metres?|meters?)|km|miles?|feet|foot|tonnes?|tons?|kg|litres?|liters?|magnitude)\b/.test(after)) continue;
    // `Boeing 737`, `Ariane 6`, `Type 2 diabetes`: digits after a name, or after a capitalised word
    // inside the sentence, are an identifier.
    // (`Formula One`, `Air Force One`: so is a number word in capitals after a capitalised word.)
    const asName = isDigits || /^\p{Lu}/u.test(numberText!);
    const named = asName && !sign && !scale && !percent && !qualifierText ? /(?:^|(\S)\s+)(\p{Lu}[\p{Ll}\p{Lu}]*) $/u.exec(before) : null;
    // (Not before a plural it counts: `gave Tunely 60 days`.)
    const countsPlural = /^\s+\p{Ll}+[^s\W]s\b/u.test(after) || lex.irregularPlurals.has(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? "");
    if (named !== null && (!countsPlural || !isDigits) && !MONTH_BEFORE.test(named[2]!) && ((named[1] !== undefined && !/[.!?"“”]/.test(named[1])) || !lex.englishWords.has(named[2]!.toLowerCase()))) continue;
    if (isDigits && (MONTH_BEFORE.test(before.trimEnd().split(/\s+/).pop() ?? "") || MONTH_AFTER.test(after))) continue;
    // (`at 10:30`, `won 3:1`: a clock time or a score; `were split: 10 of them` is a count.)
    if (isDigits && (/^(?::\d|\s?[ap]\.?m\b)/i.test(after) || /\d:$/.test(before))) continue;
    const previousWord = (before.trimEnd().split(/\s+/).pop() ?? "").toLowerCase();
    if (lex.identifierMarkers.has(previousWord) || /#$/.test(before)) continue;
    if (lowerNumber === "one" && !scale && (/^\s+of\b/.test(after) || /\b(?:no|the|this|that|any|every|each)\s*$/i.test(before))) continue;

    const value = scaled(numberValue(lowerNumber, lex), scale ? scaleValue(scale, lex) : 1);
    if (!Number.isFinite(value)) continue;
    let qualifier: Qualifier = qualifierText ? ((lex.quantityQualifiers.get(qualifierText.toLowerCase()) as Qualifier | undefined) ?? "exact") : "exact";
    if (lex.vagueCounts.has(lowerNumber)) qualifier = qualifierText ? qualifier : "at_least";
    let valueMax: number | null = null;
    let textStart = 0;
    let textEnd = whole.length;
    // `12% to $18.9 billion` is two amounts: a range never adds a currency its first number lacks,
    // nor drops the percent its first number has (`rose 11% to 47,900 units`).
    const upperStart = upperText === undefined || percent === undefined || /(?:%|percent|per cent)$/i.test(whole) ? -1 : whole.search(/\s*(?:-|–|\bto\b|\band\b)\s*\d[^%]*$/i);
    if (upperStart > 0) {
      textEnd = upperStart;
    } else if (upperText !== undefined && !sign && /(?:-|–|to|and)\s*[^\d\s]/.test(whole.slice(whole.indexOf(numberText!) + numberText!.length))) {
      textEnd = whole.search(/\s*(?:-|–|\bto\b|\band\b)\s*[^\d\s]/);
    } else if (upperText !== undefined) {
      // (The upper amount may carry its own sign: `$5 million and $3 million`.)
      const firstEnd = whole.indexOf(numberText!, qualifierText?.length ?? 0) + numberText!.length;
      const join = /\s*(-|–|\bto\b|\band\b)/i.exec(whole.slice(firstEnd));
      const joiner = join?.[1]?.toLowerCase();
      const joinAt = join === null ? -1 : firstEnd + join.index;
      if (joiner === "and" && qualifierText?.toLowerCase() !== "between") {
        textEnd = joinAt;
      } else {
        valueMax = scaled(Number(upperText.replace(/,/g, "")), upperScale ? scaleValue(upperScale, lex) : scale ? scaleValue(scale, lex) : 1);
        // `88-9` is a vote or a score, not a range: a range goes up. (`fell from $5 million to $3
        // million` is two amounts.)
        if (!(valueMax > value) && joiner !== "to") continue;
        if (valueMax > value) qualifier = "range";
        else {
          valueMax = null;
          textEnd = joinAt;
        }
      }
    } else if (qualifierText?.toLowerCase() === "between") {
      // (`between one and two years`: bounds in words.)
      const upper = scale || percent ? null : spelledUpper.exec(after);
      const upperValue = upper === null ? NaN : numberValue(upper[1]!.toLowerCase(), lex);
      // (Not before a scale, which would be both bounds': `between two and three million` is left out.)
      const scaleAfter = upper === null ? undefined : /^\s+(\p{L}+)/u.exec(after.slice(upper[0].length))?.[1]?.toLowerCase();
      if (scaleAfter !== undefined && lex.scaleWords.has(scaleAfter)) continue;
      if (upper === null) {
        // (`an argument between two groups`: with no second bound, `between` is a preposition and the
        // amount is exact; but a bound this reader cannot take still makes a range: `Between 1 in 4 and 1 in 3`.)
        if (/^[^,;.]{0,30}\band\b/.test(after)) continue;
        qualifier = "exact";
        textStart = /^between\s+/i.exec(whole)![0].length;
      } else {
        if (!(upperValue > value)) continue;
        valueMax = upperValue;
        qualifier = "range";
        textEnd = whole.length + upper[0].length;
      }
    } else if (!scale && !percent && !lex.vagueCounts.has(lowerNumber)) {
      // `two or three weeks`, `10 or 12 people`: the larger amount after `or` closes a range.
      const alternative = alternativeUpper.exec(after);
      const upperValue = alternative === null ? NaN : numberValue(alternative[1]!.toLowerCase(), lex);
      if (upperValue > value) {
        valueMax = upperValue;
        qualifier = "range";
        textEnd = whole.length + alternative![0].length;
      }
    }
    const quantityText = slice.slice(m.index + textStart, m.index + textEnd).trim();
    // (Found in the matched text as read, which a spelled-out upper bound runs past.)
    const start = content.start + m.index + textStart + slice.slice(m.index + textStart, m.index + textEnd).indexOf(quantityText);
    let unit: string | null = null;
    // `11 to 14%`: a percent after the range's upper bound is the range's unit.
    if (percent || (valueMax !== null && /(?:%|percent|per cent)$/.test(quantityText))) unit = "percent";
    else if (sign) unit = lex.currencies.get(sign) ?? null;
    else {
      // `40.3C`, `12km`: a unit written against the number is the unit.
      const glued = /^[°\p{L}]+/u.exec(slice.slice(m.index + textEnd))?.[0];
      unit = glued ?? unitAfter(text, { start: content.start + m.index + textEnd, end: content.end }, lex);
    }
    // `over two years`, `over eight months`: a span of time, not more than two; but after a verb of
    // duration (`waited over 12 hours`, `lasted over an hour`) it is more than.
    if (qualifierText?.toLowerCase() === "over" && unit !== null && DURATION.test(unit) && !LASTING.test(before)) {
      const bareText = quantityText.slice(qualifierText.length).trimStart();
      const bareStart = start + quantityText.length - bareText.length;
      found.push({ text: bareText, value, value_max: valueMax, qualifier: "exact", unit, start: bareStart, end: bareStart + bareText.length });
      if (textEnd < whole.length) pattern.lastIndex = m.index + textEnd;
      continue;
    }
    // `8 cents`, `50 pence`: a hundredth of the currency.
    const minor = unit === null || valueMax !== null ? undefined : lex.minorCurrencies.get(unit);
    found.push({ text: quantityText, value: minor === undefined ? value : scaled(value, 0.01), value_max: valueMax, qualifier, unit: minor ?? unit, start, end: start + quantityText.length });
    if (textEnd !== whole.length) pattern.lastIndex = m.index + textEnd;
  }
  return found;
}

/** A number times its scale without binary noise: `4.1 billion` is 4100000000, not 4099999999.9999995. */
function scaled(number: number, scale: number): number {
  return Number((number * scale).toPrecision(15));
}

/** What a scale multiplies by; two scale words multiply (`lakh crore`, 10^12). */
function scaleValue(scale: string, lex: Lexicons): number {
  return scale.toLowerCase().split(/\s+/).reduce((product, word) => product * (lex.scaleWords.get(word) ?? 1), 1);
}

function numberValue(text: string, lex: Lexicons): number {
  if (/^\d/.test(text)) return Number(text.replace(/,/g, ""));
  const vague = lex.vagueCounts.get(text);
  if (vague !== undefined) return vague;
  return text.split("-").reduce((sum, part) => sum + (lex.numberWords.get(part) ?? NaN), 0);
}

/** The unit noun after an amount: capitalised modifiers, then one noun (`American citizens`, `lives`). */
function unitAfter(text: string, rest: Span, lex: Lexicons): string | null {
  // Five words at most are looked at: scanning the rest of a long sentence for each amount would
  // make a sentence of many amounts quadratic.
  const words = wordsIn(text, { start: rest.start, end: Math.min(rest.end, rest.start + 80) }).slice(0, 5);
  if (words.length === 0 || text.slice(rest.start, words[0]!.start).trim() !== "") return null;
  let i = 0;
  if (words[0]!.lower === "of") i = 1;
  // `40 of its flights`: the thing counted after an owner's word; `215 of the 465 seats` counts none
  // of its own, and `them`, `his` or `last year` right after the number are no unit at all.
  if (i === 1 && DETERMINERS.has(words[1]?.lower ?? "")) {
    // (`241 of the 242 people`: past the whole's own number too.)
    const whole = /^\d[\d,.]*$/.test(words[2]?.text ?? "") ? 3 : 2;
    if (/^\p{L}+$/u.test(words[whole]?.text ?? "")) i = whole;
  }
  if (NOT_UNITS.has(words[i]?.lower ?? "")) return null;
  // (`10 more people`: what is counted is the people.)
  if (words[i]?.lower === "more" && words.length > i + 1) i++;
  const taken: string[] = [];
  for (; i < words.length && taken.length < 4; i++) {
    const word = words[i]!;
    if (i > 0 && text.slice(words[i - 1]!.end, word.start).trim() !== "") break;
    if (lex.auxiliaries.has(word.lower) || lex.nonSubjectStarts.has(word.lower) || lex.subordinateMarkers.has(word.lower)) break;
    if (lex.currencies.has(word.lower)) return lex.currencies.get([...taken, word.text].join(" ").toLowerCase()) ?? lex.currencies.get(word.lower)!;
    // (`One person died`, `One poster admitted`: a form in -ed after the noun is the clause's verb.)
    if (taken.length > 0 && /\p{Ll}ed$/u.test(word.text)) break;
    // (`three of their past four games`: another amount inside makes the words no unit.)
    if (/^\d/.test(word.text) || lex.numberWords.has(word.lower)) return null;
    taken.push(word.text);
    // (`a 25 basis point cut`: a point closes the unit, singular or plural.)
    if (/^points?$/.test(word.lower)) break;
    if (/^\p{Lu}/u.test(word.text)) continue;
    // (`2.5 degrees Celsius`: the scale's name goes with the degrees.)
    if (/^degrees?$/.test(word.lower) && /^(?:Celsius|Fahrenheit)$/.test(words[i + 1]?.text ?? "")) {
      taken.push(words[i + 1]!.text);
      break;
    }
    // (`basis points`: `-is`, `-us` and `-ss` close no plural.)
    if ((word.lower.endsWith("s") && !/(?:is|us|ss)$/.test(word.lower)) || lex.irregularPlurals.has(word.lower)) break;
    const next = words[i + 1];
    if (next === undefined || lex.auxiliaries.has(next.lower) || lex.nonSubjectStarts.has(next.lower) || /^\p{Lu}/u.test(next.text)) break;
  }
  // (`8 billion Danish crowns`: a currency named in several words.)
  const currency = lex.currencies.get(taken.join(" ").toLowerCase());
  if (currency !== undefined) return currency;
  // (`75 injured`, `233 needed`: a verb's form alone after the number counts nothing named.)
  if (taken.length === 1 && /ed$/.test(taken[0]!)) return null;
  return taken.length > 0 ? taken.join(" ") : null;
}

// Words after a number that name no unit: owners' and other determiners, pronouns, and time words.
const DETERMINERS = new Set(["its", "his", "her", "their", "our", "my", "your", "the", "this", "that", "these", "those"]);
const NOT_UNITS = new Set([...DETERMINERS, "them", "it", "him", "us", "others", "last", "next", "per", "each", "apiece"]);
