/**
 * A chart's data table as display strings: what a reader without the picture (or without sight)
 * gets instead. Built from the chart query's rows, at build time and again in the browser after a
 * control changes the query.
 */
import { displayValue } from "../data/format.ts";

export interface ChartTable {
  head: string[];
  body: string[][];
}

export function chartTable(rows: Record<string, unknown>[]): ChartTable {
  return {
    head: ["项目", "时间", "数值", "来源"],
    body: rows.map((r) => [
      String(r.label ?? r.series ?? r.region_name ?? r.region ?? ""),
      String(r.period ?? ""),
      displayValue(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null || v === undefined ? "" : String(v)]))),
      String(r.source_title ?? ""),
    ]),
  };
}
