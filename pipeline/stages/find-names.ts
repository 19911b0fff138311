// Names of people, organisations and places, once per document: claims resolve their speakers
// against them and the mentions table lists them.
import { findNames } from "../mentions/names.js";
import type { Stage } from "../stage.js";

export const findNamesStage: Stage = {
  name: "find-names",
  requires: ["text", "sentences"],
  provides: ["names"],
  run(doc, { lexicons }) {
    doc.names = findNames(doc.text, doc.sentences, lexicons);
    return doc;
  },
};
