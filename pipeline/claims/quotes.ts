// Direct quotes in the body: curly and straight double quotes, paired per paragraph. A quote left
// open at a paragraph end closes there; when the next body paragraph opens a quote, that quote
// continues the same stretch (the newspaper convention for multi-paragraph quotes), and so does a next
// paragraph that closes a quote it never opened. Single quotes are
// left inside (nested quotes, apostrophes) and never open a stretch of their own.
import type { Block, Span } from "../doc.js";

export interface Quote {
  /** The words between the marks (or up to the paragraph end when left open). */
  content: Span;
  /** Offset of the opening mark (the paragraph start for a continued quote that lost its mark). */
  open: number;
  /** Offset of the closing mark, or null when the paragraph ended first. */
  close: number | null;
  /** Quotes of one multi-paragraph stretch share a group number. */
  group: number;
}

const isSpace = (c: string | undefined) => c === undefined || /[\s([{—–-]/.test(c);

export function findQuotes(text: string, blocks: readonly Block[]): Quote[] {
  const quotes: Quote[] = [];
  let group = 0;
  let continuing = false;
  for (const block of blocks) {
    if (block.kind !== "body") continue;
    let open: number | null = null;
    let firstInBlock = true;
    for (let i = block.start; i < block.end; i++) {
      const c = text[i]!;
      if (c !== "\u201c" && c !== "\u201d" && c !== '"') continue;
      // A straight mark opens after a space (`said "Yes`), or glued to a frame's comma or colon when no
      // quote is open (`Wilkins said," [Warhol] liked`).
      const opens = c === "\u201c" || (c === '"' && open === null && ((isSpace(text[i - 1]) && !/\s/.test(text[i + 1] ?? " ")) || /[,:]/.test(text[i - 1] ?? "")));
      // A paragraph that goes on with a quote left open, without reopening it, and then closes it
      // continues the same stretch from its start.
      if (open === null && !opens && firstInBlock && continuing) {
        quotes.push({ content: { start: block.start, end: i }, open: block.start, close: i, group });
        continuing = false;
        firstInBlock = false;
        continue;
      }
      if (open === null && opens) {
        open = i;
        if (!(firstInBlock && continuing && i === block.start)) group++;
        continuing = false;
        firstInBlock = false;
        continue;
      }
      if (open !== null && c !== "\u201c") {
        quotes.push({ content: { start: open + 1, end: i }, open, close: i, group });
        open = null;
      }
      firstInBlock = false;
    }
    if (open !== null) {
      quotes.push({ content: { start: open + 1, end: block.end }, open, close: null, group });
      continuing = true;
    } else {
      continuing = false;
    }
  }
  return quotes;
}
