// What a stage is: a name, what it needs from upstream, what it adds, and a pure `run`.
import type { Doc } from "./doc.js";
import type { Lexicons } from "./lexicons/load.js";

/** Everything a stage may read besides the document: loaded once, before any document. */
export interface Context {
  lexicons: Lexicons;
}

/** Names of the document fields stages exchange; `pipeline.ts` checks every need is met upstream. */
export type Provision = "text" | "offsets" | "encoding" | "meta" | "blocks" | "sentences" | "names" | "claims" | "mentions";

export interface Stage {
  name: string;
  requires: Provision[];
  provides: Provision[];
  run(doc: Doc, context: Context): Doc;
}
