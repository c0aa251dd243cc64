/**
 * Rows as both engines hand them to charts, tables and CSV: plain objects of JSON scalars. DuckDB
 * on Node (getRowObjectsJS) and Arrow in the browser (toJSON) both give BIGINT as BigInt and
 * DECIMAL as a double (Node converts it; the browser engine opens with castDecimalToDouble); one
 * conversion here makes them the same, so that a chart redrawn in the browser shows exactly the
 * values the build drew.
 */
export type QueryValue = string | number | boolean | null;
export type QueryRow = Record<string, QueryValue>;

/**
 * A value as a JSON scalar. A BigInt becomes a number when it is exact as one, else its digits as
 * text (a count never silently loses precision). Anything else (a date, a list, a struct) is an
 * error: the site's named queries select text, numbers and booleans only, and a query that
 * returns something else should say so rather than differ between build and browser.
 */
export function plainValue(value: unknown, column = "?"): QueryValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  throw new Error(`column ${column}: a named query returns text, numbers or booleans, not ${Object.prototype.toString.call(value)}`);
}

export function plainRow(row: Record<string, unknown>): QueryRow {
  const plain: QueryRow = {};
  for (const [column, value] of Object.entries(row)) plain[column] = plainValue(value, column);
  return plain;
}
