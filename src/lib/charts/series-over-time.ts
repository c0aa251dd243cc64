/**
 * A region's figures over time, one line per indicator (scope), so that different scopes (all
 * incubators in the statistics, provincial-or-higher, national) are never joined into one series.
 * Figures printed as 超过/以上 are drawn as hollow points: lower bounds, not exact values.
 * Query: region_series (label = the indicator's Chinese name).
 */
import * as Plot from "@observablehq/plot";
import { DEFAULT_WIDTH, type BaseOptions, isLowerBound, isNarrow, tooltip, type ChartRow } from "./common.ts";
import type { PlotOptions } from "./render.ts";

export type SeriesRow = Pick<ChartRow, "label" | "period" | "value" | "qualifier"> & Partial<ChartRow>;

export interface SeriesOptions extends BaseOptions {
  /** Unit on the y axis (家, 个, %). */
  unit: string;
}

/** A stock's date, or the end of a year (2021 → 2021-12-31); a span counts from its end. */
const asDate = (period: string) => {
  const end = period.includes("/") ? period.split("/").at(-1)! : period;
  return new Date(end.length === 4 ? `${end}-12-31` : end.slice(0, 10));
};

export function seriesOverTime(rows: SeriesRow[], options: SeriesOptions): PlotOptions {
  const width = options.width ?? DEFAULT_WIDTH;
  const narrow = isNarrow(width);
  const data = rows.map((r) => ({ ...r, date: asDate(r.period), lowerBound: isLowerBound(r.qualifier), title: tooltip(r) }));
  const years = data.map((d) => d.date.getUTCFullYear());
  const span = years.length > 0 ? Math.max(...years) - Math.min(...years) : 0;
  // One tick a year where there is room; every second or fifth year on a phone or a long span.
  const step = Math.max(1, Math.ceil(span / (narrow ? 4 : 9)));
  return {
    width,
    height: narrow ? 280 : 320,
    // CJK labels are wider than Plot assumes: leave room for them.
    marginLeft: 56,
    // Room for the last tick's label (2022年底), centred on the right edge.
    marginRight: 28,
    marginBottom: 36,
    color: { legend: true, type: "categorical", scheme: "Tableau10" },
    // Figures are mostly year-end stocks: the tick at 1 January 2016 is the end of 2015.
    x: {
      type: "utc",
      label: null,
      ticks: step === 1 ? "year" : `${step} years`,
      tickFormat: (d: Date) => `${d.getUTCFullYear() - 1}年底`,
    },
    y: { grid: true, label: `↑ ${String(rows[0]?.unit ?? "") || options.unit}`, zero: true, ticks: narrow ? 4 : 6 },
    marks: [
      Plot.line(data, { x: "date", y: "value", stroke: "label", sort: "date" }),
      Plot.dot(
        data.filter((d) => !d.lowerBound),
        { x: "date", y: "value", fill: "label", r: 3.5, title: "title", tip: options.tip ?? false },
      ),
      Plot.dot(
        data.filter((d) => d.lowerBound),
        { x: "date", y: "value", stroke: "label", fill: "white", r: 4, strokeWidth: 1.5, title: "title", tip: options.tip ?? false },
      ),
      Plot.ruleY([0]),
    ],
  };
}
