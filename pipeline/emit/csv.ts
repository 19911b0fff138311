// CSV with a header row in schema order. Lists and structs are JSON text; booleans true/false; null is
// an empty unquoted cell and an empty string a quoted one (""), so readers keep the two apart.
import { stringify } from "csv-stringify/sync";
import { cell, type Row, type Table } from "../schema/tables.js";
import { DrainingFile, type WriterFactory } from "./writer.js";

const options = { quoted_match: /^$/, cast: { boolean: (value: boolean) => (value ? "true" : "false") } };

/**
 * A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading apostrophe, as OWASP recommends for CSV injection; numbers are never touched.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
  /** Neutralize formula-like text cells (default true); off for analysis-only use. */
  formulaGuard?: boolean;
}

export function csvCells(table: Table, row: Row, options: CsvOptions = {}): unknown[] {
  const guard = options.formulaGuard ?? true;
  return table.fields.map((field) => {
    const value = cell(row, field.name);
    if (value === null || value === undefined) return null;
    const text = typeof value === "object" ? JSON.stringify(value) : value;
    return guard && typeof text === "string" ? neutralizeFormula(text) : text;
  });
}

export function csvLine(cells: unknown[]): string {
  return stringify([cells], options);
}

export const openCsv: WriterFactory = (path, table, options = {}) => {
  const file = new DrainingFile(path);
  let header = false;
  return {
    async write(row) {
      if (!header) {
        header = true;
        await file.write(csvLine(table.fields.map((f) => f.name)));
      }
      await file.write(csvLine(csvCells(table, row, options)));
    },
    async close() {
      if (!header) await file.write(csvLine(table.fields.map((f) => f.name)));
      await file.close();
    },
  };
};
