/**
 * Named parameters ($region, $indicator …) turned into numbered ones ($1, $2 …) with their values
 * in order. The chart queries are written with names, which read well; DuckDB-WASM binds prepared
 * statements by position only. Running the same rewritten SQL with DuckDB on Node at build time
 * keeps build and browser on one code path. Names inside strings, quoted identifiers and comments
 * are left alone; a name without a value is an error, so a typo cannot bind NULL silently.
 */
export type ParamValue = string | number | boolean | null;

export interface Bound {
  sql: string;
  values: ParamValue[];
}

// Skipped whole: comments, string literals, quoted identifiers. Captured: $name.
const TOKENS = /--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'|"(?:[^"]|"")*"|\$([A-Za-z_][A-Za-z0-9_]*)/g;

export function bindNamed(sql: string, params: Record<string, ParamValue>): Bound {
  const order: string[] = [];
  const rewritten = sql.replace(TOKENS, (token, name: string | undefined) => {
    if (name === undefined) return token;
    if (!Object.hasOwn(params, name)) throw new Error(`query parameter $${name} has no value`);
    if (!order.includes(name)) order.push(name);
    return `$${order.indexOf(name) + 1}`;
  });
  return { sql: rewritten, values: order.map((name) => params[name]!) };
}

/** The names a query's SQL expects, in order of first use. */
export function parameterNames(sql: string): string[] {
  const names: string[] = [];
  for (const match of sql.matchAll(TOKENS)) if (match[1] && !names.includes(match[1])) names.push(match[1]);
  return names;
}

/** A name written as a quoted SQL identifier ("a""b"), whatever characters it holds. */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A value written as a SQL literal, for a query a reader takes to the workbench (never run here). */
export function sqlLiteral(value: ParamValue): string {
  if (value === null) return "NULL";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The query with its parameters written in as literals: what "open in SQL workbench" carries, so
 * that the reader sees and can edit one self-contained statement.
 */
export function inlineParams(sql: string, params: Record<string, ParamValue>): string {
  return sql.replace(TOKENS, (token, name: string | undefined) => {
    if (name === undefined) return token;
    if (!Object.hasOwn(params, name)) throw new Error(`query parameter $${name} has no value`);
    return sqlLiteral(params[name]!);
  });
}
