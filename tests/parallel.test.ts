// All cores and many machines: the output is byte-identical for any worker count, and shards built
// apart and merged give exactly the files of one build. A worker that dies fails only its own file.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { build, shardOf } from "../pipeline/build.js";
import { merge } from "../pipeline/merge.js";
import { WorkerCrash, WorkerPool, WorkerTimeout } from "../pipeline/parallel/pool.js";
import { packageRoot } from "../pipeline/paths.js";
import { parseShard } from "../pipeline/shard.js";
import { fresh, largerInput } from "./helpers/inputs.js";
import { cli } from "./helpers/run.js";

function expectSameFiles(actual: string, expected: string): void {
  const names = readdirSync(expected).sort();
  expect(readdirSync(actual).sort()).toEqual(names);
  for (const name of names) expect(readFileSync(join(actual, name)).equals(readFileSync(join(expected, name))), name).toBe(true);
}

let input: string;
let single: string;
beforeAll(async () => {
  input = largerInput();
  single = fresh("single");
  await build({ input, out: single, workers: 0 });
}, 120_000);

describe("worker threads", () => {
  it.each([1, 2, 3])("give byte-identical output with --workers %i", async (workers) => {
    const out = fresh(`w${workers}`);
    await build({ input, out, workers, concurrency: 1 });
    expectSameFiles(out, single);
  });
});

describe("shards and merge", () => {
  it.each([1, 3, 7])("N = %i parts merge into the files of one build", async (count) => {
    const parts: string[] = [];
    for (let index = count; index >= 1; index--) {
      const out = fresh(`part${index}of${count}`);
      await build({ input, out, shard: { index, count }, workers: index % 2 });
      parts.push(out);
    }
    const merged = fresh(`merged${count}`);
    await merge({ parts, out: merged });
    expectSameFiles(merged, single);
  });

  it("splits the input by a hash of the relative path, the same on every machine", () => {
    expect(shardOf("nested/second.txt", 7)).toBe(shardOf("nested/second.txt", 7));
    const counts = new Array(7).fill(0);
    for (let i = 0; i < 7000; i++) counts[shardOf(`archive/2024/${i}.txt`, 7) - 1]++;
    for (const n of counts) expect(n).toBeGreaterThan(800);
  });

  it("refuses a merge with a part missing, or a part given twice, in one line", () => {
    const parts = [1, 2, 3].map((index) => {
      const out = fresh(`check${index}`);
      expect(cli(["build", "--input", input, "--out", out, "--shard", `${index}/3`, "--quiet"]).code).toBe(1);
      return out;
    });
    const missing = cli(["merge", "--out", fresh("m1"), parts[0]!, parts[2]!]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^claimset: shard 2 of 3 is missing; pass every part's output folder\n$/);
    const twice = cli(["merge", "--out", fresh("m2"), parts[0]!, parts[0]!, parts[1]!]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/both shard 1\/3/);
    const whole = cli(["merge", "--out", fresh("m3"), single]);
    expect(whole.stderr).toMatch(/is a whole dataset, not a part/);
  });
});

describe("--shard", () => {
  it("takes K/N", () => {
    expect(parseShard("2/7", {})).toEqual({ index: 2, count: 7 });
  });

  it("takes N with the index from a Kubernetes Indexed Job (0-based)", () => {
    expect(parseShard("7", { JOB_COMPLETION_INDEX: "0" })).toEqual({ index: 1, count: 7 });
    expect(parseShard("7", { JOB_COMPLETION_INDEX: "6" })).toEqual({ index: 7, count: 7 });
  });

  it("takes the index of a Slurm array relative to its first task", () => {
    expect(parseShard("4", { SLURM_ARRAY_TASK_ID: "3", SLURM_ARRAY_TASK_MIN: "1" })).toEqual({ index: 3, count: 4 });
    expect(parseShard("4", { SLURM_ARRAY_TASK_ID: "3", SLURM_ARRAY_TASK_MIN: "0" })).toEqual({ index: 4, count: 4 });
  });

  it("takes AWS Batch (0-based) and Grid Engine (1-based) array indexes", () => {
    expect(parseShard("3", { AWS_BATCH_JOB_ARRAY_INDEX: "2" })).toEqual({ index: 3, count: 3 });
    expect(parseShard("3", { SGE_TASK_ID: "2" })).toEqual({ index: 2, count: 3 });
  });

  it.each([
    ["0/3", /outside 1\.\.3/],
    ["4/3", /outside 1\.\.3/],
    ["1/0", /at least 1/],
    ["a/b", /takes K\/N/],
    ["3", /no scheduler index is set/],
  ])("rejects %s with a clear reason", (value, reason) => {
    expect(() => parseShard(value, {})).toThrow(reason);
  });
});

/** A worker script that doubles each task, after `misbehave` (a statement that may crash or hang). */
function doublingWorker(misbehave: string): string {
  const script = join(fresh("worker"), "worker.mjs");
  writeFileSync(script, `import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ id, task }) => { ${misbehave} parentPort.postMessage({ id, result: task * 2 }); });`);
  return script;
}

describe("a worker that dies", () => {
  it("fails only the task it held; the pool replaces it and goes on", async () => {
    const script = doublingWorker(`if (task === "crash") process.exit(7);`);
    const pool = new WorkerPool<number | "crash", number>(2, script);
    try {
      const results = await Promise.allSettled([pool.run(1), pool.run("crash"), pool.run(3), pool.run(4)]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
      expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(WorkerCrash);
      expect(results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []))).toEqual([2, 6, 8]);
      expect(pool.size).toBe(2);
    } finally {
      await pool.close();
    }
  });
});

