// Hostile documents of a given size, for the linear-time checks (`make test`, short) and `make stress`.
export const pathological: Record<string, (bytes: number) => string> = {
  "no punctuation": (n) => "word ".repeat(n / 5),
  "periods": (n) => ". ".repeat(n / 2),
  "quote marks": (n) => '" '.repeat(n / 2),
  "nested brackets": (n) => "(".repeat(n / 2) + ")".repeat(n / 2),
  "abbreviations": (n) => "U.S. Gen. ".repeat(n / 10),
  "reporting verbs": (n) => "officials said that he said ".repeat(n / 28),
  "commas": (n) => "a, ".repeat(n / 3),
  "one long line": (n) => "The minister said the plan would work. ".repeat(n / 40),
  "pronouns": (n) => "He said it would work. ".repeat(n / 23),
  "unclosed tags": (n) => "<script>".repeat(n / 8),
  "entities": (n) => "&amp;".repeat(n / 5),
  "mojibake": (n) => "Israelâ€™s ".repeat(n / 12),
  "numbers in one sentence": (n) => "it rose 12 and ".repeat(n / 15),
  // A that-only verb and an `according to` with no `that` or comma anywhere after them.
  "findings without that": (n) => "The survey found prices rose according to officials. ".repeat(n / 53),
};

/** Milliseconds for `run` on text of `bytes`, best of `rounds`. */
export function timeIt(run: (text: string) => void, text: string, rounds = 3): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    run(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
