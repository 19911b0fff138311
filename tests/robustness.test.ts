// Robust under faults and hostile input: a killed build never leaves a half-written dataset, rules
// take time linear in the text, a slow document is rejected instead of hanging the build, and the
// tool reads and writes only where it was told. Short versions; `make stress` runs longer ones.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { pathological, timeIt } from "../bench/pathological.js";
import { seededRandom } from "../bench/corpus.js";
import { build } from "../pipeline/build.js";
import { createDoc } from "../pipeline/doc.js";
import { packageRoot } from "../pipeline/paths.js";
import { createPipeline, stages } from "../pipeline/pipeline.js";
import { validateOutput } from "../pipeline/validate-output.js";
import { cli, lexicons, pipeline } from "./helpers/run.js";

const fresh = (prefix: string) => mkdtempSync(join(tmpdir(), `claimset-${prefix}-`));
const fixtureTexts = readdirSync(join(packageRoot, "tests", "fixtures"))
  .filter((d) => existsSync(join(packageRoot, "tests", "fixtures", d, "input.txt")))
  .map((d) => readFileSync(join(packageRoot, "tests", "fixtures", d, "input.txt"), "utf8"));

/** A folder of `count` articles made from the fixtures, distinct per `variant`. */
function corpus(count: number, variant: string): string {
  const dir = fresh(`corpus-${variant}`);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `a${String(i).padStart(3, "0")}.txt`), `${fixtureTexts[i % fixtureTexts.length]}\n\n${variant} article ${i} ends here.\n`);
  return dir;
}

/** Every file of a folder with its bytes. */
function snapshot(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name)).toString("base64")]));
}

function runAndKill(args: string[], delayMs: number, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(packageRoot, "bin", "claimset.js"), ...args], { stdio: "ignore" });
    const timer = setTimeout(() => child.kill(signal), delayMs);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe("atomic publish", () => {
  it("a build killed at random points leaves the previous or the new dataset, whole, and nothing partial", async () => {
    const inputs = { A: corpus(60, "A"), B: corpus(60, "B") };
    const references: Record<string, Map<string, string>> = {};
    for (const name of ["A", "B"] as const) {
      const out = fresh(`ref-${name}`);
      await build({ input: inputs[name], out });
      writeFileSync(join(out, "NOTES.md"), "notes of the user\n");
      references[name] = snapshot(out);
    }
    const out = fresh("killed");
    await build({ input: inputs.A, out });
    writeFileSync(join(out, "NOTES.md"), "notes of the user\n");
    let current: "A" | "B" = "A";
    let interrupted = 0;
    const random = seededRandom(Number(process.env.KILL_SEED ?? 11));
    const rounds = Number(process.env.KILL_ROUNDS ?? 6);
    const signals: NodeJS.Signals[] = ["SIGKILL", "SIGTERM", "SIGINT"];
    for (let round = 0; round < rounds; round++) {
      const next = current === "A" ? "B" : "A";
      await runAndKill(["build", "--input", inputs[next], "--out", out], 150 + Math.floor(random() * 900), signals[round % signals.length]!);
      const now = snapshot(out);
      const same = (ref: Map<string, string>) => JSON.stringify([...ref]) === JSON.stringify([...now]);
      expect(same(references[current]!) || same(references[next]!), `round ${round}: ${[...now.keys()].join(", ")}`).toBe(true);
      if (same(references[next]!)) current = next;
      else interrupted++;
      expect(await validateOutput(out)).toEqual([]);
    }
    // The kills must land while builds run, or the test proves nothing.
    expect(interrupted).toBeGreaterThan(0);
    // Whatever the last kill left beside --out (this build's own only: other runs share the
    // parent folder) is cleared by the next build, which publishes whole.
    await build({ input: inputs[current], out });
    expect(snapshot(out)).toEqual(references[current]);
    expect(readdirSync(join(out, "..")).filter((n) => n.startsWith(`.${basename(out)}.claimset-`))).toEqual([]);
  }, 120_000);
});

