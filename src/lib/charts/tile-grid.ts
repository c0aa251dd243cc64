/**
 * Tile-grid cartograms: one equal square per region, placed roughly where the region lies,
 * coloured by a figure. Tile grids, not boundary maps: maps published in China need approved map
 * data (审图号), and the boundary files in npm packages are not approved. Regions without a figure
 * are drawn grey and say 无数据, never coloured as zero. Every tile prints its figure with its
 * qualifier and its year; 超过/以上/不少于 (a lower bound) get a dashed outline, 近/约 a ≈ in a corner,
 * and figures from before the newest year (or undated) are faded: sources differ in date. A
 * figure another source disputes is printed beside it, with a ≠ in the corner.
 * Query: peers_latest (one row per region, `region` its code; and a row per disputing figure).
 */
import * as Plot from "@observablehq/plot";
import { DEFAULT_WIDTH, type BaseOptions, certainty, type Certainty, type Loose, printed, tooltip, wrap, type ChartRow } from "./common.ts";
import { CERTAINTY_LABELS, certaintiesIn, chartKey, type At, type KeyItem } from "./key.ts";
import { dateBasis, figureYear, newestYear } from "./when.ts";
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

export type TileRow = Pick<ChartRow, "value" | "value_as_printed"> &
  Loose<Omit<ChartRow, "value" | "value_as_printed">> & {
    region: string;
    /** Set on a figure of another source that disputes the place's latest (peers_latest.sql): its id. */
    rival_of?: string | null;
  };

export interface TileGridOptions extends BaseOptions {
  /** The indicator, with its unit: 国家级科技企业孵化器（家）. */
  label: string;
}

/** The year printed in a tile: 2021年, 不早于2022 (≥2022 on a phone), 日期不详. */
function tileDate(row: TileRow, narrow: boolean): string {
  const year = figureYear(row);
  if (year === null) return "日期不详";
  if (dateBasis(row) === "not_before") return narrow ? `≥${year}` : `不早于${year}`;
  return `${year}年`;
}

/** A lower bound's tile has a dashed outline; an approximate figure's a ≈ in its corner; a disputed one a ≠. */
const DASHED = "3,2";
const APPROX = "≈";
const DISPUTED = "≠";

/**
 * Draws `grid` coloured by `rows` (one per region, matched on `region`). A figure another source
 * disputes (a row with `rival_of`) is printed in its place's tile beside the latest, with a ≠:
 * the tile is coloured by neither alone being the truth, but by the latest, and says so.
 */
