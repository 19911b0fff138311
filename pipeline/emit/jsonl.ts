// JSON Lines: one row per line, keys in schema order.
import { inSchemaOrder } from "../schema/tables.js";
import { DrainingFile, type WriterFactory } from "./writer.js";

export const openJsonl: WriterFactory = (path, table) => {
  const file = new DrainingFile(path);
  return {
    write: (row) => file.write(JSON.stringify(inSchemaOrder(table, row)) + "\n"),
    close: () => file.close(),
  };
};
