/**
 * What a page asks of a chart (ChartRequest: Chart.astro's props, built by
 * src/lib/server/chart-build.ts), and what the chart's <figure> carries for the browser
 * (ChartConfig, as JSON in a script element that does not run): enough to re-run its query and
 * redraw it with the same spec, where the rows of its own choices are (built ahead), and where
 * its page is. The config is read by the chart's browser module and by the benchmark.
 */
import type { Citation } from "../citation.ts";
import type { ParamValue } from "../sql/bind.ts";
import type { Control } from "./controls.ts";
import type { ChartName } from "./index.ts";

export interface ChartRequest {
  /** A named query, src/queries/<query>.sql. */
  query: string;
  params: Record<string, ParamValue>;
  chart: ChartName;
  options: Record<string, unknown>;
  /** May name a control's choice as {param}: 江苏各设区市{indicator}. */
  caption: string;
  /** Snapshot id the chart is pinned to; the latest release when absent. */
  snapshot?: string;
  /** Choices the reader can make in the browser, each setting one query parameter. */
  controls?: Control[];
  /** Heading of the data table's first column (what a row is): 系列, 地区 … */
  labelHead?: string;
  /** How to read the marks, printed before the sources. */
  note?: string;
}

export interface ChartConfig {
  id: string;
  /** A named query, src/queries/<query>.sql. */
  query: string;
  params: Record<string, ParamValue>;
  chart: ChartName;
  options: Record<string, unknown>;
  /** The caption as written, with {param} where a choice is named. */
  caption: string;
  /** Words for each control's values: param → value → label. */
  labels: Record<string, Record<string, string>>;
  snapshot: string;
  labelHead: string;
  note: string;
  /** How each source the build saw in any option is cited (citation.ts), by source id. */
  citations: Record<string, Citation>;
  /** The chart's page (/charts/<id>/), named in its pictures. */
  page?: string;
  /** The rows of the chart's own choices, built ahead (prebuilt.ts), when it offers any. */
  rows?: string;
}
