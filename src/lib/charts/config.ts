/**
 * What a chart's <figure> carries for the browser (as JSON in a script element that does not
 * run): enough to re-run its query and redraw it with the same spec. Written by Chart.astro, read
 * by the chart's browser module and by the benchmark.
 */
import type { Citation } from "../citation.ts";
import type { ParamValue } from "../sql/bind.ts";
import type { ChartName } from "./index.ts";

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
}
