/**
 * Regions side by side, one bar each, for one indicator: provinces, a province's cities, a
 * city's counties and zones. Sources differ in date, so every bar is labelled with its figure as
 * printed and its date, and bars are ranked only among figures of the same year: figures from
 * before the newest year are set apart under their year, faded, and undated ones last; targets
 * are grouped by what kind of target they are (到2025年, 每年, 累计). How sure a figure is shows in
 * its bar (key.ts): exact solid, 近/约 pale with a dashed outline, 超过/以上/不少于 hollow. A
 * figure another source disputes gets a bar of its own under the place's latest, labelled with
 * its source: two sources, two bars, never one.
 * Query: peers_latest (one row per region, label = region name; and a row per disputing figure).
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
import { CERTAINTY_LABELS, certaintiesIn, chartKey, type At, type KeyItem } from "./key.ts";
import type { PlotOptions } from "./render.ts";
import { figureYear, newestYear, targetLabel, whenLabel } from "./when.ts";

export type PeerRow = Pick<ChartRow, "label" | "value" | "value_as_printed" | "qualifier"> &
  Loose<Omit<ChartRow, "label" | "value" | "value_as_printed" | "qualifier">> & {
    region?: string;
    id?: string | null;
    /** Set on a figure of another source that disputes the place's latest (peers_latest.sql): its id. */
    rival_of?: string | null;
  };

export interface PeerBarsOptions extends BaseOptions {
  /** Unit under the x axis (家, 个, %). */
  unit: string;
  /** A region (code or zone id) to emphasise: the page's own region among its peers. */
  highlight?: string;
}

/** A group of figures that may be ranked among themselves: one year, undated, or one kind of target. */
interface Group {
  key: string;
  heading: string;
  /** Set apart as older than the newest year (or undated): faded. */
  older: boolean;
  order: number;
}

function groupOf(row: PeerRow, newest: number | null): Group {
  const target = targetLabel(row);
  if (row.kind === "target" || target)
    return { key: `target:${target}`, heading: `目标：${target || "类型不详"}`, older: false, order: -Number(row.target_year ?? 0) };
  const year = figureYear(row);
  if (year === null) return { key: "undated", heading: "日期不详（不与上面的数字比较）", older: true, order: Infinity };
  const older = newest !== null && year < newest;
  return { key: `year:${year}`, heading: older ? `${year}年的数字（较早，不与上面的数字比较）` : `${year}年的数字`, older, order: -year };
}

