/**
 * A printed whole and its printed parts: Jiangsu's 2145 carriers at end-2021, of which 1070
 * incubators and 1075 maker spaces. The whole is one bar, the parts a stacked bar beneath it, each
 * with its figure as printed; nothing is summed into a figure that is not printed (if the parts
 * do not add up to the whole, the two bars differ in length and the reader sees it). How sure
 * each figure is shows in its bar (key.ts): exact solid, 近/约 pale with a dashed outline,
 * 超过/以上/不少于 hollow.
 * Query: region_parts (label = the indicator's name, role = whole | part).
 */
import * as Plot from "@observablehq/plot";
import {
  DEFAULT_WIDTH,
  type BaseOptions,
  certainty,
  type Certainty,
  isNarrow,
  type Loose,
  printed,
  textWidth,
  tooltip,
  wrap,
  type ChartRow,
} from "./common.ts";
import { CERTAINTY_LABELS, certaintiesIn, chartKey, type At } from "./key.ts";
import type { PlotOptions } from "./render.ts";

export type PartRow = Pick<ChartRow, "label" | "value" | "value_as_printed" | "qualifier"> &
  Loose<Omit<ChartRow, "label" | "value" | "value_as_printed" | "qualifier">> & { role: string };

export interface PartsOptions extends BaseOptions {
  unit: string;
  /** The row label of the parts' bar. */
  partsLabel?: string;
}

/** A bar's look by how sure its figure is: solid, pale with a dashed outline (近/约), or hollow. */
function barStyle(c: Certainty, colour: string, solid = colour) {
  if (c === "lower_bound" || c === "cap") return { fill: "white", stroke: colour, strokeWidth: 1.5 };
  if (c === "approximate") return { fill: colour, fillOpacity: 0.4, stroke: colour, strokeWidth: 1.5, strokeDasharray: "4,2" };
  return { fill: solid, stroke: "white" };
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
    certainty: certainty(r.qualifier),
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
  const present = certaintiesIn(data.map((d) => d.certainty));
  const key = chartKey(
    present.some((c) => c !== "exact")
      ? present.map((c) => ({
          label: CERTAINTY_LABELS[c],
          swatch: (at: At) => [Plot.dot([0], { ...at, symbol: "square", r: 6, ...barStyle(c, "#888") })],
        }))
      : [],
    width,
  );
  const marginTop = 8 + key.height;
  const tip = options.tip ?? false;
  return {
    width,
    height: (narrow ? 190 : 170) + key.height,
    marginLeft,
    marginRight: 16,
    marginTop,
    marginBottom: 32,
    x: { grid: true, label: `${options.unit} →`, ticks: narrow ? 3 : 6, zero: true },
    y: { label: null, domain: rowsDomain, padding: 0.2 },
    color: { type: "categorical", scheme: "Tableau10", domain: parts.map((d) => d.label) },
    marks: [
      // The whole in grey: light when exact.
      ...(["exact", "approximate", "lower_bound"] as const).map((c) =>
        Plot.barX(
          wholes.filter((d) => d.certainty === c),
          { x: "value", y: "row", ...barStyle(c, "#888", "#bbb"), title: "title", tip },
        ),
      ),
      Plot.text(wholes, { x: "value", y: "row", text: "text", textAnchor: "end", dx: -4 }),
      // Parts take their colour from the label (the colour scale); hollow or pale by certainty.
      Plot.barX(
        parts.filter((d) => d.certainty === "exact"),
        { x1: "x1", x2: "x2", y: "row", fill: "label", stroke: "white", title: "title", tip },
      ),
      Plot.barX(
        parts.filter((d) => d.certainty === "approximate"),
        {
          x1: "x1",
          x2: "x2",
          y: "row",
          fill: "label",
          fillOpacity: 0.4,
          stroke: "label",
          strokeWidth: 1.5,
          strokeDasharray: "4,2",
          title: "title",
          tip,
        },
      ),
      Plot.barX(
        parts.filter((d) => d.certainty === "lower_bound"),
        { x1: "x1", x2: "x2", y: "row", fill: "white", stroke: "label", strokeWidth: 1.5, title: "title", tip },
      ),
      Plot.text(parts, {
        x: "mid",
        y: "row",
        text: "text",
        fill: (d: (typeof parts)[number]) => (d.certainty === "exact" ? "white" : "black"),
        lineHeight: 1.2,
        fontWeight: "bold",
      }),
      Plot.ruleX([0]),
      ...key.marks(marginLeft, { top: -marginTop }),
    ],
  };
}
