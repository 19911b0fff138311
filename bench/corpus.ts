// A deterministic synthetic corpus for benchmarks: paragraphs drawn with a seeded generator from
// the seed article, the GUM news texts (when ../shared/eval is there) and the test fixtures, joined
// into articles until the corpus reaches the size asked for. Same seed, same bytes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../pipeline/paths.js";

/** mulberry32: small, fast, and the same everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sourceParagraphs(): string[] {
  const texts: string[] = [];
  const seeds = join(packageRoot, "seeds");
  for (const f of readdirSync(seeds).sort()) if (f.endsWith(".txt")) texts.push(readFileSync(join(seeds, f), "utf8"));
  const fixtures = join(packageRoot, "tests", "fixtures");
  for (const d of readdirSync(fixtures).sort()) {
    const input = join(fixtures, d, "input.txt");
    if (existsSync(input)) texts.push(readFileSync(input, "utf8"));
  }
  const gum = join(packageRoot, "..", "shared", "eval", "gum-news", "segmentation.jsonl");
  if (existsSync(gum)) {
    for (const line of readFileSync(gum, "utf8").split("\n")) if (line) texts.push((JSON.parse(line) as { text: string }).text);
  }
  return texts.flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Articles of 5–25 paragraphs until `bytes` of UTF-8 text; deterministic for a seed. */
export function syntheticCorpus(bytes: number, seed = 42): string[] {
  const paragraphs = sourceParagraphs();
  const random = seededRandom(seed);
  const articles: string[] = [];
  let size = 0;
  while (size < bytes) {
    const count = 5 + Math.floor(random() * 21);
    const article: string[] = [];
    for (let i = 0; i < count; i++) article.push(paragraphs[Math.floor(random() * paragraphs.length)]!);
    const text = article.join("\n\n") + "\n";
    articles.push(text);
    size += Buffer.byteLength(text);
  }
  return articles;
}
