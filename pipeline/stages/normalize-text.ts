// normalize: runs the ordered normalize steps over the decoded text, carrying the offset map.
import type { Stage } from "../stage.js";
import { checkpoint } from "../deadline.js";
import { normalizeSteps } from "../normalize/steps.js";

export const normalizeText: Stage = {
  name: "normalize-text",
  requires: ["text", "offsets"],
  provides: ["text", "offsets"],
  run(doc, { lexicons }) {
    let current = { text: doc.text, map: doc.offsets! };
    for (const step of normalizeSteps) {
      checkpoint();
      current = step.apply(current, lexicons);
    }
    doc.text = current.text;
    doc.offsets = current.map;
    return doc;
  },
};
