// segment: every block becomes one or more sentences; a sentence never crosses a block.
import type { Sentence } from "../doc.js";
import type { Stage } from "../stage.js";
import { checkpoint } from "../deadline.js";
import { segmentBlock } from "../segment/segment.js";

export const segmentSentences: Stage = {
  name: "segment-sentences",
  requires: ["text", "blocks"],
  provides: ["sentences"],
  run(doc, { lexicons }) {
    const sentences: Sentence[] = [];
    doc.blocks.forEach((block, index) => {
      checkpoint();
      for (const span of segmentBlock(doc.text, block, lexicons)) sentences.push({ ...span, block: index });
    });
    doc.sentences = sentences;
    return doc;
  },
};
