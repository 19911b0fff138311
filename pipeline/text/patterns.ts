// Building regexes from lexicon entries: escaped, longest first so that alternation prefers the
// longest phrase, and bounded by word edges.
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function alternation(items: Iterable<string>): string {
  return [...items].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegex).join("|");
}

/** Matches any of the phrases as whole words (letters or digits do not continue on either side). */
export function phrasePattern(items: Iterable<string>, flags = "giu"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(items)})(?![\\p{L}\\p{N}])`, flags);
}
