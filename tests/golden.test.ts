// Output regression: the JSONL output of seeds/ is kept in tests/golden/seeds/. Any change to it
// fails here with a readable, field-by-field diff; `make update-golden` refreshes it on purpose
// (review the diff before committing).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../pipeline/build.js";
import { packageRoot } from "../pipeline/paths.js";
import { DATA_TABLES } from "../pipeline/schema/tables.js";

const golden = join(packageRoot, "tests", "golden", "seeds");
const files = [...DATA_TABLES.map((t) => `${t}.jsonl`), "rejects.jsonl"];

/** The first differing row, field by field, instead of a wall of JSON. */
function readableDiff(expected: string, actual: string): string {
  const want = expected.split("\n").filter(Boolean);
  const got = actual.split("\n").filter(Boolean);
  const lines: string[] = [];
  if (want.length !== got.length) lines.push(`rows: golden ${want.length}, now ${got.length}`);
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === got[i]) continue;
    const a = (want[i] ? JSON.parse(want[i]!) : {}) as Record<string, unknown>;
    const b = (got[i] ? JSON.parse(got[i]!) : {}) as Record<string, unknown>;
    lines.push(`row ${i + 1} (${String(a[Object.keys(a)[0]!] ?? b[Object.keys(b)[0]!])}):`);
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) lines.push(`  ${key}: ${JSON.stringify(a[key])} → ${JSON.stringify(b[key])}`);
    }
    if (lines.length > 40) break;
  }
  return lines.join("\n");
}

describe("golden output of seeds/", () => {
  it("is unchanged (make update-golden refreshes it on purpose)", async () => {
    const out = mkdtempSync(join(tmpdir(), "claimset-golden-"));
    await build({ input: join(packageRoot, "seeds"), out });
    const differences: string[] = [];
    for (const file of files) {
      const actual = readFileSync(join(out, file), "utf8");
      if (process.env.UPDATE_GOLDEN === "1" || !existsSync(join(golden, file))) writeFileSync(join(golden, file), actual);
      const expected = readFileSync(join(golden, file), "utf8");
      if (expected !== actual) differences.push(`${file}:\n${readableDiff(expected, actual)}`);
    }
    expect(differences.join("\n\n"), "the output of seeds/ changed; if that is intended, run `make update-golden` and review the diff").toBe("");
  });
});
