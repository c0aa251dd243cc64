/**
 * A region's figures over time, one line per indicator (scope), so that different scopes (all
 * incubators in the statistics, provincial-or-higher, national) are never joined into one series.
 * Figures printed as 超过/以上 are drawn as hollow points: lower bounds, not exact values.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "./render.ts";

export interface SeriesRow {
  /** Date of the figure, YYYY-MM-DD (stocks) or YYYY. */
  period: string;
  value: number;
  qualifier: string;
  /** Legend label of the series (the indicator's Chinese name). */
  series: string;
}

export interface SeriesOptions {
  width?: number;
  unit: string;
}

const asDate = (period: string) => new Date(period.length === 4 ? `${period}-12-31` : period.slice(0, 10));

export function seriesOverTime(rows: SeriesRow[], options: SeriesOptions): PlotOptions {
  const data = rows.map((r) => ({ ...r, date: asDate(r.period), lowerBound: r.qualifier === "more_than" || r.qualifier === "at_least" }));
  return {
    width: options.width ?? 640,
    height: 320,
    // CJK labels are wider than Plot assumes: leave room for them.
    marginLeft: 56,
    marginRight: 16,
    marginBottom: 36,
    color: { legend: true, type: "categorical", scheme: "Tableau10" },
    // Figures are mostly year-end stocks: the tick at 1 January 2016 is the end of 2015.
    x: { type: "utc", label: null, ticks: "year", tickFormat: (d: Date) => `${d.getUTCFullYear() - 1}年底` },
    y: { grid: true, label: `↑ ${options.unit}`, zero: true },
    marks: [
      Plot.line(data, { x: "date", y: "value", stroke: "series", sort: "date" }),
      Plot.dot(
        data.filter((d) => !d.lowerBound),
        { x: "date", y: "value", fill: "series", r: 3.5 },
      ),
      Plot.dot(
        data.filter((d) => d.lowerBound),
        { x: "date", y: "value", stroke: "series", fill: "white", r: 4, strokeWidth: 1.5 },
      ),
      Plot.ruleY([0]),
    ],
  };
}
