// The dataset as users load it: every table in every format with DuckDB and polars (and pandas where
// Debian's python3-pandas is installed). Same rows, same aggregates, the types users should get, and
// null kept apart from the empty string.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import pl from "nodejs-polars";
import { beforeAll, describe, expect, it } from "vitest";
import { build } from "../pipeline/build.js";
import { tableFromIPC } from "apache-arrow";
import { ARROW_BATCH_ROWS, openArrow } from "../pipeline/emit/arrow.js";
import { openCsv } from "../pipeline/emit/csv.js";
import { openParquet } from "../pipeline/emit/parquet.js";
import { packageRoot } from "../pipeline/paths.js";
import { duckdbColumnsArgument } from "../pipeline/schema/sql-types.js";
import { DATA_TABLES, loadTables } from "../pipeline/schema/tables.js";

const tables = loadTables();
let out: string;
let duck: DuckDBConnection;

const rows = async (sql: string) => (await duck.runAndReadAll(sql)).getRowObjectsJson();
const csvSource = (table: (typeof DATA_TABLES)[number]) =>
  `read_csv('${join(out, `${table}.csv`)}', header=true, columns=${duckdbColumnsArgument(tables[table], "csv")}, allow_quoted_nulls=false)`;
const sources = (table: (typeof DATA_TABLES)[number]) => ({
  csv: csvSource(table),
  jsonl: `read_json('${join(out, `${table}.jsonl`)}', format='newline_delimited', columns=${duckdbColumnsArgument(tables[table], "jsonl")})`,
  parquet: `read_parquet('${join(out, `${table}.parquet`)}')`,
});

beforeAll(async () => {
  const input = mkdtempSync(join(tmpdir(), "claimset-consumers-in-"));
  const fixtures = join(packageRoot, "tests", "fixtures");
  for (const name of readdirSync(fixtures)) {
    if (existsSync(join(fixtures, name, "input.txt"))) copyFileSync(join(fixtures, name, "input.txt"), join(input, `${name}.txt`));
  }
  out = mkdtempSync(join(tmpdir(), "claimset-consumers-out-"));
  await build({ input, out });
  duck = await (await DuckDBInstance.create(":memory:")).connect();
});

