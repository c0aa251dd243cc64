/**
 * Tile-grid cartograms: one equal square per region, placed roughly where the region lies,
 * coloured by a figure. Tile grids, not boundary maps: maps published in China need approved map
 * data (审图号), and the boundary files in npm packages are not approved. Regions without a figure
 * are drawn grey and say 无数据, never coloured as zero; figures printed as 超过/以上 keep their
 * qualifier in the tile and get a dashed outline (a lower bound).
 * Query: peers_latest (one row per region; `region` is its code).
 */
import * as Plot from "@observablehq/plot";
import { DEFAULT_WIDTH, type BaseOptions, isLowerBound, printed, tooltip, wrap, type ChartRow } from "./common.ts";
import type { PlotOptions } from "./render.ts";

export interface Tile {
  code: string;
  name: string;
  row: number;
  col: number;
}

/** Jiangsu's 13 cities. Rows north to south, columns west to east. */
export const JIANGSU_GRID: Tile[] = [
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

/**
 * The 31 provincial-level divisions of the mainland (GB/T 2260 codes 110000…650000), on an 8 × 8
 * grid. Rows north to south, columns west to east; neighbours stay neighbours where the grid
 * allows. Taiwan, Hong Kong and Macao are not in the dataset's provincial statistics.
 */
export const PROVINCE_GRID: Tile[] = [
  { code: "230000", name: "黑龙江", row: 0, col: 7 },
  { code: "150000", name: "内蒙古", row: 1, col: 4 },
  { code: "110000", name: "北京", row: 1, col: 5 },
  { code: "210000", name: "辽宁", row: 1, col: 6 },
  { code: "220000", name: "吉林", row: 1, col: 7 },
  { code: "650000", name: "新疆", row: 2, col: 0 },
  { code: "620000", name: "甘肃", row: 2, col: 1 },
  { code: "640000", name: "宁夏", row: 2, col: 2 },
  { code: "140000", name: "山西", row: 2, col: 3 },
  { code: "130000", name: "河北", row: 2, col: 4 },
  { code: "120000", name: "天津", row: 2, col: 5 },
  { code: "630000", name: "青海", row: 3, col: 1 },
  { code: "610000", name: "陕西", row: 3, col: 2 },
  { code: "410000", name: "河南", row: 3, col: 3 },
  { code: "370000", name: "山东", row: 3, col: 4 },
  { code: "540000", name: "西藏", row: 4, col: 0 },
  { code: "510000", name: "四川", row: 4, col: 1 },
  { code: "500000", name: "重庆", row: 4, col: 2 },
  { code: "420000", name: "湖北", row: 4, col: 3 },
  { code: "340000", name: "安徽", row: 4, col: 4 },
  { code: "320000", name: "江苏", row: 4, col: 5 },
  { code: "310000", name: "上海", row: 4, col: 6 },
  { code: "530000", name: "云南", row: 5, col: 1 },
  { code: "520000", name: "贵州", row: 5, col: 2 },
  { code: "430000", name: "湖南", row: 5, col: 3 },
  { code: "360000", name: "江西", row: 5, col: 4 },
  { code: "330000", name: "浙江", row: 5, col: 5 },
  { code: "450000", name: "广西", row: 6, col: 2 },
  { code: "440000", name: "广东", row: 6, col: 3 },
  { code: "350000", name: "福建", row: 6, col: 4 },
  { code: "460000", name: "海南", row: 7, col: 3 },
];

export type TileRow = Pick<ChartRow, "value" | "value_as_printed"> & Partial<ChartRow> & { region: string };

export interface TileGridOptions extends BaseOptions {
  /** The indicator, with its unit: 国家级科技企业孵化器（家）. */
  label: string;
}

/** Draws `grid` coloured by `rows` (one per region, matched on `region`). */
export function tileGrid(grid: Tile[], rows: TileRow[], options: TileGridOptions & { defaultWidth: number }): PlotOptions {
  const byCode = new Map(rows.map((r) => [r.region, r]));
  const cols = Math.max(...grid.map((t) => t.col)) + 1;
  const rowCount = Math.max(...grid.map((t) => t.row)) + 1;
  const width = options.width ?? options.defaultWidth;
  const tileSize = (width - 16) / cols;
  const narrow = tileSize < 56;
  const tiles = grid.map((t) => {
    const row = byCode.get(t.code);
    return {
      ...t,
      value: row ? Number(row.value) : null,
      printed: row ? printed(row) : "无数据",
      lowerBound: row ? isLowerBound(row.qualifier) : false,
      title: row ? tooltip({ ...row, label: t.name }) : `${t.name}\n无数据`,
    };
  });
  const max = Math.max(0, ...tiles.map((t) => t.value ?? 0));
  return {
    width,
    height: Math.round(tileSize * rowCount + 16),
    margin: 8,
    x: { axis: null, domain: [...Array(cols).keys()] },
    y: { axis: null, domain: [...Array(rowCount).keys()] },
    // No colour ramp legend: every tile prints its figure, and the caption names the indicator
    // (Plot draws ramps on a canvas, which a build has not got).
    color: { type: "sequential", scheme: "Blues", label: options.label, unknown: "#e0e0e0" },
    marks: [
      Plot.cell(tiles, { x: "col", y: "row", fill: "value", inset: 2, title: "title", tip: options.tip ?? false }),
      Plot.cell(
        tiles.filter((t) => t.lowerBound),
        { x: "col", y: "row", fill: "none", stroke: "black", strokeDasharray: "3,2", inset: 3 },
      ),
      Plot.text(tiles, {
        x: "col",
        y: "row",
        text: (d: (typeof tiles)[number]) => `${d.name}\n${wrap(d.printed, narrow ? 4 : 8)}`,
        fill: (d: (typeof tiles)[number]) => (d.value !== null && d.value > max * 0.55 ? "white" : "black"),
        fontSize: narrow ? 8 : 10,
        lineHeight: 1.2,
      }),
    ],
  };
}

export function jiangsuTileGrid(rows: TileRow[], options: TileGridOptions): PlotOptions {
  return tileGrid(JIANGSU_GRID, rows, { ...options, defaultWidth: 360 });
}

export function provinceTileGrid(rows: TileRow[], options: TileGridOptions): PlotOptions {
  return tileGrid(PROVINCE_GRID, rows, { ...options, defaultWidth: DEFAULT_WIDTH });
}
