// CSV with a header row in schema order. Lists and structs are JSON text; booleans true/false; null is
// an empty unquoted cell and an empty string a quoted one (""), so readers keep the two apart.
//
// The cells are encoded by `csvLine` below, not by csv-stringify: on our rows csv-stringify spends
// about four times as long per line (options handling and casting per record), and CSV was the
// slowest writer. The encoding is RFC 4180 exactly as csv-stringify produces it with our options,
// which a property test checks against csv-stringify itself (tests/csv-encoding.test.ts).
import { cell, type Row, type Table } from "../schema/tables.js";
import { DrainingFile, type WriterFactory } from "./writer.js";

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

const NEEDS_QUOTES = /[",\n\r]/;

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value !== "string") return String(value);
  if (value === "") return '""';
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV record with its line end. */
export function csvLine(cells: readonly unknown[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? "" : ",") + csvValue(cells[i]);
  return line + "\n";
}

export const csvHeader = (table: Table) => csvLine(table.fields.map((f) => f.name));

/** The CSV lines of some rows, without the header. */
export function csvText(table: Table, rows: readonly Row[], options: CsvOptions = {}): string {
  let text = "";
  for (const row of rows) text += csvLine(csvCells(table, row, options));
  return text;
}

export const openCsv: WriterFactory = (path, table, options = {}) => {
  const file = new DrainingFile(path);
  const header = file.write(csvHeader(table));
  return {
    write: (row) => file.write(csvText(table, [row], options)),
    async writeMany(rows, encoded) {
      await header;
      await file.write(encoded ?? csvText(table, rows, options));
    },
    close: () => file.close(),
  };
};
