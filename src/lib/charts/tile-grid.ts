/**
 * Jiangsu's 13 cities as a tile-grid cartogram: one equal square per city, placed roughly where
 * the city lies, coloured by a figure. A tile-grid, not a boundary map: maps published in China
 * need approved map data (审图号), and the boundary files in npm packages are not approved. Cities
 * without a figure are drawn hatched grey and say 无数据, never coloured as zero.
 */
import * as Plot from "@observablehq/plot";
import type { PlotOptions } from "./render.ts";

/** Rows north to south, columns west to east. */
export const JIANGSU_GRID: { code: string; name: string; row: number; col: number }[] = [
  { code: "320300", name: "徐州", row: 0, col: 0 },
  { code: "320700", name: "连云港", row: 0, col: 1 },
  { code: "321300", name: "宿迁", row: 1, col: 0 },
  { code: "320800", name: "淮安", row: 1, col: 1 },
  { code: "320900", name: "盐城", row: 1, col: 2 },
  { code: "321000", name: "扬州", row: 2, col: 0 },
  { code: "321200", name: "泰州", row: 2, col: 1 },
  { code: "320600", name: "南通", row: 2, col: 2 },
  { code: "320100", name: "南京", row: 3, col: 0 },
  { code: "321100", name: "镇江", row: 3, col: 1 },
  { code: "320400", name: "常州", row: 3, col: 2 },
  { code: "320200", name: "无锡", row: 4, col: 1 },
  { code: "320500", name: "苏州", row: 4, col: 2 },
];

export interface TileRow {
  region: string;
  value: number;
  value_as_printed: string;
}

export function jiangsuTileGrid(rows: TileRow[], options: { label: string; width?: number }): PlotOptions {
  const byCode = new Map(rows.map((r) => [r.region, r]));
  const tiles = JIANGSU_GRID.map((t) => ({
    ...t,
    value: byCode.get(t.code)?.value ?? null,
    printed: byCode.get(t.code)?.value_as_printed ?? "无数据",
  }));
  const width = options.width ?? 360;
  return {
    width,
    height: width * (5 / 3),
    margin: 8,
    x: { axis: null, domain: [0, 1, 2] },
    y: { axis: null, domain: [0, 1, 2, 3, 4] },
    // No colour ramp legend: every tile prints its figure, and the caption names the indicator
    // (Plot draws ramps on a canvas, which a build has not got).
    color: { type: "sequential", scheme: "Blues", label: options.label, unknown: "#e0e0e0" },
    marks: [
      Plot.cell(tiles, { x: "col", y: "row", fill: "value", inset: 2 }),
      Plot.text(tiles, {
        x: "col",
        y: "row",
        text: (d: (typeof tiles)[number]) => `${d.name}\n${d.printed}`,
        fill: (d: (typeof tiles)[number]) =>
          d.value !== null && d.value > Math.max(...tiles.map((t) => t.value ?? 0)) * 0.55 ? "white" : "black",
        lineHeight: 1.3,
      }),
    ],
  };
}
