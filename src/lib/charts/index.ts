/** Every chart spec by name, so a page or an MDX file can name one. */
import type { PlotOptions } from "./render.ts";
import { seriesOverTime } from "./series-over-time.ts";
import { jiangsuTileGrid } from "./tile-grid.ts";

export const charts = {
  "series-over-time": seriesOverTime,
  "jiangsu-tile-grid": jiangsuTileGrid,
} as const;

export type ChartName = keyof typeof charts;

/** A spec as a page calls it: rows of a query and options from the page, both as given. */
export type ChartSpec = (rows: Record<string, unknown>[], options: Record<string, unknown>) => PlotOptions;

export const chartSpec = (name: ChartName): ChartSpec => charts[name] as unknown as ChartSpec;
