// Hard-wrapped lines: inside a block, a single line break is a wrap, not a break in the text, so it
// becomes a space. This runs after the blocks are found (a byline or dateline on its own line is
// furniture, not a wrap) and keeps every offset: one character replaces one character.
import type { Stage } from "../stage.js";

export const joinWrappedLines: Stage = {
  name: "join-wrapped-lines",
  requires: ["text", "blocks"],
  provides: ["text"],
  run(doc) {
    const parts: string[] = [];
    let done = 0;
    for (const block of doc.blocks) {
      const inside = doc.text.slice(block.start, block.end);
      if (!inside.includes("\n")) continue;
      parts.push(doc.text.slice(done, block.start), inside.replace(/\n/g, " "));
      done = block.end;
    }
    if (parts.length === 0) return doc;
    parts.push(doc.text.slice(done));
    doc.text = parts.join("");
    return doc;
  },
};
