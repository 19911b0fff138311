// The contract a user and a consumer's CI rely on: `claimset build` and `claimset validate`, the
// output layout, identical rows in every format, determinism, rejects, exit codes and clear errors.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { build } from "../pipeline/build.js";
import { packageRoot } from "../pipeline/paths.js";
import { DATA_TABLES, loadTables } from "../pipeline/schema/tables.js";
import { fresh, mixedInput } from "./helpers/inputs.js";
import { cli } from "./helpers/run.js";

const seeds = join(packageRoot, "seeds");
const tables = loadTables();
const jsonl = (path: string) => readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));

describe("claimset build on the seeds", () => {
  let out: string;
  let result: ReturnType<typeof cli>;
  beforeAll(() => {
    out = fresh("out");
    result = cli(["build", "--input", seeds, "--out", out]);
  });

  it("exits 0 and writes one file per table and format, rejects and a manifest", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const expected = [...DATA_TABLES.flatMap((t) => ["csv", "jsonl", "arrow", "parquet"].map((f) => `${t}.${f}`)), "rejects.jsonl", "manifest.json", "datapackage.json", "README.md"].sort();
    expect(readdirSync(out).sort()).toEqual(expected);
  });

  it("validate passes on the fresh output", () => {
    const check = cli(["validate", out]);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
  });

  it("holds the same rows in JSONL, CSV and Arrow", () => {
    for (const table of DATA_TABLES) {
      const rows = jsonl(join(out, `${table}.jsonl`));
      const csv = parse(readFileSync(join(out, `${table}.csv`)), { columns: true }) as Record<string, string>[];
      const arrow = tableFromIPC(readFileSync(join(out, `${table}.arrow`)));
      expect(rows.length).toBeGreaterThan(0);
      expect(csv.length).toBe(rows.length);
      expect(arrow.numRows).toBe(rows.length);
      rows.forEach((row, i) => {
        const arrowRow = arrow.get(i)!.toJSON();
        for (const [key, value] of Object.entries(row)) {
          // Dates are Date32 in Arrow: days, read back as milliseconds.
          if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && tables[table].schema.properties[key]?.format === "date") expect(arrowRow[key]).toBe(Date.parse(`${value}T00:00:00Z`));
          else if (typeof value === "string") expect(arrowRow[key]).toBe(value);
          if (typeof value === "number") expect(Number(arrowRow[key])).toBe(value);
          if (typeof value === "boolean") expect(csv[i]![key]).toBe(String(value));
          if (Array.isArray(value)) expect(JSON.parse(csv[i]![key]!)).toEqual(value);
        }
      });
    }
  });

  it("types Arrow columns explicitly: dictionaries for categories, Int32 offsets, Date32 dates", () => {
    const documents = tableFromIPC(readFileSync(join(out, "documents.arrow")));
    const claims = tableFromIPC(readFileSync(join(out, "claims.arrow")));
    const type = (t: typeof claims, name: string) => String(t.schema.fields.find((f) => f.name === name)!.type);
    expect(type(claims, "kind")).toBe("Dictionary<Int32, Utf8>");
    expect(type(claims, "start")).toBe("Int32");
    expect(type(claims, "hedged")).toBe("Bool");
    expect(type(claims, "quantities")).toMatch(/^List<Struct</);
    expect(type(documents, "published")).toBe("Date32<DAY>");
    expect(documents.get(0)!.toJSON().published).toBe(Date.UTC(2023, 9, 10));
  });

  it("writes null as an empty CSV cell and keeps it apart from an empty string", () => {
    const claims = readFileSync(join(out, "claims.csv"), "utf8").split("\n");
    const assertion = claims.find((line) => line.includes(",assertion,"))!;
    expect(assertion).toMatch(/,assertion,,,,,,,,,,false,/);
  });

  it("lists inputs, counts and checksums in the manifest", () => {
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.counts).toEqual({ inputs: 1, documents: 1, rejects: 0, ignored: 0, duplicates: 0 });
    expect(manifest.inputs[0].source).toBe("000_8e9efd90f228f0c0.txt");
    expect(manifest.tables.sentences.rows).toBe(jsonl(join(out, "sentences.jsonl")).length);
    expect(manifest.tables.claims.files.arrow.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("what a killed build leaves behind", () => {
  it("the next build removes an empty temporary folder and a marker left in --out, and keeps the user's files", async () => {
    const out = fresh("leftovers");
    await build({ input: join(packageRoot, "seeds"), out });
    writeFileSync(join(out, "NOTES.md"), "notes of the user\n");
    // A kill right after the temporary folder was made, and one between the swap and the marker's removal.
    const empty = join(dirname(out), `.${basename(out)}.claimset-tmp-killed`);
    mkdirSync(empty);
    writeFileSync(join(out, ".claimset-build"), "1\n");
    await build({ input: join(packageRoot, "seeds"), out });
    expect(existsSync(empty)).toBe(false);
    expect(existsSync(join(out, ".claimset-build"))).toBe(false);
    expect(readFileSync(join(out, "NOTES.md"), "utf8")).toBe("notes of the user\n");
  });
});

describe("claimset validate", () => {
  it("fails on a tampered file, a truncated file and a missing file", async () => {
    const out = fresh("tamper");
    await build({ input: seeds, out });
    const claims = join(out, "claims.jsonl");
    const original = readFileSync(claims, "utf8");
    writeFileSync(claims, original.replace("Hamas launched", "Hamas lAunched"));
    let check = cli(["validate", out]);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/claims\.jsonl: sha256 differs/);

    writeFileSync(claims, original.slice(0, original.length - 10));
    check = cli(["validate", out]);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/claims\.jsonl: \d+ bytes, the manifest says/);

    writeFileSync(claims, original);
    appendFileSync(join(out, "sentences.csv"), "");
    expect(cli(["validate", out]).code).toBe(0);
    writeFileSync(join(out, "blocks.arrow"), "");
    check = cli(["validate", out]);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/blocks\.arrow/);
    expect(check.stderr).not.toMatch(/\n\s+at /);
  });

  it("says so when the folder has no manifest", () => {
    const check = cli(["validate", fresh("empty")]);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/manifest\.json: missing/);
  });
});

