/**
 * A target table as small multiples: one panel per indicator (a row of the table), one bar per
 * county, district or zone (its columns), each bar with its figure as printed. The whole (全市) is
 * printed in the panel's title, never drawn as a bar nor summed from the parts. Indicators differ
 * in size (2 enclaves, 60 firms), so each panel is scaled to its own largest figure and has no
 * axis: the printed figures are the values. Each panel says what kind of target it holds (到2025年,
 * 2023—2025年每年, 2023—2025年累计): targets of different kinds are never in one panel. How sure a
 * figure is shows in its bar (key.ts): exact solid, 近/约 pale with a dashed outline, 超过/以上 hollow.
 * Query: targets_by_parent (label = region name, indicator_zh, region; the whole has is_whole).
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
  shortName,
  textWidth,
  tooltip,
  wrap,
  type ChartRow,
} from "./common.ts";
import { CERTAINTY_LABELS, certaintiesIn, chartKey, type At } from "./key.ts";
import type { PlotOptions } from "./render.ts";
import { targetLabel } from "./when.ts";

export type TargetRow = Pick<ChartRow, "label" | "value" | "value_as_printed" | "qualifier"> &
  Loose<Omit<ChartRow, "label" | "value" | "value_as_printed" | "qualifier">> & {
    indicator_zh: string;
    region?: string;
    is_whole?: boolean;
  };

const BAR = "#6b9bc3";
const OWN = "#1f4e79";

/** A bar's fill and outline by how sure its figure is, in its colour. */
const barStyle = (c: Certainty, colour: string) =>
  c === "lower_bound" || c === "cap"
    ? { fill: "white", stroke: colour, strokeWidth: 1.5 }
    : c === "approximate"
      ? { fill: colour, fillOpacity: 0.4, stroke: colour, strokeWidth: 1.5, strokeDasharray: "4,2" }
      : { fill: colour, stroke: colour };

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
  // One panel per indicator and kind of target: an annual target and a total are not one scale.
  const panelKey = (r: TargetRow) => `${r.indicator_zh}|${targetLabel(r)}`;
  const keys = [...new Set(rows.map(panelKey))];
  const wholes = new Map<string, string[]>();
  for (const r of rows.filter((r) => r.is_whole)) wholes.set(panelKey(r), [...(wholes.get(panelKey(r)) ?? []), printed(r)]);
  const titles = new Map(
    keys.map((key) => {
      const [indicator, target] = key.split("|");
      const whole = wholes.get(key);
      const notes = [target, whole && `${wholeLabel}：${whole.join("；")}`].filter(Boolean);
      return [key, notes.length > 0 ? `${indicator}（${notes.join("；")}）` : indicator!];
    }),
  );
  const panel = (r: TargetRow) => titles.get(panelKey(r))!;
  const parts = rows.filter((r) => !r.is_whole);
  const max = new Map<string, number>();
  for (const r of parts) max.set(panelKey(r), Math.max(max.get(panelKey(r)) ?? 0, Number(r.value)));
  const names = [...new Set(parts.map((r) => wrap(shortName(r.label), narrow ? 5 : 10)))];
  const data = parts.map((r) => ({
    ...r,
    panel: panel(r),
    name: wrap(shortName(r.label), narrow ? 5 : 10),
    // Scaled within the panel: the bar's length is the figure over the panel's largest figure.
    share: Number(r.value) / (max.get(panelKey(r)) || 1),
    certainty: certainty(r.qualifier),
    own: r.region !== undefined && r.region === options.highlight,
    text: printed(r),
    title: tooltip({ ...r, label: `${r.label}：${r.indicator_zh}` }),
  }));
  const present = certaintiesIn(data.map((d) => d.certainty));
  const key = chartKey(
    present.some((c) => c !== "exact")
      ? present.map((c) => ({
          label: CERTAINTY_LABELS[c],
          swatch: (at: At) => [Plot.dot([0], { ...at, symbol: "square", r: 6, ...barStyle(c, BAR) })],
        }))
      : [],
    width,
  );
  const band = narrow ? 24 : 17;
  // Room above each panel's bars for its title, wrapped on a phone.
  const titleText = (t: string) => (narrow ? wrap(t, 20) : t);
  const titleLines = Math.max(1, ...keys.map((k) => titleText(titles.get(k)!).split("\n").length));
  const insetTop = 6 + titleLines * 14;
  const panelHeight = names.length * band + insetTop + 2;
  const marginLeft = Math.ceil(Math.max(0, ...names.flatMap((n) => n.split("\n")).map((n) => textWidth(n)))) + 10;
  const marginTop = 8 + key.height;
  const panelTitles = keys.map((k) => titles.get(k)!);
  return {
    width,
    height: keys.length * panelHeight + 16 + key.height,
    marginLeft,
    marginRight: 48,
    marginTop,
    marginBottom: 8,
    x: { axis: null, domain: [0, 1] },
    y: { label: null, domain: names, insetTop, padding: 0.2 },
    fy: { axis: null, domain: panelTitles, padding: 0.08 },
    marks: [
      Plot.frame({ stroke: "#ddd" }),
      Plot.text(panelTitles, {
        fy: (d: string) => d,
        text: titleText,
        frameAnchor: "top-left",
        dx: -marginLeft + 4,
        dy: 4,
        fontWeight: "bold",
        lineHeight: 1.1,
      }),
      ...(["exact", "approximate", "lower_bound"] as const).flatMap((c) =>
        [false, true].map((own) =>
          Plot.barX(
            data.filter((d) => d.certainty === c && d.own === own),
            { x: "share", y: "name", fy: "panel", ...barStyle(c, own ? OWN : BAR), title: "title", tip: options.tip ?? false },
          ),
        ),
      ),
      Plot.text(data, { x: "share", y: "name", fy: "panel", text: "text", textAnchor: "start", dx: 4 }),
      ...key.marks(marginLeft, { top: -marginTop }),
    ],
  };
}
