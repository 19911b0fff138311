// mentions: names of people, organisations and places with their entity chains; dates and times
// resolved against the published date; amounts from the same code as the claims' quantities. Each
// mention records the claim whose content holds it.
import type { Claim, Mention, MentionType } from "../doc.js";
import type { Stage } from "../stage.js";
import { quantitySpans } from "../claims/quantities.js";
import { findDates } from "../mentions/dates.js";
import { findNames } from "../mentions/names.js";

const NONE = { entity: null, canonical: null, related: false, value: null, number: null, numberMax: null, dateStart: null, dateEnd: null, anchor: null, unit: null, qualifier: null } as const;

export const extractMentions: Stage = {
  name: "extract-mentions",
  requires: ["text", "meta", "sentences", "claims"],
  provides: ["mentions"],
  run(doc, { lexicons }) {
    const text = doc.text;
    const found: Mention[] = [];
    const entities = new Map<string, number>();
    for (const name of findNames(text, doc.sentences, lexicons)) {
      const key = `${name.related ? "place" : name.type}\0${name.canonical}`;
      if (!entities.has(key)) entities.set(key, entities.size);
      found.push({ ...NONE, start: name.start, end: name.end, sentence: name.sentence, type: name.type, entity: entities.get(key)!, canonical: name.canonical, related: name.related });
    }
    doc.sentences.forEach((sentence, index) => {
      const dates = findDates(text, sentence, doc.meta.published);
      for (const date of dates) found.push({ ...NONE, start: date.start, end: date.end, sentence: index, type: date.type, value: date.value, dateStart: date.dateStart, dateEnd: date.dateEnd, anchor: date.anchor });
      for (const amount of quantitySpans(text, sentence, lexicons)) {
        // A number inside a date (`October 9, 2023`) is part of the date.
        if (dates.some((d) => amount.start < d.end && d.start < amount.end)) continue;
        const type: MentionType = amount.unit === "percent" ? "percent" : amount.unit !== null && /^[A-Z]{3}$/.test(amount.unit) ? "money" : "quantity";
        found.push({ ...NONE, start: amount.start, end: amount.end, sentence: index, type, value: String(amount.value), number: amount.value, numberMax: amount.value_max, unit: amount.unit, qualifier: amount.qualifier });
      }
    });
    // Names never overlap dates: `Monday` or `October` alone are dates, not names.
    const dated = found.filter((m) => m.type === "date" || m.type === "time");
    doc.mentions = found
      .filter((m) => !(m.entity !== null && dated.some((d) => m.start < d.end && d.start < m.end)))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    return doc;
  },
};

/** For each mention, the claim whose content holds it, or null (claims looked up per sentence). */
export function claimsHolding(claims: readonly Claim[], mentions: readonly Mention[]): (number | null)[] {
  const bySentence = new Map<number, number[]>();
  claims.forEach((claim, i) => {
    const list = bySentence.get(claim.sentence);
    if (list === undefined) bySentence.set(claim.sentence, [i]);
    else list.push(i);
  });
  return mentions.map((m) => (bySentence.get(m.sentence) ?? []).find((i) => claims[i]!.start <= m.start && m.end <= claims[i]!.end) ?? null);
}
