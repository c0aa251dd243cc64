/**
 * A chart's build, computed once for Chart.astro to lay out: runs its named query against a
 * released snapshot, tries each control option and keeps those worth offering (with their rows,
 * which the browser redraws from at once: src/lib/charts/prebuilt.ts), draws the chart wide and
 * narrow to SVG with Observable Plot (linkedom's document standing in for the browser's), and
 * gathers what the figure prints around the drawing: caption, dates, linked sources, the data
 * table, the CSV, the workbench link, and the config the browser redraws from.
 */
import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";
import type { ChartConfig, ChartRequest } from "../charts/config.ts";
import { fillCaption, labelFrom, type Control, type ControlOption } from "../charts/controls.ts";
import { chartSpec } from "../charts/index.ts";
import { renderSvg } from "../charts/render.ts";
import { chartSources, disagreementNote, periodSpan, type DisagreementNote } from "../charts/figure-text.ts";
import { standaloneSvg } from "../charts/picture.ts";
import { packRows, type PrebuiltRows } from "../charts/prebuilt.ts";
import { chartTable, type DataTable } from "../charts/table.ts";
import { citeAll, type Citation, type SourceRecord } from "../citation.ts";
import { toCsv } from "../data/csv.ts";
import type { Releases } from "../data/releases.ts";
import type { NamedRow, QueryEngine } from "../sql/named.ts";
import { workbenchUrl } from "../sql/workbench-url.ts";
import { url } from "../urls.ts";
import { getDataView } from "./data-view.ts";
import { nodeEngine } from "./query.ts";

/** Where a build reads from: the Node engine and the dataset, unless a test gives others. */
export interface ChartBuildContext {
  engine: QueryEngine;
  sources: Map<string, SourceRecord>;
  releases: Releases;
}

export interface BuiltChart {
  /** The figure's id (chartId): the query and a hash of what makes the drawing. */
  id: string;
  /** The caption with the chosen options named. */
  caption: string;
  /** The snapshot the rows come from. */
  snapshot: string;
  rows: NamedRow[];
  /** The controls worth showing (two or more usable options), each option marked if chosen. */
  controls: (Omit<Control, "options"> & { options: (ControlOption & { selected: boolean })[] })[];
  /** The snapshots the reader can switch to, when there is more than one. */
  snapshots: { id: string; latest: boolean; current: boolean }[];
  /** Whether the reader has a choice: only then do the controls and their script ship. */
  interactive: boolean;
  /** The drawing at 640 and at 340 pixels; none when the query gives no rows. */
  drawings?: { wide: string; narrow: string };
  /** The span of the figures' dates (2015-12-31 至 2022-12-30), undated figures aside; "" when none. */
  periods: string;
  /** The sources of the figures drawn, as cited (citation.ts). */
  sources: (Citation & { id: string })[];
  /** What the chart says when its figures disagree, with where that is explained. */
  disagreement: DisagreementNote;
  table: DataTable;
  labelHead: string;
  note: string;
  csvHref: string;
  workbenchHref: string;
  config: ChartConfig;
  /** The rows of the chart as built and of each kept option, for the browser's first change; none without a choice. */
  prebuilt?: PrebuiltRows;
}

const WIDE = 640;
const NARROW = 340;

/**
 * A chart's id, the same in every build: the query and a hash of its query, parameters, spec and
 * options (what makes the drawing), never of the dataset's choices or the snapshot, so that a
 * link to a chart's page keeps working as the dataset grows and new snapshots are released.
 */
export function chartId(request: Pick<ChartRequest, "query" | "params" | "chart" | "options">): string {
  const { query, params, chart, options } = request;
  const hash = createHash("sha256")
    .update(JSON.stringify([query, params, chart, options]))
    .digest("hex");
  return `chart-${query.replace(/_/g, "-")}-${hash.slice(0, 8)}`;
}

function defaultContext(): ChartBuildContext {
  const view = getDataView();
  return { engine: nodeEngine, sources: view.sources, releases: view.releases };
}

/**
 * Keeps the options that give the chart something to compare (at least two figures) and
 * something new (rows no earlier option gives), the other parameters as given. The chart's own
 * choice is always kept; a control left with one option is not shown.
 */
