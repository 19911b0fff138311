// A deterministic synthetic corpus for benchmarks: paragraphs drawn with a seeded generator from
// the seed article, the GUM news texts (when ../shared/eval is there) and the test fixtures, joined
// into articles until the corpus reaches the size asked for. Same seed, same bytes.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/** Articles of `paragraphs` (5–25 by default) paragraphs until `bytes` of UTF-8 text; deterministic for a seed. */
export function syntheticCorpus(bytes: number, seed = 42, paragraphCount: { min: number; max: number } = { min: 5, max: 25 }): string[] {
  const paragraphs = sourceParagraphs();
  const random = seededRandom(seed);
  const articles: string[] = [];
  let size = 0;
  while (size < bytes) {
    const count = paragraphCount.min + Math.floor(random() * (paragraphCount.max - paragraphCount.min + 1));
    const article: string[] = [];
    for (let i = 0; i < count; i++) article.push(paragraphs[Math.floor(random() * paragraphs.length)]!);
    const text = article.join("\n\n") + "\n";
    articles.push(text);
    size += Buffer.byteLength(text);
  }
  return articles;
}

/**
 * The corpus as a folder of article files, a few hundred per subfolder (as archives are laid out):
 * long articles (40–120 paragraphs, about 30 KB), so that 100 MB is a few thousand files.
 */
export function writeCorpusFolder(dir: string, bytes: number, seed = 42): { files: number; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  let total = 0;
  const articles = syntheticCorpus(bytes, seed, { min: 40, max: 120 });
  articles.forEach((text, i) => {
    const folder = join(dir, String(Math.floor(i / 500)).padStart(3, "0"));
    if (i % 500 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `article-${String(i).padStart(6, "0")}.txt`), text);
    total += Buffer.byteLength(text);
  });
  return { files: articles.length, bytes: total };
}
