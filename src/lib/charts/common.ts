/**
 * What every chart spec shares: the row every chart query returns, how a figure is printed (with
 * its qualifier), the tooltip text, and helpers that keep CJK labels readable on a phone. Pure:
 * runs at build time and in the browser.
 */
import { displayValue } from "../data/format.ts";
import { dateLabel, targetLabel } from "./when.ts";

/** The columns every chart query returns (src/queries/*.sql), plus whatever a spec needs. */
export interface ChartRow {
  /** What the row is: the series name or the region name. */
  label: string;
  /** Date of the figure: YYYY-MM-DD (stock), YYYY (year, list, evaluation) or YYYY/YYYY (span). */
  period: string;
  value: number;
  value_as_printed: string;
  /** exact, more_than, nearly, about, at_least; `cap` for an incentive printed as 最高…. */
  qualifier: string;
  source: string;
  source_title: string;
  /** The indicator's unit, where the query gives it (家, 万元 …). */
  unit?: string;
  /**
   * What the period rests on: printed, year, publication, not_before, none (when.ts). NULL in a
   * snapshot released before the field existed: "unknown", drawn as the period says.
   */
  date_basis?: string | null;
  kind?: string | null;
  /** reach_by, each_year or total_over for a target; NULL for an actual figure or an old snapshot. */
  target_type?: string | null;
  target_year?: number | null;
  /** The source's caution, publisher, date, URL, copy and original publisher (citation.ts). */
  source_caution?: string | null;
  source_publisher?: string | null;
  source_original_publisher?: string | null;
  source_date?: string | null;
  source_url?: string | null;
  source_copy?: string | null;
}

/** A row as a query may hand it over: any column may be missing or NULL. */
export type Loose<T> = { [K in keyof T]?: T[K] | null };

export const DEFAULT_WIDTH = 640;

/** Options every spec takes. */
export interface BaseOptions {
  /** Width in pixels; 640 unless a spec says otherwise. Specs stay readable at 340 (phones). */
  width?: number;
  /**
   * Plot's interactive tip (needs the page's JavaScript). Off by default: at build time every
   * data mark carries a native tooltip (<title>) instead, which Plot drops when tip is on.
   */
  tip?: boolean;
}

/** Below this width a chart uses fewer ticks and shorter labels (phones are about 340 wide). */
export const isNarrow = (width: number) => width < 480;

/** 超过/以上 and 不少于 figures are lower bounds: drawn hollow, never as exact values. */
export const isLowerBound = (qualifier: string | null | undefined) => qualifier === "more_than" || qualifier === "at_least";

/** 近 and 约 figures are approximate: drawn pale with a dashed outline, neither exact nor a bound. */
export const isApproximate = (qualifier: string | null | undefined) => qualifier === "nearly" || qualifier === "about";

/**
 * How a figure's mark is drawn, from its qualifier: exact (solid), approximate (近/约: pale, dashed
 * outline), lower_bound (超过/以上/不少于: hollow) or cap (最高…, an incentive's upper bound: hollow).
 */
export type Certainty = "exact" | "approximate" | "lower_bound" | "cap";

export function certainty(qualifier: string | null | undefined): Certainty {
  if (qualifier === "cap") return "cap";
  if (isLowerBound(qualifier)) return "lower_bound";
  if (isApproximate(qualifier)) return "approximate";
  return "exact";
}

/** The figure as printed, with its qualifier: 超过1000家, 近7亿元, 最高100万元. */
export function printed(row: { value_as_printed?: unknown; qualifier?: unknown }): string {
  const text = String(row.value_as_printed ?? "");
  if (row.qualifier === "cap") return /最高|不超过/.test(text) ? text : `最高${text}`;
  return displayValue({ value_as_printed: text, qualifier: String(row.qualifier ?? "") });
}

/**
 * The native tooltip (SVG <title>) of a data mark: what, the printed figure, when (with what the
 * date rests on: 截至2023-02-02（报道日期）, 不早于2022-12-30), what kind of target, from where.
 */
export function tooltip(row: Loose<ChartRow>): string {
  const target = targetLabel(row);
  return [
    row.label,
    printed(row),
    target ? `目标：${target}` : row.period || row.date_basis === "none" ? `时间：${dateLabel(row)}` : "",
    row.source_title && `来源：${row.source_title}`,
  ]
    .filter(Boolean)
    .join("\n");
}

/** Region names without their suffix, for tight labels: 江苏省 → 江苏, 盐城经济技术开发区 → 盐城经开区. */
export function shortName(name: string): string {
  // Zones by their usual short names: 盐南高新技术产业开发区 → 盐南高新区.
  if (/开发区$/.test(name)) return name.replace(/高新技术产业开发区$/, "高新区").replace(/经济技术开发区$/, "经开区");
  const short = name.replace(/(维吾尔|壮族|回族)?自治区$|特别行政区$|省$|市$/, "");
  return short.length >= 2 ? short : name;
}

/** Breaks a CJK label into lines of at most `size` characters (Plot's text marks split on \n). */
export function wrap(text: string, size: number): string {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += size) lines.push(chars.slice(i, i + size).join(""));
  return lines.join("\n");
}

/**
 * A rough width in pixels of a label in the charts' 12px font (global.css sets it on .chart-svg,
 * larger than Plot's default 10px, for CJK legibility): CJK characters are square.
 */
export function textWidth(text: string, fontSize = 12): number {
  let width = 0;
  for (const c of text) width += /[\u0000-\u00ff]/.test(c) ? fontSize * 0.6 : fontSize;
  return width;
}
