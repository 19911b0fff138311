// mentions: names of people, organisations and places with their entity chains; dates and times
// resolved against the published date; amounts from the same code as the claims' quantities. Each
// mention records the claim whose content holds it.
import type { Claim, Mention, MentionType } from "../doc.js";
import type { Stage } from "../stage.js";
import { quantitySpans } from "../claims/quantities.js";
import { findDates } from "../mentions/dates.js";

/** A mention with every field set, so that all mentions share one object shape. */
function mention(start: number, end: number, sentence: number, type: MentionType): Mention {
  return { start, end, sentence, type, entity: null, canonical: null, related: false, value: null, number: null, numberMax: null, dateStart: null, dateEnd: null, anchor: null, unit: null, qualifier: null };
}

export const extractMentions: Stage = {
  name: "extract-mentions",
  requires: ["text", "meta", "sentences", "names", "claims"],
  provides: ["mentions"],
  run(doc, { lexicons }) {
    const text = doc.text;
    const found: Mention[] = [];
    const entities = new Map<string, number>();
    for (const name of doc.names) {
      const key = `${name.related ? "place" : name.type}\0${name.canonical}`;
      if (!entities.has(key)) entities.set(key, entities.size);
      const m = mention(name.start, name.end, name.sentence, name.type);
      m.entity = entities.get(key)!;
      m.canonical = name.canonical;
      m.related = name.related;
      found.push(m);
    }
    // Speakers named by a pronoun or a description (`he`, `the company`, `its president`) join the
    // chain of the name they were resolved to.
    const named = new Uint8Array(text.length);
    for (const m of found) named.fill(1, m.start, m.end);
    for (const claim of doc.claims) {
      const span = claim.speaker;
      if (span === null || claim.speakerCanonical === null || named.subarray(span.start, span.end).some((x) => x === 1)) continue;
      const type = claim.speakerType === "person" ? "person" : claim.speakerType === "organization" || claim.speakerType === "media" ? "organization" : null;
      if (type === null) continue;
      const canonical = claim.speakerCanonical.replace(/^the /, "");
      const entity = entities.get(`${type}\0${canonical}`);
      if (entity === undefined) continue;
      const m = mention(span.start, span.end, claim.sentence, type);
      m.entity = entity;
      m.canonical = canonical;
      found.push(m);
      named.fill(1, span.start, span.end);
    }
    doc.sentences.forEach((sentence, index) => {
      const dates = findDates(text, sentence, doc.meta.published);
      for (const date of dates) {
        const m = mention(date.start, date.end, index, date.type);
        m.value = date.value;
        m.dateStart = date.dateStart;
        m.dateEnd = date.dateEnd;
        m.anchor = date.anchor;
        found.push(m);
      }
      for (const amount of quantitySpans(text, sentence, lexicons)) {
        // A number inside a date (`October 9, 2023`) is part of the date.
        if (dates.some((d) => amount.start < d.end && d.start < amount.end)) continue;
        const type: MentionType = amount.unit === "percent" ? "percent" : amount.unit !== null && /^[A-Z]{3}$/.test(amount.unit) ? "money" : "quantity";
        const m = mention(amount.start, amount.end, index, type);
        m.value = String(amount.value);
        m.number = amount.value;
        m.numberMax = amount.value_max;
        m.unit = amount.unit;
        m.qualifier = amount.qualifier;
        found.push(m);
      }
    });
    // Names never overlap dates: `Monday` or `October` alone are dates, not names.
    const dated = new Uint8Array(text.length);
    for (const m of found) if (m.type === "date" || m.type === "time") dated.fill(1, m.start, m.end);
    doc.mentions = found
      .filter((m) => m.entity === null || dated.subarray(m.start, m.end).every((d) => d === 0))
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