export function tileGrid(grid: Tile[], rows: TileRow[], options: TileGridOptions & { defaultWidth: number }): PlotOptions {
  const byCode = new Map(rows.filter((r) => !r.rival_of).map((r) => [r.region, r]));
  const rivals = (code: string) => rows.filter((r) => r.rival_of && r.region === code);
  const cols = Math.max(...grid.map((t) => t.col)) + 1;
  const rowCount = Math.max(...grid.map((t) => t.row)) + 1;
  const width = options.width ?? options.defaultWidth;
  const tileSize = (width - 16) / cols;
  const narrow = tileSize < 56;
  // Figures from before the newest year are faded and say their year: a tile grid compares
  // places, and a figure from 2019 does not compare with one from 2022.
  const newest = newestYear(rows);
  const tiles = grid.map((t) => {
    const row = byCode.get(t.code);
    const year = row ? figureYear(row) : null;
    const disputing = row ? rivals(t.code) : [];
    return {
      ...t,
      value: row ? Number(row.value) : null,
      // Each source's figure on a line of its own, the latest first.
      printed: row ? [row, ...disputing].map((r) => printed(r)).join("\n") : "无数据",
      date: row ? tileDate(row, narrow) : "",
      certainty: row ? certainty(row.qualifier) : "exact",
      disputed: disputing.length > 0,
      older: row !== undefined && (year === null || (newest !== null && year < newest)),
      title: row ? [row, ...disputing].map((r) => tooltip({ ...r, label: t.name })).join("\n——\n") : `${t.name}\n无数据`,
    };
  });
  const max = Math.max(0, ...tiles.map((t) => t.value ?? 0));
  const key = chartKey(keyItems(tiles, newest), width);
  const marginTop = 8 + key.height;
  const textFill = (d: (typeof tiles)[number]) => (d.older ? "#333" : d.value !== null && d.value > max * 0.55 ? "white" : "black");
  const cell = (fill: string | null, extra: Record<string, unknown> = {}) => ({ x: "col", y: "row", fill, inset: 2, ...extra });
  return {
    width,
    height: Math.round(tileSize * rowCount + 16 + key.height),
    margin: 8,
    marginTop,
    x: { axis: null, domain: [...Array(cols).keys()] },
    y: { axis: null, domain: [...Array(rowCount).keys()] },
    // No colour ramp legend: every tile prints its figure, and the caption names the indicator
    // (Plot draws ramps on a canvas, which a build has not got).
    color: { type: "sequential", scheme: "Blues", label: options.label, unknown: "#e0e0e0" },
    marks: [
      Plot.cell(
        tiles.filter((t) => !t.older),
        { ...cell("value"), title: "title", tip: options.tip ?? false },
      ),
      Plot.cell(
        tiles.filter((t) => t.older),
        // Faded, with a grey outline so that a faded light tile still reads as a tile.
        { ...cell("value"), fillOpacity: 0.35, stroke: "#999", title: "title", tip: options.tip ?? false },
      ),
      Plot.cell(
        tiles.filter((t) => t.certainty === "lower_bound"),
        cell("none", { stroke: "black", strokeDasharray: DASHED, inset: 3 }),
      ),
      Plot.text(
        tiles.filter((t) => t.certainty === "approximate"),
        {
          x: "col",
          y: "row",
          text: () => APPROX,
          dx: tileSize / 2 - (narrow ? 6 : 10),
          dy: -tileSize / 2 + (narrow ? 7 : 11),
          fontSize: narrow ? 12 : 18,
          fontWeight: "bold",
          fill: textFill,
        },
      ),
      Plot.text(
        tiles.filter((t) => t.disputed),
        {
          x: "col",
          y: "row",
          text: () => DISPUTED,
          dx: -tileSize / 2 + (narrow ? 9 : 16),
          dy: -tileSize / 2 + (narrow ? 9 : 14),
          fontSize: narrow ? 12 : 18,
          fontWeight: "bold",
          fill: textFill,
        },
      ),
      Plot.text(tiles, {
        x: "col",
        y: "row",
        text: (d: (typeof tiles)[number]) =>
          [d.name, ...d.printed.split("\n").map((line) => wrap(line, narrow ? 4 : 8)), d.date].filter(Boolean).join("\n"),
        fill: textFill,
        fontSize: narrow ? 8 : 10,
        lineHeight: 1.2,
      }),
      ...key.marks(8, { top: -marginTop }),
    ],
  };
}

/** The tile grid's key: how sure each figure is, disputed figures, faded older years, and grey for no figure. */
function keyItems(
  tiles: { certainty: Certainty; older: boolean; disputed: boolean; value: number | null }[],
  newest: number | null,
): KeyItem[] {
  const withFigure = tiles.filter((t) => t.value !== null);
  const present = certaintiesIn(withFigure.map((t) => t.certainty));
  const older = withFigure.some((t) => t.older);
  const disputed = withFigure.some((t) => t.disputed);
  if (!older && !disputed && present.every((c) => c === "exact")) return [];
  const square = (at: At, extra: Record<string, unknown> = {}) =>
    Plot.dot([0], { ...at, symbol: "square", r: 7, fill: "#6b9bc3", ...extra }) as Plot.Markish;
  return [
    ...present.map((c) => ({
      label: CERTAINTY_LABELS[c],
      swatch: (at: At) => [
        square(at),
        ...(c === "lower_bound" ? [square(at, { fill: "none", stroke: "black", strokeDasharray: DASHED, r: 6 })] : []),
        ...(c === "approximate" ? [Plot.text([APPROX], { ...at, text: (d: string) => d, fontSize: 14, fontWeight: "bold" })] : []),
      ],
    })),
    ...(disputed
      ? [
          {
            label: "来源不一致（各来源的数字并列）",
            width: 24,
            swatch: (at: At) => [
              Plot.text([DISPUTED], { ...at, text: (d: string) => d, fontSize: 14, fontWeight: "bold" }) as Plot.Markish,
            ],
          },
        ]
      : []),
    ...(older
      ? [{ label: `早于${newest}年或日期不详（淡色）`, swatch: (at: At) => [square(at, { fillOpacity: 0.35, stroke: "#999" })] }]
      : []),
    { label: "无数据", swatch: (at: At) => [square(at, { fill: "#e0e0e0" })] },
  ];
}

export function jiangsuTileGrid(rows: TileRow[], options: TileGridOptions): PlotOptions {
  return tileGrid(JIANGSU_GRID, rows, { ...options, defaultWidth: 360 });
}

export function provinceTileGrid(rows: TileRow[], options: TileGridOptions): PlotOptions {
  return tileGrid(PROVINCE_GRID, rows, { ...options, defaultWidth: DEFAULT_WIDTH });
}
