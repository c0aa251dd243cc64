/**
 * The SQL workbench's address carries everything needed to reopen a query: the snapshot, and
 * either the reader's own SQL (`sql=`, run only when the reader presses Run) or one of the site's
 * named queries with its parameters (`query=` and `param.<name>=`, which the workbench may run at
 * once: the SQL is the site's own, and the parameters become literals). Chart settings travel in
 * the same address. Shared by the charts' "open in SQL workbench" links and the workbench.
 */
import type { ParamValue } from "./bind.ts";

export interface WorkbenchState {
  snapshot?: string;
  /** A second snapshot loaded beside the first, to compare them. */
  compare?: string;
  /** A reader's SQL. */
  sql?: string;
  /** A named query of the site (src/queries/<name>.sql) and its parameters. */
  query?: string;
  params?: Record<string, ParamValue>;
  /** Quick-chart settings: mark, x, y, colour. */
  chart?: Record<string, string>;
}

export function workbenchUrl(page: string, state: WorkbenchState): string {
  const search = new URLSearchParams();
  if (state.snapshot) search.set("snapshot", state.snapshot);
  if (state.compare) search.set("compare", state.compare);
  if (state.query) search.set("query", state.query);
  for (const [name, value] of Object.entries(state.params ?? {})) search.set(`param.${name}`, String(value));
  if (state.sql) search.set("sql", state.sql);
  for (const [name, value] of Object.entries(state.chart ?? {})) search.set(`chart.${name}`, value);
  const query = search.toString();
  return query ? `${page}?${query}` : page;
}

/**
 * Named queries merged into another, with the parameters that make the other one return the same
 * rows, so that links made before the merge still open the query they named.
 */
const MERGED_QUERIES: Record<string, { query: string; params: Record<string, ParamValue> }> = {
  // The Jiangsu tile grid's query was peers_latest with Jiangsu's cities fixed.
  jiangsu_cities_latest: { query: "peers_latest", params: { parent: "320000", level: "city", kind: "actual" } },
};

/**
 * Parameters a named query gained after links to it were shared, with the value that gives what
 * the query gave before, so that such a link still runs as it did ($year: '' for any year).
 */
const ADDED_PARAMS: Record<string, Record<string, ParamValue>> = {
  peers_latest: { year: "" },
};

export function parseWorkbenchUrl(search: string): WorkbenchState {
  const params = new URLSearchParams(search);
  const state: WorkbenchState = {};
  const snapshot = params.get("snapshot");
  if (snapshot && /^[0-9A-Za-z._-]+$/.test(snapshot)) state.snapshot = snapshot;
  const compare = params.get("compare");
  if (compare && /^[0-9A-Za-z._-]+$/.test(compare)) state.compare = compare;
  const query = params.get("query");
  if (query && /^[a-z0-9_]+$/.test(query)) state.query = query;
  const sql = params.get("sql");
  if (sql) state.sql = sql;
  for (const [key, value] of params) {
    if (key.startsWith("param.")) (state.params ??= {})[key.slice(6)] = value;
    if (key.startsWith("chart.")) (state.chart ??= {})[key.slice(6)] = value;
  }
  const merged = state.query === undefined ? undefined : MERGED_QUERIES[state.query];
  if (merged) {
    state.query = merged.query;
    state.params = { ...state.params, ...merged.params };
  }
  const added = state.query === undefined ? undefined : ADDED_PARAMS[state.query];
  if (added) state.params = { ...added, ...state.params };
  return state;
}
