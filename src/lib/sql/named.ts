/**
 * One query interface, two engines: the site's named queries (src/queries/<name>.sql) run with
 * DuckDB on Node at build time (src/lib/server/query.ts) and with DuckDB-WASM in the browser
 * (src/lib/client/engine.ts), over the same released snapshot, with the same parameter binding
 * (bind.ts) and the same rows (rows.ts).
 */
import type { ChartRow } from "../charts/common.ts";
import type { ParamValue } from "./bind.ts";
import type { QueryRow } from "./rows.ts";

/** A row of a named query: the columns every chart query returns, and whatever else it selects. */
export type NamedRow = ChartRow & QueryRow;

export interface QueryEngine {
  /** Rows of src/queries/<name>.sql over snapshot `snapshot`, its named parameters bound. */
  runNamed(snapshot: string, name: string, params: Record<string, ParamValue>): Promise<NamedRow[]>;
}

/** A query's name is its file name: lower-case ASCII, digits and underscores. */
export const QUERY_NAME = /^[a-z0-9_]+$/;

export function checkQueryName(name: string): string {
  if (!QUERY_NAME.test(name)) throw new Error(`bad query name ${JSON.stringify(name)}`);
  return name;
}
