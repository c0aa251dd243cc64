/**
 * A chart's data as a table of display strings, the same at build time (Chart.astro) and in the
 * browser (redrawing the table after a control changes the query): one row per figure with its
 * label, when it is (its date with what the date rests on, or what kind of target it is), the
 * figure as printed with its qualifier, and the source as cited (citation.ts).
 */
import { citeSource, sourceFromRow } from "../citation.ts";
import { printed, type ChartRow } from "./common.ts";
import { whenLabel } from "./when.ts";

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
      whenLabel({
        period: text(r.period),
        date_basis: r.date_basis as string | null,
        target_type: r.target_type as string | null,
        target_year: r.target_year as number | null,
      }),
      printed({ value_as_printed: text(r.value_as_printed), qualifier: text(r.qualifier) }),
      r.source === undefined || r.source === null ? text(r.source_title) : citeSource(sourceFromRow(r)).text,
    ]),
    numeric: [false, false, true, false],
  };
}
