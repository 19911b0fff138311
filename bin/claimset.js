#!/usr/bin/env node
// The compiled CLI lives in dist/; `make dataset` and `make test` build it (npm run build does too).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/pipeline/cli.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("claimset: not compiled yet; run `make dataset` or `npm ci && npm run build` in the project folder\n");
  process.exit(2);
}
await import(entry.href);
