/**
 * A target table as small multiples: one panel per indicator (a row of the table), one bar per
 * county, district or zone (its columns), each bar with its figure as printed. The whole (全市) is
 * printed in the panel's title, never drawn as a bar nor summed from the parts. Indicators differ
 * in size (2 enclaves, 60 firms), so each panel is scaled to its own largest figure and has no
 * axis: the printed figures are the values.
 * Query: targets_by_parent (label = region name, indicator_zh, region; the whole has is_whole).
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

export type TargetRow = Pick<ChartRow, "label" | "period" | "value" | "value_as_printed" | "qualifier"> &
  Partial<ChartRow> & { indicator_zh: string; region?: string; is_whole?: boolean };

export interface SmallMultiplesOptions extends BaseOptions {
  /** What the whole is called in the panel titles (全市). */
  wholeLabel?: string;
  /** A part (region code or zone id) to emphasise: the page's own region. */
  highlight?: string;
}

export function smallMultiples(rows: TargetRow[], options: SmallMultiplesOptions = {}): PlotOptions {
  const width = options.width ?? DEFAULT_WIDTH;
  const narrow = isNarrow(width);
  const wholeLabel = options.wholeLabel ?? "全市";
  const indicators = [...new Set(rows.map((r) => r.indicator_zh))];
  const wholes = new Map<string, string[]>();
  for (const r of rows.filter((r) => r.is_whole)) wholes.set(r.indicator_zh, [...(wholes.get(r.indicator_zh) ?? []), printed(r)]);
  const panel = (indicator: string) => {
    const whole = wholes.get(indicator);
    return whole ? `${indicator}（${wholeLabel}：${whole.join("；")}）` : indicator;
  };
  const parts = rows.filter((r) => !r.is_whole);
  const max = new Map<string, number>();
  for (const r of parts) max.set(r.indicator_zh, Math.max(max.get(r.indicator_zh) ?? 0, Number(r.value)));
  const names = [...new Set(parts.map((r) => wrap(shortName(r.label), narrow ? 5 : 10)))];
  const data = parts.map((r) => ({
    ...r,
    panel: panel(r.indicator_zh),
    name: wrap(shortName(r.label), narrow ? 5 : 10),
    // Scaled within the panel: the bar's length is the figure over the panel's largest figure.
    share: Number(r.value) / (max.get(r.indicator_zh) || 1),
    lowerBound: isLowerBound(r.qualifier),
    text: printed(r),
    title: tooltip({ ...r, label: `${r.label}：${r.indicator_zh}` }),
  }));
  const band = narrow ? 24 : 17;
  const panelHeight = names.length * band + 22;
  const marginLeft = Math.ceil(Math.max(0, ...names.flatMap((n) => n.split("\n")).map((n) => textWidth(n)))) + 10;
  return {
    width,
    height: indicators.length * panelHeight + 16,
    marginLeft,
    marginRight: 48,
    marginTop: 8,
    marginBottom: 8,
    x: { axis: null, domain: [0, 1] },
    y: { label: null, domain: names, insetTop: 20, padding: 0.2 },
    fy: { axis: null, domain: indicators.map(panel), padding: 0.08 },
    marks: [
      Plot.frame({ stroke: "#ddd" }),
      Plot.text(indicators.map(panel), {
        fy: (d: string) => d,
        text: (d: string) => (narrow ? wrap(d, 20) : d),
        frameAnchor: "top-left",
        dx: -marginLeft + 4,
        dy: 4,
        fontWeight: "bold",
        lineHeight: 1.1,
      }),
      Plot.barX(data, {
        x: "share",
        y: "name",
        fy: "panel",
        fill: (d: (typeof data)[number]) => (d.lowerBound ? "white" : d.region === options.highlight ? "#1f4e79" : "#6b9bc3"),
        stroke: (d: (typeof data)[number]) => (d.region === options.highlight ? "#1f4e79" : "#6b9bc3"),
        title: "title",
        tip: options.tip ?? false,
      }),
      Plot.text(data, { x: "share", y: "name", fy: "panel", text: "text", textAnchor: "start", dx: 4 }),
    ],
  };
}