export function peerBars(rows: PeerRow[], options: PeerBarsOptions): PlotOptions {
  const width = options.width ?? DEFAULT_WIDTH;
  const narrow = isNarrow(width);
  const latest = rows.filter((r) => !r.rival_of);
  const newest = newestYear(latest.filter((r) => r.kind !== "target"));
  // A disputing figure sits in its place's group, right under the place's latest.
  const grouped = latest.map((r) => ({ row: r, group: groupOf(r, newest) }));
  const rivalsOf = (r: PeerRow) => rows.filter((x) => x.rival_of && x.rival_of === r.id);
  const groups = [...new Map(grouped.map((g) => [g.group.key, g.group])).values()].sort(
    (a, b) => a.order - b.order || a.key.localeCompare(b.key),
  );
  // Headings only when there is more than one group; bars ranked by value within their group.
  const headed = groups.length > 1;
  const items: ({ heading: string } | { row: PeerRow; group: Group })[] = groups.flatMap((group) => [
    ...(headed ? [{ heading: group.heading }] : []),
    ...grouped
      .filter((g) => g.group.key === group.key)
      .sort((a, b) => Number(b.row.value) - Number(a.row.value) || a.row.label.localeCompare(b.row.label))
      .flatMap((g) => [g, ...rivalsOf(g.row).map((row) => ({ row, group: g.group }))]),
  ]);
  const headings = items.flatMap((item, index) => ("heading" in item ? [{ index, text: item.heading }] : []));
  const data = items.flatMap((item, index) => {
    if ("heading" in item) return [];
    const r = item.row;
    const when = whenLabel(r);
    const rival = Boolean(r.rival_of);
    // A disputing figure's bar says whose it is; the place's name is on the bar above.
    const figure = rival ? `另一来源：${printed(r)}` : printed(r);
    return [
      {
        ...r,
        index,
        rival,
        name: rival ? "" : wrap(shortName(r.label), narrow ? 5 : 9),
        value: Number(r.value),
        certainty: certainty(r.qualifier),
        older: item.group.older,
        own: options.highlight !== undefined && r.region === options.highlight,
        // The figure with its qualifier and its date: sources differ in date.
        text: when ? (narrow ? `${figure}\n${when}` : `${figure}，${when}`) : figure,
        title: tooltip(r),
      },
    ];
  });
  const names = new Map(data.map((d) => [d.index, d.name]));
  const longest = (texts: string[]) => Math.max(0, ...texts.flatMap((t) => t.split("\n")).map((t) => textWidth(t)));
  const marginLeft = Math.ceil(longest(data.map((d) => d.name))) + 10;
  const marginRight = Math.ceil(longest(data.map((d) => d.text))) + 10;
  const band = narrow ? 34 : 26;
  const key = chartKey(keyItems(data), width);
  const rivalsDrawn = data.filter((d) => d.rival);
  const marginTop = 8 + key.height;
  const colour = (d: (typeof data)[number]) => (d.own ? "#1f4e79" : "#6b9bc3");
  const bars = (c: Certainty, style: Record<string, unknown>) =>
    (["current", "older"] as const).map((age) =>
      Plot.barX(
        data.filter((d) => d.certainty === c && d.older === (age === "older")),
        { x: "value", y: "index", title: "title", tip: options.tip ?? false, ...style, ...(age === "older" ? { opacity: 0.45 } : {}) },
      ),
    );
  return {
    width,
    height: items.length * band + 40 + key.height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom: 32,
    // The rows' own unit first: a reader who picks another indicator may pick another unit.
    x: { grid: true, label: `${String(rows[0]?.unit ?? "") || options.unit} →`, ticks: narrow ? 3 : 6, zero: true },
    y: {
      label: null,
      domain: items.map((_, i) => i),
      tickFormat: (i: number) => names.get(i) ?? "",
      tickSize: 0,
      padding: 0.25,
    },
    marks: [
      ...bars("exact", { fill: colour }),
      ...bars("approximate", { fill: colour, fillOpacity: 0.4, stroke: colour, strokeWidth: 1.5, strokeDasharray: "4,2" }),
      ...bars("lower_bound", { fill: "white", stroke: colour, strokeWidth: 1.5 }),
      Plot.text(data, {
        x: "value",
        y: "index",
        text: "text",
        textAnchor: "start",
        dx: 4,
        lineHeight: 1.2,
        fill: (d: (typeof data)[number]) => (d.older ? "#666" : "currentColor"),
      }),
      Plot.text(headings, { y: "index", text: "text", frameAnchor: "left", dx: -marginLeft + 4, textAnchor: "start", fontWeight: "bold" }),
      // A ≠ where a place's name would be: its figures disagree.
      Plot.text(rivalsDrawn, { y: "index", text: () => "≠", frameAnchor: "left", dx: -14, fontWeight: "bold" }),
      Plot.ruleX([0]),
      ...key.marks(marginLeft, { top: -marginTop }),
    ],
  };
}

/** The key: how sure each figure is, disputed figures, and faded older years; none when all are exact and current. */
function keyItems(data: { certainty: Certainty; older: boolean; rival: boolean }[]): KeyItem[] {
  const present = certaintiesIn(data.map((d) => d.certainty));
  const older = data.some((d) => d.older);
  const disputed = data.some((d) => d.rival);
  if (!older && !disputed && present.every((c) => c === "exact")) return [];
  const colour = "#6b9bc3";
  const bar = (at: At, style: Record<string, unknown>) => Plot.dot([0], { ...at, symbol: "square", r: 6, ...style }) as Plot.Markish;
  const styles: Record<Certainty, Record<string, unknown>> = {
    exact: { fill: colour },
    approximate: { fill: colour, fillOpacity: 0.4, stroke: colour, strokeWidth: 1.5, strokeDasharray: "4,2" },
    lower_bound: { fill: "white", stroke: colour, strokeWidth: 1.5 },
    cap: { fill: "white", stroke: colour, strokeWidth: 1.5 },
  };
  return [
    ...present.map((c) => ({ label: CERTAINTY_LABELS[c], swatch: (at: At) => [bar(at, styles[c])] })),
    ...(disputed
      ? [
          {
            label: "来源不一致（各来源一根柱）",
            width: 20,
            swatch: (at: At) => [Plot.text(["≠"], { ...at, text: (d: string) => d, fontWeight: "bold", fontSize: 14 }) as Plot.Markish],
          },
        ]
      : []),
    ...(older ? [{ label: "较早年份或日期不详（淡色，分列）", swatch: (at: At) => [bar(at, { fill: colour, opacity: 0.45 })] }] : []),
  ];
}
