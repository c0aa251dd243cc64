/** Every chart spec by name, so a page or an MDX file can name one. */
import { seriesOverTime } from "./series-over-time.ts";
import { jiangsuTileGrid } from "./tile-grid.ts";

export const charts = {
  "series-over-time": seriesOverTime,
  "jiangsu-tile-grid": jiangsuTileGrid,
} as const;

export type ChartName = keyof typeof charts;
