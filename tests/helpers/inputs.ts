// Input folders for build tests: good articles beside one file of each bad kind.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../../pipeline/paths.js";

const seeds = join(packageRoot, "seeds");

export const fresh = (prefix: string) => mkdtempSync(join(tmpdir(), `claimset-${prefix}-`));

/** An input folder with good articles and one file of each bad kind. */
export function mixedInput(): string {
  const dir = fresh("mixed-in");
  copyFileSync(join(seeds, "000_8e9efd90f228f0c0.txt"), join(dir, "good.txt"));
  mkdirSync(join(dir, "nested"));
  writeFileSync(join(dir, "nested", "second.txt"), "PARIS (AFP) - The mayor said on Monday that the bridge would reopen.\n");
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "blank.txt"), "  \n\n \n");
  writeFileSync(join(dir, "image.txt"), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(join(dir, "notes.md"), "ignored: not a .txt file");
  copyFileSync(join(seeds, "000_8e9efd90f228f0c0.txt"), join(dir, "zz-copy.txt"));
  writeFileSync(join(dir, "furniture.txt"), "date 2024-01-05\n\nAdvertisement\n\nReuters\n");
  writeFileSync(join(dir, "latin.txt"), Uint8Array.from([...Buffer.from("The caf"), 0xe9, ...Buffer.from(" reopened on Monday.\n")]));
  symlinkSync(join(dir, "missing-target.txt"), join(dir, "broken-link.txt"));
  return dir;
}

/** The mixed folder plus every fixture article, so that work spreads over several workers and shards. */
export function largerInput(): string {
  const dir = mixedInput();
  const fixtures = join(packageRoot, "tests", "fixtures");
  mkdirSync(join(dir, "fixtures"));
  for (const name of readdirSync(fixtures).sort()) {
    const input = join(fixtures, name, "input.txt");
    if (existsSync(input)) copyFileSync(input, join(dir, "fixtures", `${name}.txt`));
  }
  const gold = join(packageRoot, "tests", "gold");
  for (const name of readdirSync(gold).sort()) {
    const article = JSON.parse(readFileSync(join(gold, name), "utf8")) as { raw: string };
    writeFileSync(join(dir, "fixtures", name.replace(/\.json$/, ".txt")), article.raw);
  }
  writeFileSync(join(dir, "fixtures", "notes.csv"), "also ignored\n");
  return dir;
}
