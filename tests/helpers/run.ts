// Running a document through the pipeline in memory, and the CLI as a user would.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { createDoc, type Doc } from "../../pipeline/doc.js";
import { loadLexicons } from "../../pipeline/lexicons/load.js";
import { createPipeline } from "../../pipeline/pipeline.js";
import { packageRoot } from "../../pipeline/paths.js";

export const lexicons = loadLexicons();
export const pipeline = createPipeline(undefined, { lexicons });

export function runText(text: string | Uint8Array, source = "test.txt"): Doc {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const sha = createHash("sha256").update(bytes).digest("hex");
  return pipeline.run(createDoc(source, bytes, "0123456789abcdef", sha));
}

export const slice = (doc: Doc, span: { start: number; end: number } | null) => (span === null ? null : doc.text.slice(span.start, span.end));

export function cli(args: string[], cwd = packageRoot) {
  const result = spawnSync(process.execPath, [join(packageRoot, "bin", "claimset.js"), ...args], { cwd, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
