// The command line: `claimset build` and `claimset validate`. Bad usage and bad input get one line
// each on stderr, never a stack trace. Exit codes: 0 all inputs became documents (or the folder is
// valid), 1 some inputs were rejected (or the folder is not valid), 2 usage or configuration error.
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { build, DEFAULT_DOC_TIMEOUT_MS, DEFAULT_MAX_BYTES, defaultWorkers, UsageError, type Manifest } from "./build.js";
import { merge } from "./merge.js";
import { parseShard } from "./shard.js";
import { streamJsonl } from "./stream-jsonl.js";
import { FORMATS, type Format } from "./emit/catalog.js";
import { ProgressDisplay, summary } from "./progress.js";
import { writeReport } from "./report/report.js";
import { checkSchemas, currentLock, readLock, updateLock } from "./schema/lock.js";
import { validateOutput } from "./validate-output.js";
import { packageVersion } from "./version.js";

const say = (line: string) => process.stderr.write(`claimset: ${line}\n`);
let debug = false;

function parseFormats(value: string): Format[] {
  const formats = value.split(",").map((f) => f.trim()).filter((f) => f.length > 0);
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) throw new UsageError(`--formats takes a comma-separated list of ${FORMATS.join(", ")}; got "${value}"`);
  return [...new Set(formats)] as Format[];
}

