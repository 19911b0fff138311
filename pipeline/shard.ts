// `--shard K/N` for running one build as N parts on a cluster. `--shard N` takes K from the
// environment that schedulers give each task of an array or indexed job.
import { UsageError } from "./build.js";

export interface Shard {
  /** From 1 to count. */
  index: number;
  count: number;
}

/** Where schedulers put a task's index: the variable, and the index its first task gets. */
const SCHEDULERS: { variable: string; name: string; first: (env: NodeJS.ProcessEnv) => number }[] = [
  { variable: "JOB_COMPLETION_INDEX", name: "Kubernetes Indexed Job", first: () => 0 },
  { variable: "AWS_BATCH_JOB_ARRAY_INDEX", name: "AWS Batch array job", first: () => 0 },
  { variable: "SLURM_ARRAY_TASK_ID", name: "Slurm job array", first: (env) => Number(env.SLURM_ARRAY_TASK_MIN ?? 0) },
  { variable: "SGE_TASK_ID", name: "Grid Engine array job", first: (env) => Number(env.SGE_TASK_FIRST ?? 1) },
];

const whole = (text: string) => (/^\d+$/.test(text) ? Number(text) : NaN);

export function parseShard(value: string, env: NodeJS.ProcessEnv = process.env): Shard {
  const explicit = /^(\d+)\/(\d+)$/.exec(value.trim());
  let index: number;
  let count: number;
  if (explicit !== null) {
    index = whole(explicit[1]!);
    count = whole(explicit[2]!);
  } else if (/^\d+$/.test(value.trim())) {
    count = whole(value.trim());
    const scheduler = SCHEDULERS.find((s) => env[s.variable] !== undefined && env[s.variable] !== "");
    if (scheduler === undefined) {
      throw new UsageError(`--shard ${value} names only the number of shards, and no scheduler index is set (${SCHEDULERS.map((s) => s.variable).join(", ")}); pass --shard K/N`);
    }
    const raw = whole(env[scheduler.variable]!);
    index = raw - scheduler.first(env) + 1;
    if (!Number.isInteger(index)) throw new UsageError(`${scheduler.variable}=${env[scheduler.variable]} (${scheduler.name}) is not a task index; pass --shard K/N`);
  } else {
    throw new UsageError(`--shard takes K/N (this is part K of N, K from 1) or N (K from the scheduler's environment); got "${value}"`);
  }
  if (!(count >= 1)) throw new UsageError(`--shard ${value}: the number of shards must be at least 1`);
  if (!(index >= 1 && index <= count)) throw new UsageError(`--shard ${value}: part ${index} is outside 1..${count}`);
  return { index, count };
}