describe("DuckDB", () => {
  it("reads every table from CSV, JSONL and Parquet with the same rows", async () => {
    for (const table of DATA_TABLES) {
      const counts = [];
      for (const [format, source] of Object.entries(sources(table))) {
        const [{ n }] = (await rows(`SELECT count(*)::INTEGER AS n FROM ${source}`)) as [{ n: number }];
        counts.push([format, n]);
      }
      expect(new Set(counts.map(([, n]) => n)).size, `${table}: ${JSON.stringify(counts)}`).toBe(1);
    }
  });

  it("gives the same claims per kind and sentences per document in every format", async () => {
    for (const query of [
      (s: string) => `SELECT kind::VARCHAR AS k, count(*)::INTEGER AS n FROM ${s} GROUP BY 1 ORDER BY 1`,
    ]) {
      const results = await Promise.all(Object.values(sources("claims")).map((s) => rows(query(s))));
      expect(results[1]).toEqual(results[0]);
      expect(results[2]).toEqual(results[0]);
    }
    const perDoc = (s: string) => `SELECT doc_id, count(*)::INTEGER AS n FROM ${s} GROUP BY 1 ORDER BY 1`;
    const results = await Promise.all(Object.values(sources("sentences")).map((s) => rows(perDoc(s))));
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it("gets the intended column types from Parquet", async () => {
    const described = Object.fromEntries(
      ((await rows(`DESCRIBE SELECT * FROM ${sources("claims").parquet}`)) as { column_name: string; column_type: string }[]).map((r) => [r.column_name, r.column_type]),
    );
    expect(described).toMatchObject({ start: "INTEGER", hedged: "BOOLEAN", hedges: "VARCHAR[]", text: "VARCHAR" });
    expect(described.quantities).toMatch(/^STRUCT\(.*"value" DOUBLE.*\)\[\]$/);
    const documents = Object.fromEntries(
      ((await rows(`DESCRIBE SELECT * FROM ${sources("documents").parquet}`)) as { column_name: string; column_type: string }[]).map((r) => [r.column_name, r.column_type]),
    );
    expect(documents.published).toBe("DATE");
  });

  it("keeps null apart from the empty string in CSV", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimset-nulls-"));
    const writer = openCsv(join(dir, "blocks.csv"), tables.blocks);
    await writer.write({ block_id: "0123456789abcdef-b0", doc_id: "0123456789abcdef", index: 0, kind: "body", start: 0, end: 0, raw_start: 0, raw_end: 0, text: "" });
    await writer.close();
    const [row] = (await rows(`SELECT text = '' AS empty, text IS NULL AS missing FROM read_csv('${join(dir, "blocks.csv")}', header=true, columns=${duckdbColumnsArgument(tables.blocks, "csv")}, allow_quoted_nulls=false)`)) as [{ empty: boolean; missing: boolean }];
    expect(row).toEqual({ empty: true, missing: false });
    const [nulls] = (await rows(`SELECT count(*)::INTEGER AS n FROM ${sources("claims").csv} WHERE speaker IS NULL AND kind = 'assertion'`)) as [{ n: number }];
    expect(nulls.n).toBeGreaterThan(0);
  });
});

describe("polars", () => {
  it("reads Arrow IPC, Parquet and CSV with the same rows and categoricals back", () => {
    for (const table of DATA_TABLES) {
      const ipc = pl.readIPC(readFileSync(join(out, `${table}.arrow`)));
      const parquet = pl.readParquet(readFileSync(join(out, `${table}.parquet`)));
      const csv = pl.readCSV(readFileSync(join(out, `${table}.csv`), "utf8"));
      expect(parquet.height).toBe(ipc.height);
      expect(csv.height).toBe(ipc.height);
    }
    const claims = pl.readIPC(readFileSync(join(out, "claims.arrow")));
    const parquet = pl.readParquet(readFileSync(join(out, "claims.parquet")));
    for (const frame of [claims, parquet]) {
      expect(String(frame.schema.kind)).toBe("DataType(Categorical)");
      expect(String(frame.schema.start)).toBe("DataType(Int32)");
      expect(String(frame.schema.hedged)).toBe("DataType(Bool)");
    }
    const perKind = (frame: pl.DataFrame) => frame.groupBy("kind").len().sort("kind").toRecords().map((r) => [String(r.kind), Number(r.len ?? r.count)]);
    expect(perKind(parquet)).toEqual(perKind(claims));
    expect(String(pl.readIPC(readFileSync(join(out, "documents.arrow"))).schema.published)).toBe("DataType(Date)");
  });
});

describe("Arrow batches", () => {
  it("a file of several batches shares one dictionary and reads in apache-arrow and polars", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimset-batches-"));
    const kinds = ["body", "caption", "credit", "headline"];
    const count = ARROW_BATCH_ROWS * 2 + 100;
    for (const [format, open] of [["arrow", openArrow], ["parquet", openParquet]] as const) {
      const writer = open(join(dir, `blocks.${format}`), tables.blocks);
      for (let i = 0; i < count; i++) {
        await writer.write({ block_id: `0123456789abcdef-b${i}`, doc_id: "0123456789abcdef", index: i, kind: kinds[i % 4], start: i, end: i + 1, raw_start: i, raw_end: i + 1, text: "x" });
      }
      await writer.close();
    }
    const arrow = tableFromIPC(readFileSync(join(dir, "blocks.arrow")));
    expect(arrow.batches.length).toBe(3);
    expect(arrow.numRows).toBe(count);
    expect(arrow.get(count - 1)!.toJSON().kind).toBe(kinds[(count - 1) % 4]);
    const frame = pl.readIPC(readFileSync(join(dir, "blocks.arrow")));
    expect(frame.height).toBe(count);
    expect(frame.getColumn("kind").cast(pl.Utf8).toArray().slice(0, 4)).toEqual(kinds);
    expect(pl.readParquet(readFileSync(join(dir, "blocks.parquet"))).height).toBe(count);
  });
});

const pandas = spawnSync("python3", ["-c", "import pandas"], { encoding: "utf8" }).status === 0;
describe.skipIf(!pandas)(`pandas${pandas ? "" : " (python3-pandas not installed here; skipped)"}`, () => {
  it("reads CSV and JSONL with the same rows", () => {
    const script = `
import pandas as pd, sys, json
out = sys.argv[1]
counts = {}
for t in ["documents", "blocks", "sentences", "claims"]:
    a = pd.read_csv(f"{out}/{t}.csv", keep_default_na=False, na_values=[])
    b = pd.read_json(f"{out}/{t}.jsonl", lines=True)
    counts[t] = [len(a), len(b)]
print(json.dumps(counts))`;
    const counts = JSON.parse(execFileSync("python3", ["-c", script, out], { encoding: "utf8" })) as Record<string, [number, number]>;
    for (const [table, [csv, jsonl]] of Object.entries(counts)) expect(csv, table).toBe(jsonl);
  });
});
