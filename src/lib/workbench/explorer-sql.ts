/**
 * The table explorer's SQL, for readers who do not write SQL: a table, equality filters on its
 * facet columns (region, indicator, period, kind), a sort. Identifiers are quoted and values
 * written as escaped literals, and only columns the table has are accepted, so nothing a reader
 * picks (or a crafted value) can change the statement's shape. The SQL shown is the SQL run.
 */
import { quoteIdent, sqlLiteral } from "../sql/bind.ts";

/** The columns the explorer offers facets for, with a column that names each value, if any. */
export const FACETS: { column: string; label: string; nameColumn?: string }[] = [
  { column: "region", label: "地区", nameColumn: "region_name" },
  { column: "indicator", label: "指标", nameColumn: "indicator_zh" },
  { column: "period", label: "时间" },
  { column: "kind", label: "类型" },
];

export interface ExplorerState {
  table: string;
  /** Facet column → chosen value. */
  filters: Record<string, string>;
  sort?: { column: string; descending: boolean };
}

function check(columns: string[], column: string): string {
  if (!columns.includes(column)) throw new Error(`表中没有列 ${column}`);
  return quoteIdent(column);
}

function where(state: ExplorerState, columns: string[], except?: string): string {
  const conditions = Object.entries(state.filters)
    .filter(([column, value]) => column !== except && value !== "")
    .map(([column, value]) => `${check(columns, column)} = ${sqlLiteral(value)}`);
  return conditions.length ? `\nWHERE ${conditions.join("\n  AND ")}` : "";
}

/** The facets a table has: those of FACETS among its columns. */
export function facetsOf(columns: string[]) {
  return FACETS.filter((f) => columns.includes(f.column)).map((f) => ({
    ...f,
    nameColumn: f.nameColumn && columns.includes(f.nameColumn) ? f.nameColumn : undefined,
  }));
}

/** The rows the filters select, sorted as chosen. */
export function explorerSql(state: ExplorerState, columns: string[]): string {
  const order = state.sort ? `\nORDER BY ${check(columns, state.sort.column)} ${state.sort.descending ? "DESC" : "ASC"} NULLS LAST` : "";
  return `SELECT *\nFROM ${quoteIdent(state.table)}${where(state, columns)}${order}`;
}

/**
 * One facet's values with how many rows each would give, under the other filters (so a reader
 * sees what choosing a value leaves), with a readable name where the table has one.
 */
export function facetSql(state: ExplorerState, columns: string[], facet: string): string {
  const column = check(columns, facet);
  const name = facetsOf(columns).find((f) => f.column === facet)?.nameColumn;
  const label = name ? `any_value(${quoteIdent(name)})` : "NULL";
  return `SELECT ${column}::VARCHAR AS value, ${label}::VARCHAR AS name, count(*) AS n\nFROM ${quoteIdent(state.table)}${where(state, columns, facet)}\nGROUP BY ALL\nORDER BY n DESC, value`;
}
