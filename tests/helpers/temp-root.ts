// Every test that writes files makes its folders under the system's temporary folder. One folder per
// run, set as TMPDIR before the test workers start, holds them all, and is removed when the run ends:
// a run leaves nothing behind, however a test ends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "claimset-tests-"));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
