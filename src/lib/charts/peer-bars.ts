/**
 * Regions side by side, one bar each, for one indicator: provinces, a province's cities, a
 * city's counties and zones. Sources differ in date, so every bar is labelled with its figure as
 * printed and its as-of date (period); figures printed as 超过/以上 are hollow bars (lower bounds).
 * Query: peers_latest (one row per region, label = region name).
 */
import * as Plot from "@observablehq/plot";
import {
  DEFAULT_WIDTH,
  type BaseOptions,
  isLowerBound,
  isNarrow,
  printed,
  shortName,
  textWidth,
  tooltip,
  wrap,
  type ChartRow,
} from "./common.ts";
import type { PlotOptions } from "./render.ts";

export type PeerRow = Pick<ChartRow, "label" | "period" | "value" | "value_as_printed" | "qualifier"> &
  Partial<ChartRow> & { region?: string };

export interface PeerBarsOptions extends BaseOptions {
  /** Unit under the x axis (家, 个, %). */
  unit: string;
  /** A region (code or zone id) to emphasise: the page's own region among its peers. */
  highlight?: string;
}

export function peerBars(rows: PeerRow[], options: PeerBarsOptions): PlotOptions {
  const width = options.width ?? DEFAULT_WIDTH;
  const narrow = isNarrow(width);
  const data = [...rows]
    .sort((a, b) => Number(b.value) - Number(a.value) || a.label.localeCompare(b.label))
    .map((r, i) => ({
      ...r,
      index: i,
      name: wrap(shortName(r.label), narrow ? 5 : 9),
      value: Number(r.value),
      lowerBound: isLowerBound(r.qualifier),
      own: options.highlight !== undefined && r.region === options.highlight,
      // The figure with its qualifier and its date: sources differ in date.
      text: narrow ? `${printed(r)}\n${r.period}` : `${printed(r)}（${r.period}）`,
      title: tooltip(r),
    }));
  const longest = (texts: string[]) => Math.max(0, ...texts.flatMap((t) => t.split("\n")).map((t) => textWidth(t)));
  const marginLeft = Math.ceil(longest(data.map((d) => d.name))) + 10;
  const marginRight = Math.ceil(longest(data.map((d) => d.text))) + 10;
  const band = narrow ? 34 : 26;
  const fill = (d: (typeof data)[number]) => (d.lowerBound ? "white" : d.own ? "#1f4e79" : "#6b9bc3");
  return {
    width,
    height: data.length * band + 40,
    marginLeft,
    marginRight,
    marginTop: 8,
    marginBottom: 32,
    // The rows' own unit first: a reader who picks another indicator may pick another unit.
    x: { grid: true, label: `${String(rows[0]?.unit ?? "") || options.unit} →`, ticks: narrow ? 3 : 6, zero: true },
    y: {
      label: null,
      domain: data.map((d) => d.index),
      tickFormat: (i: number) => data[i]?.name ?? "",
      padding: 0.25,
    },
    marks: [
      Plot.barX(data, {
        x: "value",
        y: "index",
        fill,
        stroke: (d: (typeof data)[number]) => (d.own ? "#1f4e79" : "#6b9bc3"),
        strokeWidth: (d: (typeof data)[number]) => (d.lowerBound ? 1.5 : 0),
        title: "title",
        tip: options.tip ?? false,
      }),
      Plot.text(data, { x: "value", y: "index", text: "text", textAnchor: "start", dx: 4, lineHeight: 1.2 }),
      Plot.ruleX([0]),
    ],
  };
}
