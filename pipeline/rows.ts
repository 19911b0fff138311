// From a finished Doc to table rows. The one place where internal UTF-16 spans become the emitted
// code point offsets and raw byte offsets.
import type { Doc, Span } from "./doc.js";
import { CodePoints, rawSpan } from "./offsets.js";
import { claimsHolding } from "./stages/extract-mentions.js";
import type { BlockRow, ClaimRow, DocumentRow, DocumentRowDiagnostic, MentionRow, SentenceRow } from "./schema/rows.gen.js";

/** The rows of one document, typed by the types generated from the schemas. */
export interface DocRows {
  documents: DocumentRow[];
  blocks: BlockRow[];
  sentences: SentenceRow[];
  claims: ClaimRow[];
  mentions: MentionRow[];
}

export function docRows(doc: Doc): DocRows {
  const text = doc.text;
  const points = new CodePoints(text);
  const map = doc.offsets!;
  const at = (span: Span) => ({ start: points.at(span.start), end: points.at(span.end) });
  const raw = (span: Span) => {
    const r = rawSpan(map, span);
    return { raw_start: r.start, raw_end: r.end };
  };
  const blockId = (i: number) => `${doc.id}-b${i}`;
  const sentenceId = (i: number) => `${doc.id}-s${i}`;
  const optional = (span: Span | null) => (span === null ? { text: null, start: null, end: null } : { text: text.slice(span.start, span.end), ...at(span) });

  const blocks = doc.blocks.map((block, index): BlockRow => ({
    block_id: blockId(index),
    doc_id: doc.id,
    index,
    kind: block.kind,
    ...at(block),
    ...raw(block),
    text: text.slice(block.start, block.end),
  }));
  const sentences = doc.sentences.map((sentence, index): SentenceRow => ({
    sentence_id: sentenceId(index),
    doc_id: doc.id,
    block_id: blockId(sentence.block),
    block_kind: doc.blocks[sentence.block]!.kind,
    index,
    ...at(sentence),
    ...raw(sentence),
    text: text.slice(sentence.start, sentence.end),
  }));
  const claims = doc.claims.map((claim, index): ClaimRow => {
    const speaker = optional(claim.speaker);
    const cue = optional(claim.cue);
    return {
      claim_id: `${doc.id}-c${index}`,
      doc_id: doc.id,
      sentence_id: sentenceId(claim.sentence),
      index,
      ...at(claim),
      ...raw(claim),
      text: text.slice(claim.start, claim.end),
      kind: claim.kind,
      speaker: speaker.text,
      speaker_start: speaker.start,
      speaker_end: speaker.end,
      speaker_canonical: claim.speakerCanonical,
      speaker_type: claim.speakerType,
      cue: cue.text,
      cue_start: cue.start,
      cue_end: cue.end,
      cue_lemma: claim.cueLemma,
      hedged: claim.hedges.length > 0,
      hedges: claim.hedges,
      negated: claim.negated,
      quantities: claim.quantities,
      rule: claim.rule,
    };
  });
  const holders = claimsHolding(doc.claims, doc.mentions);
  const mentions = doc.mentions.map((mention, index): MentionRow => {
    const claim = holders[index]!;
    return {
      mention_id: `${doc.id}-m${index}`,
      doc_id: doc.id,
      sentence_id: sentenceId(mention.sentence),
      claim_id: claim === null ? null : `${doc.id}-c${claim}`,
      index,
      ...at(mention),
      ...raw(mention),
      text: text.slice(mention.start, mention.end),
      type: mention.type,
      entity_id: mention.entity === null ? null : `${doc.id}-e${mention.entity}`,
      canonical: mention.canonical,
      related: mention.related,
      value: mention.value,
      number: mention.number,
      number_max: mention.numberMax,
      date_start: mention.dateStart,
      date_end: mention.dateEnd,
      anchor: mention.anchor,
      unit: mention.unit,
      qualifier: mention.qualifier,
    };
  });
  const documents: DocumentRow[] = [
    {
      doc_id: doc.id,
      source: doc.source,
      source_sha256: doc.sourceSha256,
      source_bytes: doc.raw.length,
      encoding: doc.encoding!,
      published: doc.meta.published,
      title: doc.meta.title,
      credit: doc.meta.credit,
      byline: doc.meta.byline,
      dateline: doc.meta.dateline,
      // Set by the build, which sees the documents in input order.
      duplicate_of: null,
      text,
      n_blocks: doc.blocks.length,
      n_sentences: doc.sentences.length,
      n_body_sentences: doc.sentences.filter((s) => doc.blocks[s.block]!.kind === "body").length,
      n_claims: doc.claims.length,
      diagnostics: diagnosticRows(doc, points),
    },
  ];
  return { documents, blocks, sentences, claims, mentions };
}

export function diagnosticRows(doc: Doc, points: CodePoints | null): DocumentRowDiagnostic[] {
  return doc.diagnostics.map((d) => ({
    rule: d.rule,
    severity: d.severity,
    reason: d.reason,
    start: d.span && points ? points.at(d.span.start) : null,
    end: d.span && points ? points.at(d.span.end) : null,
  }));
}
