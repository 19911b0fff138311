// The schema regression gate: the committed lock matches the schemas, and each kind of change asks
// for the version bump it needs, naming the field and the rule.
import { describe, expect, it } from "vitest";
import { checkSchemas, currentLock, readLock, type SchemaLock } from "../pipeline/schema/lock.js";

const clone = (lock: SchemaLock): SchemaLock => JSON.parse(JSON.stringify(lock)) as SchemaLock;

describe("schema lock", () => {
  it("schemas/schemas.lock.json matches the schemas (run `claimset schema-check --update` after a bumped change)", () => {
    expect(checkSchemas(readLock(), currentLock())).toEqual([]);
  });

  const locked = currentLock();
  const change = (edit: (lock: SchemaLock) => void): string[] => {
    const current = clone(locked);
    edit(current);
    return checkSchemas(locked, current);
  };

  it("a renamed field without a major bump fails, naming the field and the rule", () => {
    const problems = change((lock) => {
      const fields = lock.tables.claims!.fields;
      fields.speaker_name = fields.speaker!;
      delete fields.speaker;
    });
    expect(problems.join("\n")).toMatch(/field claims\.speaker was removed or renamed \[removed-field\]: a breaking change; bump the major version/);
  });

  it("the same rename with a major bump asks only for the lock to be updated", () => {
    const problems = change((lock) => {
      const fields = lock.tables.claims!.fields;
      fields.speaker_name = fields.speaker!;
      delete fields.speaker;
      lock.tables.claims!.version = "2.0.0";
    });
    expect(problems).toEqual([expect.stringMatching(/claims\.schema\.json changed and its version was bumped; run `claimset schema-check --update`/)]);
  });

  it("a changed type, a new non-null field and a narrowed category list are breaking", () => {
    expect(change((l) => void (l.tables.blocks!.fields.start!.type = "number")).join()).toMatch(/\[changed-type\]: a breaking change/);
    expect(change((l) => void (l.tables.blocks!.fields.page = { type: "integer", nullable: false })).join()).toMatch(/\[new-required-field\]: a breaking change/);
    expect(change((l) => void (l.tables.claims!.fields.kind!.enum = ["assertion"])).join()).toMatch(/\[narrowed-enum\]: a breaking change/);
  });

  it("a new nullable field or a widened category list needs a minor bump", () => {
    expect(change((l) => void (l.tables.blocks!.fields.page = { type: "integer", nullable: true })).join()).toMatch(/\[new-field\]: an additive change; bump the minor version/);
    expect(change((l) => void l.tables.claims!.fields.kind!.enum!.push("opinion")).join()).toMatch(/\[widened-enum\]: an additive change/);
    expect(change((l) => {
      l.tables.blocks!.fields.page = { type: "integer", nullable: true };
      l.tables.blocks!.version = "1.1.0";
    })).toEqual([expect.stringMatching(/run `claimset schema-check --update`/)]);
  });
});
