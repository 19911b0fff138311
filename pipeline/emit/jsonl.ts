// JSON Lines: one row per line, keys in schema order.
import { inSchemaOrder, type Row, type Table } from "../schema/tables.js";
import { DrainingFile, type WriterFactory } from "./writer.js";

/** The JSON Lines of some rows. */
export function jsonlText(table: Table, rows: readonly Row[]): string {
  let text = "";
  for (const row of rows) text += JSON.stringify(inSchemaOrder(table, row)) + "\n";
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
