/**
 * A printed whole and its printed parts: Jiangsu's 2145 carriers at end-2021, of which 1070
 * incubators and 1075 maker spaces. The whole is one bar, the parts a stacked bar beneath it, each
 * with its figure as printed; nothing is summed into a figure that is not printed (if the parts
 * do not add up to the whole, the two bars differ in length and the reader sees it).
 * Query: region_parts (label = the indicator's name, role = whole | part).
 */
import * as Plot from "@observablehq/plot";
import { DEFAULT_WIDTH, type BaseOptions, isLowerBound, isNarrow, printed, textWidth, tooltip, wrap, type ChartRow } from "./common.ts";
import type { PlotOptions } from "./render.ts";

export type PartRow = Pick<ChartRow, "label" | "period" | "value" | "value_as_printed" | "qualifier"> &
  Partial<ChartRow> & { role: string };

export interface PartsOptions extends BaseOptions {
  unit: string;
  /** The row label of the parts' bar. */
  partsLabel?: string;
}

export function partsOfWhole(rows: PartRow[], options: PartsOptions): PlotOptions {
  const width = options.width ?? DEFAULT_WIDTH;
  const narrow = isNarrow(width);
  const whole = rows.filter((r) => r.role === "whole");
  const wholeLabel = whole[0]?.label ?? "总数";
  const partsLabel = options.partsLabel ?? "其中";
  const rowOf = (role: string) => (role === "whole" ? (narrow ? wrap(wholeLabel, 5) : wholeLabel) : partsLabel);
  const data = rows.map((r) => ({
    ...r,
    value: Number(r.value),
    row: rowOf(r.role),
    lowerBound: isLowerBound(r.qualifier),
    text: r.role === "whole" ? printed(r) : `${narrow ? wrap(r.label, 5) : r.label}\n${printed(r)}`,
    title: tooltip(r),
  }));
  const rowsDomain = [rowOf("whole"), partsLabel];
  const marginLeft = Math.ceil(Math.max(...rowsDomain.flatMap((t) => t.split("\n")).map((t) => textWidth(t)))) + 12;
  // The parts laid end to end (positions only: no sum is printed or stored).
  let end = 0;
  const parts = data
    .filter((d) => d.role !== "whole")
    .map((d) => {
      const x1 = end;
      end += d.value;
      return { ...d, x1, x2: end, mid: (x1 + end) / 2 };
    });
  const wholes = data.filter((d) => d.role === "whole");
  return {
    width,
    height: narrow ? 190 : 170,
    marginLeft,
    marginRight: 16,
    marginTop: 8,
    marginBottom: 32,
    x: { grid: true, label: `${options.unit} →`, ticks: narrow ? 3 : 6, zero: true },
    y: { label: null, domain: rowsDomain, padding: 0.2 },
    color: { type: "categorical", scheme: "Tableau10", domain: parts.map((d) => d.label) },
    marks: [
      Plot.barX(
        wholes.filter((d) => !d.lowerBound),
        { x: "value", y: "row", fill: "#bbb", title: "title", tip: options.tip ?? false },
      ),
      Plot.barX(
        wholes.filter((d) => d.lowerBound),
        { x: "value", y: "row", fill: "white", stroke: "#888", strokeWidth: 1.5, title: "title", tip: options.tip ?? false },
      ),
      Plot.text(wholes, { x: "value", y: "row", text: "text", textAnchor: "end", dx: -4 }),
      Plot.barX(
        parts.filter((d) => !d.lowerBound),
        { x1: "x1", x2: "x2", y: "row", fill: "label", stroke: "white", title: "title", tip: options.tip ?? false },
      ),
      Plot.barX(
        parts.filter((d) => d.lowerBound),
        { x1: "x1", x2: "x2", y: "row", fill: "white", stroke: "label", strokeWidth: 1.5, title: "title", tip: options.tip ?? false },
      ),
      Plot.text(parts, {
        x: "mid",
        y: "row",
        text: "text",
        fill: (d: (typeof parts)[number]) => (d.lowerBound ? "black" : "white"),
        lineHeight: 1.2,
        fontWeight: "bold",
      }),
      Plot.ruleX([0]),
    ],
  };
}
