/**
 * A region's figures over time, one line per indicator (scope), so that different scopes (all
 * incubators in the statistics, provincial-or-higher, national) are never joined into one series.
 * How sure each figure is shows in its dot (key.ts): exact figures solid, 近/约 a ring with a dot,
 * 超过/以上/不少于 hollow. A figure from an undated source sits at its earliest day with an arrow
 * (不早于); a figure with no date at all is listed under the chart, never placed on the axis.
 * Figures that disagree (disagreements.ts) get one symbol per source, are never joined by the
 * line, and are marked 来源不一致. Query: region_series (label = the indicator's Chinese name).
 */
import * as Plot from "@observablehq/plot";
import { DEFAULT_WIDTH, type BaseOptions, certainty, isNarrow, type Loose, printed, tooltip, wrap, type ChartRow } from "./common.ts";
import { disagreements } from "./disagreements.ts";
import { CERTAINTY_LABELS, certaintiesIn, chartKey, type At, type KeyItem } from "./key.ts";
import type { PlotOptions } from "./render.ts";
import { axisDate, dateBasis, dateLabel } from "./when.ts";

export type SeriesRow = Pick<ChartRow, "label" | "value" | "qualifier"> &
  Loose<Omit<ChartRow, "label" | "value" | "qualifier">> & { region?: string | null; indicator?: string | null };

export interface SeriesOptions extends BaseOptions {
  /** Unit on the y axis (家, 个, %). */
  unit: string;
}

/** One symbol per source among figures that disagree (filled shapes, so that hollow ones read). */
const SOURCE_SYMBOLS = ["triangle", "square", "diamond", "star", "wye", "cross"];
const KEY_COLOR = "#555";

