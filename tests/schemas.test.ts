// The schemas are the single source: the generated row types are current, every table's columns
// come from its schema in every format, and the pipeline's stage list is consistent.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkRequirements, stages } from "../pipeline/pipeline.js";
import { packageRoot } from "../pipeline/paths.js";
import { arrowLayout } from "../pipeline/schema/arrow-schema.js";
import { generateRowTypes } from "../pipeline/schema/typegen.js";
import { DATA_TABLES, loadTables } from "../pipeline/schema/tables.js";
import type { Stage } from "../pipeline/stage.js";

const tables = loadTables();

describe("schemas", () => {
  it("pipeline/schema/rows.gen.ts is what the schemas generate (run `npm run generate` after a schema change)", () => {
    expect(readFileSync(join(packageRoot, "pipeline", "schema", "rows.gen.ts"), "utf8")).toBe(generateRowTypes());
  });

  it("give every table an Arrow field per schema field, nullable exactly where the schema allows null", () => {
    for (const name of DATA_TABLES) {
      const layout = arrowLayout(tables[name]);
      expect(layout.schema.fields.map((f) => f.name)).toEqual(tables[name].fields.map((f) => f.name));
      for (const field of tables[name].fields) {
        expect(layout.schema.fields.find((f) => f.name === field.name)!.nullable, `${name}.${field.name}`).toBe(field.nullable);
      }
    }
  });

  it("reject a row with a missing field, a wrong type or an unknown category", () => {
    const claims = tables.claims;
    expect(claims.validate({})).toMatch(/must have required property/);
    const block = { block_id: "0123456789abcdef-b0", doc_id: "0123456789abcdef", index: 0, kind: "body", start: 0, end: 4, raw_start: 0, raw_end: 4, text: "Text" };
    expect(tables.blocks.validate(block)).toBeNull();
    expect(tables.blocks.validate({ ...block, kind: "sidebar" })).toMatch(/allowed values/);
    expect(tables.blocks.validate({ ...block, start: 1.5 })).toMatch(/integer/);
  });
});

describe("stage list", () => {
  it("meets every stage's requirements from the stages before it", () => expect(() => checkRequirements(stages)).not.toThrow());
  it("refuses a stage whose requirement nothing provides", () => {
    const orphan: Stage = { name: "orphan", requires: ["claims"], provides: [], run: (doc) => doc };
    expect(() => checkRequirements([orphan])).toThrow(/orphan requires claims/);
  });
});
