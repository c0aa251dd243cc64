/**
 * What the comparison page shows for a choice (pure): two figures drawn by the site's own chart
 * specs from the rows of two named queries, with the words every chart has (chart/figure-text.ts
 * and table.ts, as Chart.astro and a chart's redraw write them): the figures over time
 * (series-over-time over compare_series: one line per place, figures that disagree one symbol per
 * source and never joined, undated ones listed under the axis) and side by side
 * (peer-bars over compare_latest: each place's latest figure with its date, ranked only within a
 * year). Places without a figure are named (无数据), never drawn as zero. The bars show one figure
 * a place, so a latest figure that another source contradicts is said under them too.
 */
import type { DataTable } from "../charts/table.ts";
import { chartTable } from "../charts/table.ts";
import { chartSources, disagreementNote, periodSpan, type DisagreementNote } from "../charts/figure-text.ts";
import { disagreements, type FigureRow } from "../charts/disagreements.ts";
import type { Citation } from "../citation.ts";
import type { ChartName } from "../charts/index.ts";
import type { ParamValue } from "../sql/bind.ts";
import type { Choice } from "./address.ts";

type Row = Record<string, unknown>;

export interface CompareFigure {
  /** The named query and its parameters (for the workbench link). */
  query: string;
  params: Record<string, ParamValue>;
  chart: ChartName;
  options: Record<string, unknown>;
  caption: string;
  /** （数据时间：…；快照 …）, or "" when no figure is dated. */
  periods: string;
  rows: Row[];
  table: DataTable;
  sources: (Citation & { id: string })[];
  disagreement: DisagreementNote;
  /** 无数据：浙江省、广东省, or "". */
  missing: string;
  /** How to read the marks, before the sources. */
  note: string;
}

export interface CompareView {
  over: CompareFigure;
  side: CompareFigure;
  /** The status line once drawn. */
  summary: string;
}

export interface CompareNames {
  place: (id: string) => string;
  indicator: string;
  unit: string;
}

const same = (a: Row, b: Row) => ["region", "source", "period", "value_as_printed"].every((k) => a[k] === b[k]);

/** The figures of `series` that disagree, in the groups that hold some place's latest figure. */
function latestDisputed(series: Row[], latest: Row[]): Row[] {
  const groups = disagreements(series as FigureRow[]).filter((g) => g.some((i) => latest.some((l) => same(series[i]!, l))));
  return groups.flat().map((i) => series[i]!);
}

export function compareView(choice: Choice, series: Row[], latest: Row[], names: CompareNames, snapshot: string): CompareView {
  const params = { regions: choice.regions.join(","), indicator: choice.indicator };
  const listed = choice.regions.map(names.place).join("、");
  const without = choice.regions.filter((r) => !series.some((row) => row.region === r)).map(names.place);
  const missing = without.length > 0 ? `无数据：${without.join("、")}（数据集中没有其${names.indicator}的数字，不是零）。` : "";
  const figure = (query: string, chart: ChartName, rows: Row[], caption: string, note: string): CompareFigure => {
    const span = periodSpan(rows);
    return {
      query,
      params,
      chart,
      options: { unit: names.unit },
      caption,
      periods: span ? `（数据时间：${span}；快照 ${snapshot}）` : "",
      rows,
      table: chartTable(rows, "地区"),
      sources: chartSources(rows),
      disagreement: disagreementNote(query === "compare_series" ? rows : latestDisputed(series, latest)),
      missing,
      note,
    };
  };
  const places = new Set(series.map((r) => r.region)).size;
  return {
    over: figure(
      "compare_series",
      "series-over-time",
      series,
      `${names.indicator}：${listed}历年的数字（各地分列，不相加）`,
      "每个地区一条线，各地的数字不相加；未注明日期的数字列在图下，不放在时间轴上。",
    ),
    side: figure(
      "compare_latest",
      "peer-bars",
      latest,
      `${names.indicator}：各地最新的数字（各年份分列，只在同一年份内排序）`,
      "每地只取最新的一个数字，柱旁标有其时间；各年份的数字分列，只在同一年份内排序。",
    ),
    summary: `已画出：${places} 个地区有数字，共 ${series.length} 个数字（快照 ${snapshot}）。`,
  };
}
