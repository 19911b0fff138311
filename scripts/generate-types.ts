// Writes pipeline/schema/rows.gen.ts from the table schemas.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../pipeline/paths.js";
import { generateRowTypes } from "../pipeline/schema/typegen.js";

const target = join(packageRoot, "pipeline", "schema", "rows.gen.ts");
writeFileSync(target, generateRowTypes());
process.stdout.write(`wrote ${target}\n`);
