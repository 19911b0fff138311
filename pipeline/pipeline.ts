// The ordered stage list, assembled once: every stage's needs are checked against what the stages
// before it provide, and the lexicons are loaded before any document is read.
import { hasErrors, type Doc } from "./doc.js";
import { loadLexicons } from "./lexicons/load.js";
import type { Context, Provision, Stage } from "./stage.js";
import { decodeBytes } from "./stages/decode-bytes.js";
import { detectBlocks } from "./stages/detect-blocks.js";
import { extractClaims } from "./stages/extract-claims.js";
import { joinWrappedLines } from "./stages/join-wrapped-lines.js";
import { normalizeText } from "./stages/normalize-text.js";
import { segmentSentences } from "./stages/segment-sentences.js";

export const stages: readonly Stage[] = [decodeBytes, normalizeText, detectBlocks, joinWrappedLines, segmentSentences, extractClaims];

export interface Pipeline {
  stages: readonly Stage[];
  context: Context;
  /** Runs every stage; stops at the first stage after which the document has an error. */
  run(doc: Doc): Doc;
}

export function checkRequirements(list: readonly Stage[]): void {
  const provided = new Set<Provision>();
  for (const stage of list) {
    const missing = stage.requires.filter((need) => !provided.has(need));
    if (missing.length > 0) throw new Error(`stage ${stage.name} requires ${missing.join(", ")}, which no stage before it provides`);
    for (const provision of stage.provides) provided.add(provision);
  }
}

export function createPipeline(list: readonly Stage[] = stages, context: Context = { lexicons: loadLexicons() }): Pipeline {
  checkRequirements(list);
  return {
    stages: list,
    context,
    run(doc) {
      for (const stage of list) {
        stage.run(doc, context);
        if (hasErrors(doc)) break;
      }
      return doc;
    },
  };
}
