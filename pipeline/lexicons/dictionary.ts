// English words from the `an-array-of-english-words` package (275,000 lowercase words, inflected forms
// included): a capitalised word no dictionary holds is most likely a name (`Soundwave`, `Nvidia`).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const PACKAGE = "an-array-of-english-words";

export interface Dictionary {
  /** `package@version`, for the manifest's lexicon hash. */
  source: string;
  /** Whether the lowercase word is an English word. */
  has(word: string): boolean;
}

/** The dictionary, read on its first lookup (most runs of a short text never look). */
export function englishDictionary(): Dictionary {
  const require = createRequire(import.meta.url);
  const version = (JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), "utf8")) as { version: string }).version;
  let words: string[] | null = null;
  return {
    source: `${PACKAGE}@${version}`,
    has(word: string): boolean {
      // The package's list is sorted, so a binary search keeps it as one array (10 MB, not a set's 20).
      words ??= JSON.parse(readFileSync(require.resolve(PACKAGE), "utf8")) as string[];
      let low = 0;
      let high = words.length - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const here = words[middle]!;
        if (here === word) return true;
        if (here < word) low = middle + 1;
        else high = middle - 1;
      }
      return false;
    },
  };
}