export function seriesOverTime(rows: SeriesRow[], options: SeriesOptions): PlotOptions {
  const width = options.width ?? DEFAULT_WIDTH;
  const narrow = isNarrow(width);
  const all = rows.map((r) => {
    const day = axisDate(r);
    return { ...r, value: Number(r.value), day, certainty: certainty(r.qualifier), title: tooltip(r) };
  });
  const undated = all.filter((d) => d.day === null);
  const dated = all.filter((d) => d.day !== null);
  const disputedGroups = disagreements(dated);
  const disputed = new Set(disputedGroups.flat());
  const disputedSources = [...new Set(dated.filter((_, i) => disputed.has(i)).map((r) => r.source ?? ""))];
  const data = dated.map((d, i) => ({
    ...d,
    date: new Date(d.day!),
    disputed: disputed.has(i),
    notBefore: dateBasis(d) === "not_before",
    symbol: disputed.has(i) ? SOURCE_SYMBOLS[disputedSources.indexOf(d.source ?? "") % SOURCE_SYMBOLS.length]! : "circle",
  }));

  // The line of each indicator runs through its undisputed figures in date order and breaks at a
  // disputed one: no line ever joins figures that disagree.
  const segments: (typeof data)[number][] = [];
  for (const label of new Set(data.map((d) => d.label))) {
    let segment = 0;
    for (const d of data.filter((d) => d.label === label).sort((a, b) => a.day!.localeCompare(b.day!))) {
      if (d.disputed) segment += 1;
      else segments.push({ ...d, segment: `${label}|${segment}` } as never);
    }
  }
  const groups = disputedGroups.map((g) => g.map((i) => data[i]!));

  const years = data.map((d) => d.date.getUTCFullYear());
  const span = years.length > 0 ? Math.max(...years) - Math.min(...years) : 0;
  // One tick a year where there is room; every second or fifth year on a phone or a long span.
  const step = Math.max(1, Math.ceil(span / (narrow ? 4 : 9)));

  const dot = (certainty: string, extra: Record<string, unknown> = {}) => {
    const subset = data.filter((d) => d.certainty === certainty);
    const common = { x: "date", y: "value", symbol: "symbol", title: "title", tip: options.tip ?? false, ...extra };
    if (certainty === "exact") return [Plot.dot(subset, { ...common, fill: "label", r: 3.5 })];
    if (certainty === "approximate")
      return [
        Plot.dot(subset, { ...common, stroke: "label", fill: "white", r: 4.5, strokeWidth: 1.5 }),
        Plot.dot(subset, { x: "date", y: "value", symbol: "symbol", fill: "label", r: 1.6 }),
      ];
    return [Plot.dot(subset, { ...common, stroke: "label", fill: "white", r: 4, strokeWidth: 1.5 })];
  };

  const keyItems: KeyItem[] = [
    ...certaintiesIn(data.map((d) => d.certainty)).map((c) => ({ label: CERTAINTY_LABELS[c], swatch: (at: At) => swatch(c, at) })),
    ...(data.some((d) => d.notBefore)
      ? [
          {
            label: "不早于该日（来源未注明日期）",
            swatch: (at: At) => [...swatch("exact", at), arrow([0], { ...at, fill: KEY_COLOR, dx: at.dx + 12 })],
            width: 28,
          },
        ]
      : []),
    ...(groups.length > 0
      ? [
          {
            label: "来源不一致：按来源分列，不连线",
            swatch: (at: At) => [
              Plot.dot([0], { ...at, dx: at.dx - 3, symbol: "triangle", fill: KEY_COLOR, r: 3.5 }),
              Plot.dot([0], { ...at, dx: at.dx + 6, symbol: "square", fill: KEY_COLOR, r: 3 }),
            ],
            width: 22,
          },
        ]
      : []),
  ];
  // The key lists the kinds of mark only when they are not all exact.
  const key = chartKey(keyItems.length > 1 || data.some((d) => d.certainty !== "exact") ? keyItems : [], width);
  const undatedLines = undated.map((d) => `${d.label} ${printed(d)}（${dateLabel(d)}${d.source_title ? `，${d.source_title}` : ""}）`);
  const undatedText =
    undated.length > 0 ? wrap(`不在时间轴上：${undatedLines.join("；")}`, Math.max(10, Math.floor((width - 16) / 12))) : "";
  const undatedHeight = undatedText ? undatedText.split("\n").length * 15 + 6 : 0;
  const marginLeft = 56;
  // The key goes under the x axis (the y axis's label is at the top), then the undated figures.
  const marginBottom = 36 + key.height + undatedHeight;

  return {
    width,
    height: (narrow ? 280 : 320) + key.height + undatedHeight,
    // CJK labels are wider than Plot assumes: leave room for them.
    marginLeft,
    // Room for the last tick's label (2022年底), centred on the right edge.
    marginRight: 28,
    marginBottom,
    color: { legend: true, type: "categorical", scheme: "Tableau10" },
    // Figures are mostly year-end stocks: the tick at 1 January 2016 is the end of 2015.
    x: {
      type: "utc",
      label: null,
      ticks: step === 1 ? "year" : `${step} years`,
      tickFormat: (d: Date) => `${d.getUTCFullYear() - 1}年底`,
    },
    y: { grid: true, label: `↑ ${String(rows[0]?.unit ?? "") || options.unit}`, zero: true, ticks: narrow ? 4 : 6 },
    marks: [
      Plot.line(segments, { x: "date", y: "value", stroke: "label", z: "segment", sort: "date" }),
      ...dot("exact"),
      ...dot("approximate"),
      ...dot("lower_bound"),
      arrow(
        data.filter((d) => d.notBefore),
        { x: "date", y: "value", fill: "label", dx: 12 },
      ),
      Plot.text(
        groups.map((g) => ({ date: g.at(-1)!.date, value: Math.max(...g.map((d) => d.value)) })),
        { x: "date", y: "value", text: () => "来源不一致", dy: -12, textAnchor: "end", fill: "#8a2c2c", fontWeight: "bold" },
      ),
      Plot.ruleY([0]),
      ...key.marks(marginLeft, { bottom: 30 }),
      ...(undatedText
        ? [
            Plot.text([undatedText], {
              frameAnchor: "bottom-left",
              dx: -marginLeft + 4,
              dy: marginBottom - 4,
              text: (d: string) => d,
              textAnchor: "start",
              lineAnchor: "bottom",
              lineHeight: 1.25,
            }),
          ]
        : []),
    ],
  };
}

/** A → beside a figure from an undated source: its day is the earliest it can have. */
function arrow(data: unknown[], options: Record<string, unknown>) {
  return Plot.text(data, { text: () => "→", textAnchor: "middle", fontWeight: "bold", ...options });
}

/** A key swatch drawn as the chart draws a dot of that certainty. */
function swatch(c: string, at: At): Plot.Markish[] {
  if (c === "exact") return [Plot.dot([0], { ...at, fill: KEY_COLOR, r: 3.5 })];
  if (c === "approximate")
    return [
      Plot.dot([0], { ...at, stroke: KEY_COLOR, fill: "white", r: 4.5, strokeWidth: 1.5 }),
      Plot.dot([0], { ...at, fill: KEY_COLOR, r: 1.6 }),
    ];
  return [Plot.dot([0], { ...at, stroke: KEY_COLOR, fill: "white", r: 4, strokeWidth: 1.5 })];
}
