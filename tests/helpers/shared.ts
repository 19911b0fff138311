// Access to ../shared/eval beside the project. Tests that need it skip with a clear message when it
// is missing (CI has it).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../pipeline/paths.js";

export const sharedEval = join(packageRoot, "..", "shared", "eval");
export const hasSharedEval = existsSync(sharedEval);
export const sharedEvalMissing = `../shared/eval not found beside the project (${sharedEval}); skipping tests that score against gold data`;
if (!hasSharedEval) process.stderr.write(`${sharedEvalMissing}\n`);