/** Runs a build or a merge with the progress display and the closing summary; the exit code. */
async function withProgress(out: string, quiet: boolean, run: (progress: ProgressDisplay | null) => Promise<Manifest>): Promise<number> {
  const progress = quiet ? null : new ProgressDisplay(process.stderr);
  const started = performance.now();
  const manifest = await run(progress);
  progress?.clear();
  if (!quiet) process.stdout.write(summary(manifest, out, (performance.now() - started) / 1000));
  return manifest.counts.rejects > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  let code = 0;
  await yargs(hideBin(process.argv))
    .scriptName("claimset")
    .usage("$0 <command> [options]\n\nTurns raw news text into validated datasets of documents, blocks, sentences and claims.")
    .command(
      "build",
      "Build the dataset from a folder of article files (*.txt)",
      (y) =>
        y
          .option("input", { type: "string", default: "seeds", describe: "Folder of raw article files, read recursively" })
          .option("out", { type: "string", default: "output", describe: "Folder for the dataset (created if missing)" })
          .option("formats", { type: "string", default: FORMATS.join(","), describe: `Formats to write: ${FORMATS.join(", ")}` })
          .option("concurrency", { type: "number", default: 4, describe: "Files in flight at once, at least eight per worker (output is identical for any value)" })
          .option("workers", { type: "number", default: defaultWorkers(), describe: "Worker threads that process documents, one per core by default; 0 works in the main thread (output is identical for any value)" })
          .option("shard", { type: "string", describe: "Build only part K of N of the input (K/N, K from 1), for claimset merge; N alone takes K from the scheduler (JOB_COMPLETION_INDEX, AWS_BATCH_JOB_ARRAY_INDEX, SLURM_ARRAY_TASK_ID, SGE_TASK_ID)" })
          .option("stdin-jsonl", { type: "boolean", default: false, describe: 'Read {"id","text"} lines from stdin and write {"table","row"} lines to stdout (a map step for Spark or Hadoop Streaming)' })
          .option("ext", { type: "string", default: "txt", describe: "Comma-separated file extensions to read; other files are counted as ignored" })
          .option("max-bytes", { type: "number", default: DEFAULT_MAX_BYTES, describe: "Reject files larger than this many bytes" })
          .option("doc-timeout", { type: "number", default: DEFAULT_DOC_TIMEOUT_MS, describe: "Reject a document that takes longer than this many milliseconds" })
          .option("debug", { type: "boolean", default: false, describe: "Show the stack trace of internal errors" })
          .option("quiet", { type: "boolean", default: false, describe: "No progress and no summary; problems only" })
          .option("csv-formula-guard", { type: "boolean", default: true, describe: "Prefix CSV text cells that start with = + - @ tab or CR with ' so spreadsheets do not run them (--no-csv-formula-guard for analysis-only use)" })
          .example("$0 build --input seeds --out output", "build output/ from seeds/")
          .example("$0 build --input archive --out part-2 --shard 2/7", "build the second of seven parts, for claimset merge"),
      async (argv) => {
        if (argv["stdin-jsonl"]) {
          const counts = await streamJsonl(process.stdin, process.stdout, argv["doc-timeout"]);
          if (!argv.quiet) say(`${counts.documents} documents, ${counts.rejects} rejects`);
          code = counts.rejects > 0 ? 1 : 0;
          return;
        }
        const formats = parseFormats(argv.formats);
        if (!Number.isInteger(argv.concurrency) || argv.concurrency < 1) throw new UsageError(`--concurrency takes a whole number of at least 1; got ${argv.concurrency}`);
        const maxBytes = argv["max-bytes"];
        if (!Number.isInteger(maxBytes) || maxBytes < 1) throw new UsageError(`--max-bytes takes a whole number of bytes; got ${maxBytes}`);
        const extensions = argv.ext.split(",").map((e) => e.trim().replace(/^\.?/, ".").toLowerCase()).filter((e) => e.length > 1);
        if (extensions.length === 0) throw new UsageError(`--ext takes a comma-separated list of extensions such as txt,md; got "${argv.ext}"`);
        const docTimeoutMs = argv["doc-timeout"];
        if (!(docTimeoutMs > 0)) throw new UsageError(`--doc-timeout takes a number of milliseconds above 0; got ${docTimeoutMs}`);
        if (!Number.isInteger(argv.workers) || argv.workers < 0) throw new UsageError(`--workers takes a whole number (0 for none); got ${argv.workers}`);
        const shard = argv.shard === undefined ? undefined : parseShard(argv.shard);
        debug = argv.debug;
        code = await withProgress(argv.out, argv.quiet, (progress) =>
          build({
            input: argv.input, out: argv.out, formats, concurrency: argv.concurrency, workers: argv.workers, shard, extensions, maxBytes, docTimeoutMs, debug,
            csvFormulaGuard: argv["csv-formula-guard"],
            onReject: (line) => { progress?.clear(); say(line); },
            onProgress: (p) => progress?.update(p),
          }),
        );
      },
    )
    .command(
      "merge <parts..>",
      "Join the outputs of build --shard K/N into one dataset, byte-identical to a build on one machine",
      (y) =>
        y
          .positional("parts", { type: "string", array: true, demandOption: true, describe: "The part folders, one per shard, in any order" })
          .option("out", { type: "string", demandOption: true, describe: "Folder for the merged dataset" })
          .option("formats", { type: "string", default: FORMATS.join(","), describe: `Formats to write: ${FORMATS.join(", ")}` })
          .option("quiet", { type: "boolean", default: false, describe: "No progress and no summary; problems only" })
          .example("$0 merge --out dataset part-1 part-2 part-3", "join three parts"),
      async (argv) => {
        code = await withProgress(argv.out, argv.quiet, (progress) =>
          merge({ parts: argv.parts as string[], out: argv.out, formats: parseFormats(argv.formats), onProgress: (p) => progress?.update(p) }),
        );
      },
    )
    .command(
      "validate <dir>",
      "Re-check an output folder: schemas, manifest counts and checksums, identical rows across formats",
      (y) => y.positional("dir", { type: "string", demandOption: true, describe: "The output folder to check" }),
      async (argv) => {
        const problems = await validateOutput(argv.dir);
        for (const problem of problems) say(`${argv.dir}/${problem}`);
        if (problems.length === 0) process.stdout.write(`claimset: ${argv.dir} is valid\n`);
        code = problems.length === 0 ? 0 : 1;
      },
    )
    .command(
      "report",
      "Write report.html into an output folder: the articles with their claims highlighted, and corpus charts",
      (y) => y.option("out", { type: "string", default: "output", describe: "The output folder of a build" }),
      async (argv) => {
        const { path, documents } = await writeReport(argv.out).catch((error: NodeJS.ErrnoException) => {
          throw error.code === "ENOENT" ? new UsageError(`${argv.out} holds no dataset (${error.path ?? "manifest.json"} is missing); run claimset build --out ${argv.out} first`) : error;
        });
        process.stdout.write(`claimset: report of ${documents} documents → ${path}\n`);
      },
    )
    .command(
      "schema-check",
      "Compare the table schemas with schemas/schemas.lock.json: breaking changes need a major version bump, additive ones a minor bump",
      (y) => y.option("update", { type: "boolean", default: false, describe: "Record the schemas in the lock (only when the versions were bumped as the changes require)" }),
      (argv) => {
        const problems = argv.update ? updateLock() : checkSchemas(readLock(), currentLock());
        for (const problem of problems) say(problem);
        if (problems.length === 0) process.stdout.write(argv.update ? "claimset: schemas.lock.json updated\n" : "claimset: schemas match schemas.lock.json\n");
        code = problems.length === 0 ? 0 : 1;
      },
    )
    .demandCommand(1, "name a command: build, merge, validate, report or schema-check (see --help)")
    .strict()
    .version(packageVersion)
    .help()
    .alias("h", "help")
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    })
    .parseAsync();
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      say(`${error.message}`);
      process.exitCode = 2;
      return;
    }
    // A bug, not bad input: one line, and the stack with --debug.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    say(`internal error: ${message}; this is a claimset bug, please report it (run with --debug for the stack)`);
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 3;
  },
);