describe("linear time", () => {
  const run = (text: string) => pipeline.run(createDoc("x.txt", new TextEncoder().encode(text), "0000000000000000", "0"));
  for (const [name, make] of Object.entries(pathological)) {
    it(`${name}: 8x the text takes well under 64x the time`, () => {
      run(make(4096));
      // Small and large runs take turns, so a burst of load on the shared machine slows both.
      let small = Infinity;
      let large = Infinity;
      for (let round = 0; round < 3; round++) {
        small = Math.min(small, timeIt(run, make(32 * 1024), 1));
        large = Math.min(large, timeIt(run, make(256 * 1024), 1));
      }
      // Linear would be 8x; quadratic 64x. Allow noise on a shared machine, never a square.
      expect(large / Math.max(small, 0.5)).toBeLessThan(24);
    });
  }
});

describe("per-document time limit", () => {
  it("rejects a document that runs out of time as doc-timeout, and the others still build", async () => {
    const input = fresh("timeout-in");
    writeFileSync(join(input, "big.txt"), pathological["one long line"]!(8 * 1024 * 1024));
    writeFileSync(join(input, "small.txt"), "The mayor said the bridge would reopen.\n");
    const out = fresh("timeout-out");
    const manifest = await build({ input, out, docTimeoutMs: 400 });
    expect(manifest.counts).toMatchObject({ documents: 1, rejects: 1 });
    const reject = JSON.parse(readFileSync(join(out, "rejects.jsonl"), "utf8").trim());
    expect(reject).toMatchObject({ source: "big.txt", rule: "doc-timeout" });
    expect(reject.reason).toMatch(/--doc-timeout/);
  });
});

describe("internal errors", () => {
  it("a stage that throws becomes an internal-error reject naming the stage", () => {
    const broken = { name: "explode", requires: [], provides: [], run: () => { throw new TypeError("boom"); } };
    const doc = createPipeline([...stages.slice(0, 2), broken], { lexicons }).run(createDoc("x.txt", new TextEncoder().encode("Text."), "0000000000000000", "0"));
    expect(doc.diagnostics.map((d) => [d.rule, d.reason])).toEqual([["internal-error", expect.stringMatching(/stage explode failed \(TypeError: boom\)/)]]);
  });
});

describe("safe paths", () => {
  const seeds = join(packageRoot, "seeds");
  it("refuses --out that is the input folder, inside it, around it, or /, and writes nothing", () => {
    const input = corpus(1, "safe");
    for (const out of [input, join(input, "out"), join(input, ".."), "/"]) {
      const result = cli(["build", "--input", input, "--out", out]);
      expect(result.code, out).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(readdirSync(input)).toEqual(["a000.txt"]);
    expect(existsSync(join(input, "out"))).toBe(false);
  });

  it("refuses an --out holding folders claimset did not write", () => {
    const out = fresh("foreign");
    mkdirSync(join(out, "mine"));
    const result = cli(["build", "--input", seeds, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/holds mine, which claimset did not write/);
    expect(readdirSync(out)).toEqual(["mine"]);
  });

  it("does not follow links out of the input folder, and reads odd file names", async () => {
    const outside = fresh("outside");
    writeFileSync(join(outside, "secret.txt"), "Not for the dataset.\n");
    const input = fresh("odd-names");
    symlinkSync(join(outside, "secret.txt"), join(input, "link.txt"));
    copyFileSync(join(seeds, "000_8e9efd90f228f0c0.txt"), join(input, "with space.txt"));
    writeFileSync(join(input, "line\nbreak.txt"), "The mayor said the bridge would reopen.\n");
    writeFileSync(Buffer.concat([Buffer.from(input + "/caf"), Buffer.from([0xe9]), Buffer.from(".txt")]), "The café reopened.\n");
    const out = fresh("odd-out");
    const manifest = await build({ input, out });
    expect(manifest.inputs.map((i) => [i.source, i.status])).toEqual([
      ["caf\\xe9.txt", "document"],
      ["line\\x0abreak.txt", "document"],
      ["link.txt", "rejected"],
      ["with space.txt", "document"],
    ]);
    const reject = JSON.parse(readFileSync(join(out, "rejects.jsonl"), "utf8").trim());
    expect(reject).toMatchObject({ source: "link.txt", rule: "link-outside-input" });
    expect(readFileSync(join(out, "documents.jsonl"), "utf8")).not.toMatch(/Not for the dataset/);
    expect(await validateOutput(out)).toEqual([]);
  });
});
