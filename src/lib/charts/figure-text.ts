/**
 * The words around a chart's drawing, the same at build time (Chart.astro) and after a redraw in
 * the browser (chart-interactive.ts): the span of the figures' dates, the sources as cited, and
 * the sentence saying that figures disagree. Pure.
 */
import { citeSource, sourceFromRow, type Citation } from "../citation.ts";
import { url } from "../urls.ts";
import { disagreementText, disagreements, type FigureRow } from "./disagreements.ts";
import { yearsText } from "./when.ts";

type Row = Record<string, unknown>;

/**
 * 2015-12-31 至 2022-12-30: from the earliest period's start to the latest one's end among the
 * rows (undated ones aside). Periods are days, years or spans of years (2023/2025); rows that all
 * share one period show it once (2021-12-31, 2021, 2023—2025年), never "2023/2025 至 2023/2025".
 */
export function periodSpan(rows: Row[]): string {
  const periods = [...new Set(rows.map((r) => r.period).filter((p): p is string => typeof p === "string" && p !== ""))];
  if (periods.length === 0) return "";
  if (periods.length === 1) return periods[0]!.includes("/") ? yearsText(periods[0]!) : periods[0]!;
  const starts = periods.map((p) => p.split("/")[0]!).sort();
  const ends = periods.map((p) => p.split("/").at(-1)!).sort();
  return starts[0] === ends.at(-1) ? starts[0]! : `${starts[0]} 至 ${ends.at(-1)}`;
}

/**
 * The sources of the rows, once each in order of first use, as cited: from `known` (what the build
 * knew of each source, by id) where it can, else from the row's own source columns.
 */
export function chartSources(rows: Row[], known: Record<string, Citation> = {}): (Citation & { id: string })[] {
  const seen = new Map<string, Citation & { id: string }>();
  for (const row of rows) {
    const id = String(row.source ?? row.source_title ?? "");
    if (!seen.has(id)) seen.set(id, { id, ...(known[id] ?? citeSource(sourceFromRow(row))) });
  }
  return [...seen.values()];
}

export interface DisagreementNote {
  /** The sentence under a chart whose figures disagree (disagreements.ts), or "" when none do. */
  text: string;
  /**
   * Where each disagreement is explained: its entry in the list of disagreeing figures on /data/
   * (each figure with its quote's date and its note, which says why figures may differ), or the
   * indicator's page where a row does not name its place.
   */
  explained: { href: string; label: string }[];
}

export function disagreementNote(rows: Row[]): DisagreementNote {
  const figures = rows as FigureRow[];
  const text = disagreementText(figures);
  if (!text) return { text: "", explained: [] };
  const explained = new Map<string, { href: string; label: string }>();
  for (const group of disagreements(figures)) {
    const first = figures[group[0]!]!;
    if (!first.indicator) continue;
    const label = [first.region_name ?? "", first.indicator_zh ?? first.label ?? first.indicator].join("");
    const href = first.region ? url.disagreement(first.region, first.indicator) : url.indicator(first.indicator);
    explained.set(href, { href, label });
  }
  return { text: explained.size > 0 ? `${text}为何不一致，见：` : text, explained: [...explained.values()] };
}
