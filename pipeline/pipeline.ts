// The ordered stage list, assembled once: every stage's needs are checked against what the stages
// before it provide, and the lexicons are loaded before any document is read.
import { checkpoint, DeadlineExceeded, setDeadline } from "./deadline.js";
import { hasErrors, report, type Doc } from "./doc.js";
import { loadLexicons } from "./lexicons/load.js";
import type { Context, Provision, Stage } from "./stage.js";
import { decodeBytes } from "./stages/decode-bytes.js";
import { detectBlocks } from "./stages/detect-blocks.js";
import { extractClaims } from "./stages/extract-claims.js";
import { extractMentions } from "./stages/extract-mentions.js";
import { findNamesStage } from "./stages/find-names.js";
import { joinWrappedLines } from "./stages/join-wrapped-lines.js";
import { normalizeText } from "./stages/normalize-text.js";
import { segmentSentences } from "./stages/segment-sentences.js";

export const stages: readonly Stage[] = [decodeBytes, normalizeText, detectBlocks, joinWrappedLines, segmentSentences, findNamesStage, extractClaims, extractMentions];

export interface RunOptions {
  /** Wall-clock milliseconds this document may take; past it, it is rejected as `doc-timeout`. */
  timeoutMs?: number;
}

export interface Pipeline {
  stages: readonly Stage[];
  context: Context;
  /**
   * Runs every stage; stops at the first stage after which the document has an error. A stage that
   * throws (a bug) becomes an `internal-error` diagnostic naming the stage; the run goes on.
   */
  run(doc: Doc, options?: RunOptions): Doc;
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
    run(doc, options = {}) {
      const started = performance.now();
      setDeadline(options.timeoutMs === undefined ? Infinity : started + options.timeoutMs);
      try {
        for (const stage of list) {
          try {
            stage.run(doc, context);
            checkpoint();
          } catch (error) {
            if (error instanceof DeadlineExceeded) {
              report(doc, {
                rule: "doc-timeout",
                severity: "error",
                reason: `processing stopped in stage ${stage.name} after ${options.timeoutMs} ms; split the file into articles or raise --doc-timeout`,
              });
            } else {
              const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
              report(doc, {
                rule: "internal-error",
                severity: "error",
                reason: `stage ${stage.name} failed (${message}); this is a claimset bug, please report it with the file`,
              });
              doc.diagnostics[doc.diagnostics.length - 1]!.stack = error instanceof Error ? error.stack : undefined;
            }
          }
          if (hasErrors(doc)) break;
        }
      } finally {
        setDeadline(Infinity);
      }
      return doc;
    },
  };
}
