/**
 * When a figure is, as its quote says (data/README.md, "When a figure is"): how its date is
 * written on a chart or in a table, where it goes on a time axis, which year it belongs to when
 * figures are compared, what kind of target it is, and the window of days it may describe (the
 * basis of "overlapping dates" for disagreements). Pure: runs at build time and in the browser.
 *
 * A NULL or empty `date_basis` (a snapshot released before the field existed) is "unknown": the
 * period is read as its shape says, as every chart read it before.
 */

/** What the functions here read of a row. */
export interface WhenRow {
  period?: string | null;
  date_basis?: string | null;
  kind?: string | null;
  target_type?: string | null;
  target_year?: number | string | null;
}

export type DateBasis = "printed" | "year" | "publication" | "not_before" | "none" | "unknown";

const BASES = new Set(["printed", "year", "publication", "not_before", "none"]);

export function dateBasis(row: WhenRow): DateBasis {
  return BASES.has(String(row.date_basis ?? "")) ? (row.date_basis as DateBasis) : "unknown";
}

const period = (row: WhenRow) => String(row.period ?? "");
const isDay = (p: string) => /^\d{4}-\d{2}-\d{2}$/.test(p);
/** 2023/2025 → ["2023", "2025"]; 2021 → ["2021", "2021"]. */
const years = (p: string) => {
  const [first = "", last = first] = p.split("/");
  return [first.slice(0, 4), last.slice(0, 4)] as const;
};

/** A span or a year as Chinese prose: 2023/2025 → 2023—2025年, 2021 → 2021年. */
export function yearsText(p: string): string {
  const [first, last] = years(p);
  return first === last ? `${first}年` : `${first}—${last}年`;
}

/**
 * A figure's date as a page writes it: 2021-12-31 (printed), 2021 (a year), 截至2023-02-02（报道日期）
 * (said to be current on the day its source was published), 不早于2022-12-30 (an undated source:
 * the earliest day it can have), 未注明日期 (none). An unknown basis shows the period as stored.
 */
export function dateLabel(row: WhenRow): string {
  const p = period(row);
  switch (dateBasis(row)) {
    case "publication":
      return `截至${p}（报道日期）`;
    case "not_before":
      return `不早于${p}`;
    case "none":
      return "未注明日期";
    default:
      return p;
  }
}

/**
 * What kind of target a figure is, as tables and charts say it: 到2025年 (a level to reach by then),
 * 2023—2025年每年 (an amount every year of the span; 2024年度 for one year), 2023—2025年累计 (a
 * total over the span). Empty for an actual figure or an unknown target type.
 */
export function targetLabel(row: WhenRow): string {
  const p = period(row);
  switch (row.target_type) {
    case "reach_by":
      return `到${row.target_year ?? years(p)[1]}年`;
    case "each_year":
      return p.includes("/") ? `${yearsText(p)}每年` : `${years(p)[0]}年度`;
    case "total_over":
      return `${yearsText(p)}累计`;
    default:
      return "";
  }
}

/** A target's words where there are any, else its date: what the "时间" of a row is. */
export const whenLabel = (row: WhenRow): string => targetLabel(row) || dateLabel(row);

/**
 * Where a figure goes on a time axis (YYYY-MM-DD), or null: never for `none`. A day is that day
 * (for `publication` the source's date, for `not_before` the earliest day); a year or a span is
 * placed at its end (2021 → 2021-12-31), as the axis reads "年底".
 */
export function axisDate(row: WhenRow): string | null {
  const p = period(row);
  if (dateBasis(row) === "none" || p === "") return null;
  if (isDay(p)) return p;
  return `${years(p)[1]}-12-31`;
}

/** The year a figure belongs to when figures are compared (the end of a span), or null if undated. */
export function figureYear(row: WhenRow): number | null {
  const day = axisDate(row);
  return day === null ? null : Number(day.slice(0, 4));
}

/** The newest year among the rows' figures, or null. */
export function newestYear(rows: WhenRow[]): number | null {
  const found = rows.map(figureYear).filter((y): y is number => y !== null);
  return found.length > 0 ? Math.max(...found) : null;
}

export interface DateWindow {
  /** First day the figure may describe, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD. */
  to: string;
}

/**
 * The days a figure may describe, as far as its quote and source tell. Two figures' dates overlap
 * when their windows share a day. The windows are wide where the date is loose, on purpose: they
 * decide which figures may contradict each other, and a pair wrongly flagged only gets looked at
 * twice, while a pair wrongly joined by a line tells the reader a story no source tells.
 * - printed: that day. year: the whole year (or span).
 * - publication (截至目前 on the day of the source): from the end of the year before to that day —
 *   a figure said to be current rests on statistics gathered since the last year-end at the oldest.
 * - not_before (an undated source, placed at its earliest day D): from the end of the year before D
 *   (as for publication) to the end of the year after D's, by when the source had appeared.
 * - none: no window; an undated figure is compared with nothing and never drawn on a time axis.
 * - unknown (an old snapshot): as the period's shape says (a day, a year or a span).
 * src/queries/examples/5-disagreements.sql computes the same windows in SQL; a test holds the two
 * to the same answers.
 */
export function dateWindow(row: WhenRow): DateWindow | null {
  const p = period(row);
  if (p === "") return null;
  const basis = dateBasis(row);
  if (basis === "none") return null;
  const year = Number(p.slice(0, 4));
  const yearEnd = (y: number) => `${String(y).padStart(4, "0")}-12-31`;
  if (basis === "publication" && isDay(p)) return { from: yearEnd(year - 1), to: p };
  if (basis === "not_before" && isDay(p)) return { from: yearEnd(year - 1), to: yearEnd(year + 1) };
  if (isDay(p)) return { from: p, to: p };
  const [first, last] = years(p);
  return { from: `${first}-01-01`, to: `${last}-12-31` };
}

/** Whether two figures' windows share a day (never, if either is undated). */
export function overlaps(a: WhenRow, b: WhenRow): boolean {
  const x = dateWindow(a);
  const y = dateWindow(b);
  return x !== null && y !== null && x.from <= y.to && y.from <= x.to;
}
