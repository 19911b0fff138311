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
      // A dateline is one line of furniture, never two sentences: `TULSA, Okla. —` ends in no sentence at `Okla.`.
      const spans = block.kind === "dateline" ? [block] : segmentBlock(doc.text, block, lexicons);
      for (const span of spans) sentences.push({ start: span.start, end: span.end, block: index });
    });
    doc.sentences = sentences;
    return doc;
  },
};
