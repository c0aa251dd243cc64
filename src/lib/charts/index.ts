/**
 * Every chart spec by name, so a page or an MDX file can name one. A spec is a pure function
 * `(rows, options) => Plot options` (options.width defaults to 640); the same function redraws the
 * chart in the browser.
 */
import type { PlotOptions } from "./render.ts";
import { incentiveAmounts } from "./incentive-amounts.ts";
import { partsOfWhole } from "./parts-of-whole.ts";
import { peerBars } from "./peer-bars.ts";
import { seriesOverTime } from "./series-over-time.ts";
import { smallMultiples } from "./small-multiples.ts";
import { jiangsuTileGrid, provinceTileGrid } from "./tile-grid.ts";

export const charts = {
  "series-over-time": seriesOverTime,
  "jiangsu-tile-grid": jiangsuTileGrid,
  "province-tile-grid": provinceTileGrid,
  "peer-bars": peerBars,
  "small-multiples": smallMultiples,
  "incentive-amounts": incentiveAmounts,
  "parts-of-whole": partsOfWhole,
} as const;

export type ChartName = keyof typeof charts;

/** A spec as a page calls it: rows of a query and options from the page, both as given. */
export type ChartSpec = (rows: Record<string, unknown>[], options: Record<string, unknown>) => PlotOptions;

export const chartSpec = (name: ChartName): ChartSpec => charts[name] as unknown as ChartSpec;
