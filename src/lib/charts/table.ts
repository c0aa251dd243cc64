/**
 * A chart's data as a table of display strings, the same at build time (Chart.astro) and in the
 * browser (redrawing the table after a control changes the query): one row per figure with its
 * label, period, the figure as printed with its qualifier, and the source's title.
 */
import { printed, type ChartRow } from "./common.ts";

export interface DataTable {
  head: string[];
  body: string[][];
  /** Which columns hold figures (right-aligned). */
  numeric: boolean[];
}

type Row = Partial<Record<keyof ChartRow, unknown>> & Record<string, unknown>;

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** `head` names the columns; `labelHead` names the first (系列, 地区 …). */
export function chartTable(rows: Row[], labelHead = "名称"): DataTable {
  return {
    head: [labelHead, "时间", "数值", "来源"],
    body: rows.map((r) => [
      text(r.label),
      text(r.period),
      printed({ value_as_printed: text(r.value_as_printed), qualifier: text(r.qualifier) }),
      text(r.source_title),
    ]),
    numeric: [false, false, true, false],
  };
}
