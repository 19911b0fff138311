// JSON Lines: one row per line, keys in schema order.
import type { Row, Table } from "../schema/tables.js";
import { DrainingFile, type WriterFactory } from "./writer.js";

type LineEncoder = (row: Row) => string;
const encoders = new WeakMap<Table, LineEncoder>();

/**
 * One table's line encoder, built once from its fields: the keys are escaped ahead, and each value
 * goes through JSON.stringify as `JSON.stringify(row in schema order)` would put it (a missing value
 * leaves its key out), without building that reordered object for every row.
 */
function lineEncoder(table: Table): LineEncoder {
  let encode = encoders.get(table);
  if (encode !== undefined) return encode;
  const names = table.fields.map((f) => f.name);
  const keys = names.map((name) => `${JSON.stringify(name)}:`);
  encode = (row) => {
    const values = row as Record<string, unknown>;
    let line = "{";
    let first = true;
    for (let i = 0; i < names.length; i++) {
      const value = values[names[i]!];
      if (value === undefined) continue;
      line += (first ? "" : ",") + keys[i] + JSON.stringify(value);
      first = false;
    }
    return `${line}}\n`;
  };
  encoders.set(table, encode);
  return encode;
}

/** The JSON Lines of some rows. */
export function jsonlText(table: Table, rows: readonly Row[]): string {
  const encode = lineEncoder(table);
  let text = "";
  for (const row of rows) text += encode(row);
  return text;
}

export const openJsonl: WriterFactory = (path, table) => {
  const file = new DrainingFile(path);
  return {
    write: (row) => file.write(jsonlText(table, [row])),
    writeMany: (rows, encoded) => file.write(encoded ?? jsonlText(table, rows)),
    close: () => file.close(),
  };
};
