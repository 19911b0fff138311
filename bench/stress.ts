// `make stress`: the long versions of the robustness checks, with figures. Pathological documents
// at 1 MB and 8 MB (and one 20 MB line), timed through the whole pipeline; then the kill test with
// many more rounds (run through vitest with KILL_ROUNDS).
import { spawnSync } from "node:child_process";
import { createDoc } from "../pipeline/doc.js";
import { createPipeline } from "../pipeline/pipeline.js";
import { packageRoot } from "../pipeline/paths.js";
import { pathological, timeIt } from "./pathological.js";

const pipeline = createPipeline();
const run = (text: string) => pipeline.run(createDoc("x.txt", new TextEncoder().encode(text), "0000000000000000", "0"));
const MB = 1024 * 1024;

console.log("pathological documents, best of 2 (ms at 1 MB, ms at 8 MB, ratio; linear is 8, quadratic 64):");
let worst = 0;
for (const [name, make] of Object.entries(pathological)) {
  const small = timeIt(run, make(MB), 2);
  const large = timeIt(run, make(8 * MB), 2);
  worst = Math.max(worst, large / small);
  console.log(`  ${name.padEnd(18)} ${small.toFixed(0).padStart(7)} ${large.toFixed(0).padStart(8)}   ${(large / small).toFixed(1)}`);
}
const line = "word ".repeat((20 * MB) / 5);
console.log(`  one 20 MB line     ${timeIt(run, line, 1).toFixed(0)} ms`);
console.log(`worst ratio: ${worst.toFixed(1)}`);

const rounds = Number(process.env.KILL_ROUNDS ?? 40);
console.log(`\nkill test: ${rounds} rounds of SIGKILL/SIGTERM/SIGINT at random points`);
const result = spawnSync("npx", ["vitest", "run", "tests/robustness.test.ts", "-t", "killed at random points"], {
  cwd: packageRoot,
  env: { ...process.env, KILL_ROUNDS: String(rounds) },
  encoding: "utf8",
});
const summary = (result.stdout + result.stderr).split("\n").filter((l) => /Tests|✓|×/.test(l)).join("\n");
console.log(summary.replace(/\u001b\[[0-9;]*m/g, ""));
process.exitCode = result.status ?? 1;
