/**
 * Rows as CSV for readers to download: UTF-8 with a byte-order mark, so that Excel opens Chinese
 * text correctly, and a header row of the query's column names. Used by the charts' downloads (at
 * build time and in the browser) and the SQL workbench's export.
 */
import { stringify } from "csv-stringify/browser/esm/sync";

export function toCsv(rows: Record<string, unknown>[], columns: string[] = Object.keys(rows[0] ?? {})): string {
  const records = rows.map((row) => columns.map((c) => csvCell(row[c])));
  return "\ufeff" + stringify(records, { header: true, columns, record_delimiter: "\r\n" });
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