describe("a worker stuck in a loop", () => {
  it("is stopped at the pool's hard time limit; its task fails with WorkerTimeout and the pool goes on", async () => {
    const script = doublingWorker(`if (task === "loop") for (;;) {}`);
    const pool = new WorkerPool<number | "loop", number>(1, script, null, 300);
    try {
      const results = await Promise.allSettled([pool.run("loop"), pool.run(5)]);
      expect((results[0] as PromiseRejectedResult).reason).toBeInstanceOf(WorkerTimeout);
      expect(results[1]).toEqual({ status: "fulfilled", value: 10 });
    } finally {
      await pool.close();
    }
  });
});

describe("--stdin-jsonl, a map step for Spark or Hadoop Streaming", () => {
  it("writes each input line's rows as {table, row} lines, and a reject for a bad line", () => {
    const lines = [
      JSON.stringify({ id: "wire-1", text: 'The minister said on Tuesday that prices would fall. "We are ready," she added.' }),
      "not json",
      JSON.stringify({ id: "wire-2", text: "The port reopened on Monday after a strike of 11 days." }),
    ];
    const result = spawnSync(process.execPath, [join(packageRoot, "bin", "claimset.js"), "build", "--stdin-jsonl", "--quiet"], { input: lines.join("\n") + "\n", encoding: "utf8" });
    expect(result.status).toBe(1);
    const out = result.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { table: string; row: Record<string, unknown> });
    const documents = out.filter((l) => l.table === "documents");
    expect(documents.map((d) => d.row.source)).toEqual(["wire-1", "wire-2"]);
    expect(out.filter((l) => l.table === "claims").length).toBeGreaterThanOrEqual(3);
    expect(out.filter((l) => l.table === "rejects").map((l) => [l.row.source, l.row.rule])).toEqual([["stdin line 2", "bad-input-line"]]);
    // Rows arrive grouped by document, in input order.
    const firstOfSecond = out.findIndex((l) => l.row.doc_id === documents[1]!.row.doc_id);
    expect(out.slice(0, firstOfSecond).every((l) => l.table === "rejects" || l.row.doc_id === documents[0]!.row.doc_id)).toBe(true);
  });
});
