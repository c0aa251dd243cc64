/**
 * The rows of a chart's own choices, run at build time, so that the browser can redraw the first
 * change at once instead of starting DuckDB-WASM for it. The build already runs every option of
 * every control (src/lib/server/chart-build.ts) to decide which to offer; the rows of those it
 * keeps, and of the chart as built, are written to /charts/<id>/rows.json in this shape: each
 * distinct row once, as an array under `columns`, and each choice (the snapshot and every
 * parameter of the query) as the list of its rows. A choice that is not there (two controls
 * changed, another snapshot) goes to the engine. Pure.
 */
import type { ParamValue } from "../sql/bind.ts";
import type { NamedRow } from "../sql/named.ts";

export interface PrebuiltRows {
  snapshot: string;
  columns: string[];
  rows: unknown[][];
  /** choiceKey(params) → indexes into `rows`, in the query's order. */
  choices: Record<string, number[]>;
}

/** A query's parameters as one key, whatever their order and whether a value is a number or the form's string. */
export function choiceKey(params: Record<string, ParamValue>): string {
  return Object.keys(params)
    .sort()
    .map((key) => `${key}=${String(params[key] ?? "")}`)
    .join("&");
}

/** Packs each choice's rows, every distinct row once. */
export function packRows(snapshot: string, sets: { params: Record<string, ParamValue>; rows: NamedRow[] }[]): PrebuiltRows {
  const columns: string[] = [];
  for (const { rows } of sets) for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const packed: unknown[][] = [];
  const seen = new Map<string, number>();
  const choices: Record<string, number[]> = {};
  for (const { params, rows } of sets) {
    choices[choiceKey(params)] = rows.map((row) => {
      const values = columns.map((c) => row[c] ?? null);
      const key = JSON.stringify(values);
      if (!seen.has(key)) {
        seen.set(key, packed.length);
        packed.push(values);
      }
      return seen.get(key)!;
    });
  }
  return { snapshot, columns, rows: packed, choices };
}

/** The rows of one choice, as the query gives them; undefined when the build did not run it. */
export function prebuiltRows(file: PrebuiltRows, snapshot: string, params: Record<string, ParamValue>): NamedRow[] | undefined {
  if (snapshot !== file.snapshot) return undefined;
  const indexes = file.choices[choiceKey(params)];
  return indexes?.map((i) => Object.fromEntries(file.columns.map((c, j) => [c, file.rows[i]![j]])) as NamedRow);
}