async function usableControls(
  request: ChartRequest,
  rows: NamedRow[],
  snapshot: string,
  engine: QueryEngine,
): Promise<{ controls: BuiltChart["controls"]; sources: Set<string>; choices: { params: ChartRequest["params"]; rows: NamedRow[] }[] }> {
  const usable: BuiltChart["controls"] = [];
  // The rows of every option kept, each a choice the browser can redraw without the engine.
  const choices = [{ params: request.params, rows }];
  // Every source a kept option shows, so that the browser cites it as the build does after a redraw.
  const sources = new Set(rows.map((r) => String(r.source)));
  for (const control of request.controls ?? []) {
    const kept: (ControlOption & { selected: boolean })[] = [];
    const seen = new Set<string>();
    for (const option of control.options) {
      const selected = String(request.params[control.param]) === option.value;
      // The chart's own choice has been run already; only the others need a query.
      const params = { ...request.params, [control.param]: option.value };
      const optionRows = selected ? rows : await engine.runNamed(snapshot, request.query, params);
      const key = JSON.stringify(optionRows);
      if (selected || (optionRows.length >= 2 && !seen.has(key))) {
        kept.push({ ...option, selected });
        seen.add(key);
        for (const r of optionRows) sources.add(String(r.source));
        if (!selected) choices.push({ params, rows: optionRows });
      }
    }
    if (kept.length > 1) usable.push({ ...control, options: kept });
  }
  // Only the options of controls shown can be chosen.
  const shown = new Set(usable.map((c) => c.param));
  const offered = choices.filter((c, i) => i === 0 || Object.keys(c.params).some((k) => shown.has(k) && c.params[k] !== request.params[k]));
  return { controls: usable, sources, choices: offered };
}

function draw(request: ChartRequest, rows: NamedRow[], caption: string, width: number): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return renderSvg(chartSpec(request.chart)(rows, { ...request.options, width }), document as unknown as Document, caption);
}

/**
 * The chart as a picture of its own (src/lib/charts/picture.ts): the wide drawing with its
 * caption, dates, snapshot, notes, sources and `credit` (where it lives) drawn in.
 */
export function chartPicture(chart: BuiltChart, credit: string): string | undefined {
  if (!chart.drawings) return undefined;
  const { document } = parseHTML(`<!doctype html><html><body>${chart.drawings.wide}</body></html>`);
  const drawing = (document as unknown as Document).body.firstElementChild!;
  const { disagreement } = chart;
  return standaloneSvg(drawing, {
    title: chart.caption,
    when: chart.periods ? `数据时间：${chart.periods}；快照 ${chart.snapshot}` : `快照 ${chart.snapshot}`,
    notes: disagreement.text ? [`${disagreement.text}${disagreement.explained.map((e) => e.label).join("、")}`] : [],
    sources: `${chart.note}来源：${chart.sources.map((s) => s.text).join("；")}`,
    credit,
  }).markup;
}

const built = new Map<string, Promise<BuiltChart>>();

/**
 * A chart's build. The same chart on two pages (an article's chart on its issue's page too, a
 * region's tile grid) is built once: what comes back is only read.
 */
export function buildChart(request: ChartRequest, context?: ChartBuildContext): Promise<BuiltChart> {
  // A test's own context is never shared.
  if (context) return build(request, context);
  const key = JSON.stringify(request);
  let chart = built.get(key);
  if (!chart) {
    chart = build(request, defaultContext());
    built.set(key, chart);
    chart.catch(() => built.delete(key));
  }
  return chart;
}

async function build(request: ChartRequest, context: ChartBuildContext): Promise<BuiltChart> {
  // The key drawn in the chart says how to read its marks; `note` is anything else to know.
  const { query, params, chart, options, controls = [], labelHead = "系列", note = "" } = request;
  const snapshot = request.snapshot ?? context.releases.latest;
  const rows = await context.engine.runNamed(snapshot, query, params);
  const usable = await usableControls(request, rows, snapshot, context.engine);
  const citations = citeAll(usable.sources, context.sources);
  const caption = fillCaption(request.caption, labelFrom(controls, params));
  const releases = context.releases.releases.map((r) => r.id);
  const id = chartId(request);
  // The words for every choice, so that the browser can fill the caption even for a control that
  // offers one option only and is not shown.
  const labels = Object.fromEntries(controls.map((c) => [c.param, Object.fromEntries(c.options.map((o) => [o.value, o.label]))]));
  return {
    id,
    caption,
    snapshot,
    rows,
    controls: usable.controls,
    snapshots: releases.length > 1 ? releases.map((r) => ({ id: r, latest: r === context.releases.latest, current: r === snapshot })) : [],
    interactive: usable.controls.length > 0 || releases.length > 1,
    drawings: rows.length > 0 ? { wide: draw(request, rows, caption, WIDE), narrow: draw(request, rows, caption, NARROW) } : undefined,
    periods: periodSpan(rows),
    sources: chartSources(rows, citations),
    disagreement: disagreementNote(rows),
    table: chartTable(rows, labelHead),
    labelHead,
    note,
    csvHref: `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(rows))}`,
    workbenchHref: workbenchUrl(url.workbench(), { query, params, snapshot }),
    config: { id, query, params, chart, options, caption: request.caption, labels, snapshot, labelHead, note, citations },
    prebuilt: usable.controls.length > 0 ? packRows(snapshot, usable.choices) : undefined,
  };
}