describe("determinism", () => {
  it("gives byte-identical output at --concurrency 1 and 8", async () => {
    const input = mixedInput();
    const one = fresh("c1");
    const eight = fresh("c8");
    await build({ input, out: one, concurrency: 1 });
    await build({ input, out: eight, concurrency: 8 });
    for (const file of readdirSync(one).sort()) {
      expect(readFileSync(join(eight, file)).equals(readFileSync(join(one, file))), file).toBe(true);
    }
  });
});

describe("bad input", () => {
  it("builds the good files, rejects each bad one with a reason, and exits 1", () => {
    const input = mixedInput();
    const out = fresh("mixed-out");
    const result = cli(["build", "--input", input, "--out", out]);
    expect(result.code).toBe(1);
    const rejects = jsonl(join(out, "rejects.jsonl"));
    expect(rejects.map((r) => [r.source, r.rule])).toEqual([
      ["blank.txt", "blank-file"],
      ["broken-link.txt", "unreadable-file"],
      ["empty.txt", "empty-file"],
      ["furniture.txt", "no-body-text"],
      ["image.txt", "binary-file"],
    ]);
    for (const reject of rejects) expect(reject.reason).toMatch(/;/);
    const documents = jsonl(join(out, "documents.jsonl"));
    expect(documents.map((d) => d.source)).toEqual(["good.txt", "latin.txt", "nested/second.txt", "zz-copy.txt"]);
    expect(documents[3].duplicate_of).toBe(documents[0].doc_id);
    expect(documents[1]).toMatchObject({ encoding: "windows-1252", text: "The café reopened on Monday.\n" });
    expect(documents[1].diagnostics.map((d: { rule: string }) => d.rule)).toEqual(["encoding-guessed"]);
    const stderr = result.stderr.trim().split("\n");
    expect(stderr).toHaveLength(5);
    expect(stderr[0]).toMatch(/^claimset: blank\.txt: /);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.counts).toEqual({ inputs: 10, documents: 4, rejects: 5, ignored: 1, duplicates: 1 });
    expect(manifest.ignored).toEqual(["notes.md"]);
    expect(cli(["validate", out]).code).toBe(0);
  });
});

describe("input selection and limits", () => {
  it("--ext reads other extensions, and --max-bytes rejects larger files unread", () => {
    const input = mixedInput();
    const out = fresh("ext-out");
    const result = cli(["build", "--input", input, "--out", out, "--ext", "md,txt", "--max-bytes", "1000"]);
    expect(result.code).toBe(1);
    const documents = jsonl(join(out, "documents.jsonl")).map((d) => d.source);
    expect(documents).toContain("notes.md");
    const rejects = jsonl(join(out, "rejects.jsonl"));
    expect(rejects.find((r) => r.source === "good.txt")).toMatchObject({ rule: "file-too-large" });
    expect(rejects.find((r) => r.source === "good.txt").reason).toMatch(/--max-bytes/);
  });
});

describe("CSV safe for spreadsheets", () => {
  it("neutralizes formula-like text cells in CSV only, unless asked not to", () => {
    const input = fresh("formula-in");
    writeFileSync(join(input, "a.txt"), "=HYPERLINK(\"http://x\",\"click\") was posted on Monday.\n\n-5 degrees was the low.\n");
    for (const guard of [true, false]) {
      const out = fresh("formula-out");
      const result = cli(["build", "--input", input, "--out", out, ...(guard ? [] : ["--no-csv-formula-guard"])]);
      expect(result.code).toBe(0);
      const csv = readFileSync(join(out, "sentences.csv"), "utf8");
      const jsonl = readFileSync(join(out, "sentences.jsonl"), "utf8");
      expect(jsonl).toMatch(/"text":"=HYPERLINK/);
      expect(jsonl).toMatch(/"text":"-5 degrees/);
      if (guard) {
        expect(csv).toMatch(/,"'=HYPERLINK/);
        expect(csv).toMatch(/,'-5 degrees/);
      } else {
        expect(csv).toMatch(/,"=HYPERLINK/);
        expect(csv).not.toMatch(/'-5 degrees/);
      }
      expect(cli(["validate", out]).code).toBe(0);
    }
  });
});

describe("usage errors", () => {
  const usage = (args: string[], message: RegExp) => {
    const result = cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  };
  it("a missing input folder", () => usage(["build", "--input", "/nonexistent/folder", "--out", fresh("x")], /input folder .* does not exist/));
  it("an unknown format", () => usage(["build", "--formats", "csv,xml", "--out", fresh("x")], /--formats/));
  it("an output folder inside the input folder", () => usage(["build", "--input", seeds, "--out", join(seeds, "out")], /inside the input folder/));
  it("an output folder that contains the input", () => usage(["build", "--input", seeds, "--out", packageRoot], /contains the input folder/));
  it("an unknown command", () => usage(["frobnicate"], /Unknown argument|name a command/));
  it("--help on every command", () => {
    for (const args of [["--help"], ["build", "--help"], ["validate", "--help"]]) {
      const result = cli(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/claimset/);
    }
  });
});
