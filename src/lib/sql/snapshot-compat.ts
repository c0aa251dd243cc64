/**
 * Reading a snapshot released before a column existed. Released snapshots never change (the first,
 * 2026-11-23, has no date_basis, target_type or caution), yet the site's queries select the
 * current columns, and charts pinned to an old snapshot must still draw. So when an engine loads a
 * snapshot's table, every column the current schema has and the snapshot lacks is added as NULL of
 * its type: a query reads NULL ("unknown": the chart specs draw such figures as they always did)
 * instead of failing. Nothing is added to the files, and a column the snapshot has is never touched.
 * Pure: the hooks are in src/lib/server/query.ts (DuckDB on Node) and src/lib/client/engine.ts
 * (DuckDB-WASM).
 */
import { tables } from "../data/tables.ts";
import { quoteIdent } from "./bind.ts";

export interface ColumnDef {
  name: string;
  type: string;
}

/**
 * The columns the current schema has, table by table: the CSV tables as src/lib/data/tables.ts
 * declares them, and observations_full as its SQL (src/queries/observations_full.sql, passed in)
 * selects them, each typed as the column it reads (VARCHAR for an expression of several). A test
 * holds this to what DuckDB builds from the same SQL.
 */
export function currentColumns(fullSql: string): Map<string, ColumnDef[]> {
  const schema = new Map<string, ColumnDef[]>(tables.map((t) => [t.name, t.columns.map(({ name, type }) => ({ name, type }))]));
  schema.set("observations_full", selectedColumns(fullSql, schema));
  return schema;
}

/** The output columns of `SELECT a.x, f(b.y) AS z … FROM t AS a JOIN u AS b …`, typed from `schema`. */
function selectedColumns(sql: string, schema: Map<string, ColumnDef[]>): ColumnDef[] {
  const text = sql.replace(/--[^\n]*/g, "");
  const aliases = new Map([...text.matchAll(/\b(?:FROM|JOIN)\s+(\w+)\s+AS\s+(\w+)/gi)].map((m) => [m[2]!, m[1]!]));
  const list = text.slice(text.search(/\bSELECT\b/i) + "SELECT".length, text.search(/\bFROM\b/i));
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const c of list) {
    if (c === "(") depth += 1;
    if (c === ")") depth -= 1;
    if (c === "," && depth === 0) {
      items.push(current);
      current = "";
    } else current += c;
  }
  items.push(current);
  return items
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const name = /\bAS\s+"?(\w+)"?\s*$/i.exec(item)?.[1] ?? /(\w+)\s*$/.exec(item)![1]!;
      const read = /\b(\w+)\.(\w+)\b/.exec(item);
      const column = read ? schema.get(aliases.get(read[1]!) ?? "")?.find((c) => c.name === read[2]) : undefined;
      return { name, type: column?.type ?? "VARCHAR" };
    });
}

/** The columns of `current` that a snapshot's table lacks, in the current order. */
export function missingColumns(snapshot: { name: string }[], current: ColumnDef[]): ColumnDef[] {
  const present = new Set(snapshot.map((c) => c.name));
  return current.filter((c) => !present.has(c.name));
}

const TYPE = /^[A-Z]+$/;

function nullOf(column: ColumnDef): string {
  if (!TYPE.test(column.type)) throw new Error(`unexpected column type ${column.type} for ${column.name}`);
  return `NULL::${column.type}`;
}

/** For a view over the snapshot's file (DuckDB on Node): `*, NULL::VARCHAR AS "date_basis"`. */
export function selectWithNulls(missing: ColumnDef[]): string {
  return ["*", ...missing.map((c) => `${nullOf(c)} AS ${quoteIdent(c.name)}`)].join(", ");
}

/** For a table already created from the snapshot (DuckDB-WASM): statements adding the missing columns. */
export function addColumnStatements(schema: string, table: string, missing: ColumnDef[]): string[] {
  return missing.map((c) => {
    nullOf(c);
    return `ALTER TABLE ${quoteIdent(schema)}.${quoteIdent(table)} ADD COLUMN ${quoteIdent(c.name)} ${c.type}`;
  });
}
