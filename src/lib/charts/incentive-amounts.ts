/**
 * Money policies promise per carrier kind and level, by paying region: one bar per promise,
 * labelled with the carrier, its level and the occasion (新认定, 绩效评价 …), coloured by region.
 * Amounts printed as 最高… are caps (upper bounds), drawn hollow and printed with 最高; fixed
 * amounts are solid. Query: incentives_by_region (label = the paying region's name).
 */
import * as Plot from "@observablehq/plot";
import { DEFAULT_WIDTH, type BaseOptions, isNarrow, printed, shortName, textWidth, tooltip, type ChartRow } from "./common.ts";
import { chartKey, type At } from "./key.ts";
import type { PlotOptions } from "./render.ts";

export const CARRIER_LABELS: Record<string, string> = {
  carrier: "孵化载体",
  incubator: "孵化器",
  maker_space: "众创空间",
  accelerator: "加速器",
  university_science_park: "大学科技园",
  science_enclave: "科创飞地",
};

export const LEVEL_LABELS: Record<string, string> = {
  national: "国家级",
  provincial: "省级",
  provincial_plus: "省级以上",
  municipal: "市级",
  municipal_plus: "市级以上",
  any: "不限级别",
  all: "各级",
};

export const EVENT_LABELS: Record<string, string> = {
  new_recognition: "新认定",
  evaluation: "绩效评价",
  operation: "运营",
  construction: "建设",
  other: "其他",
};

export type IncentiveRow = Pick<ChartRow, "label" | "period" | "value" | "value_as_printed" | "qualifier"> &
  Partial<ChartRow> & { carrier: string; level: string; event: string };

export interface IncentiveOptions extends BaseOptions {}

/** 国家级孵化器·新认定 */
export const incentiveItem = (r: Pick<IncentiveRow, "carrier" | "level" | "event">) =>
  `${r.level === "any" ? "" : (LEVEL_LABELS[r.level] ?? r.level)}${CARRIER_LABELS[r.carrier] ?? r.carrier}·${EVENT_LABELS[r.event] ?? r.event}`;

export function incentiveAmounts(rows: IncentiveRow[], options: IncentiveOptions = {}): PlotOptions {
  const width = options.width ?? DEFAULT_WIDTH;
  const narrow = isNarrow(width);
  const data = rows.map((r, index) => {
    const item = incentiveItem(r);
    const region = shortName(r.label);
    return {
      ...r,
      index,
      region,
      value: Number(r.value),
      cap: r.qualifier === "cap",
      // On a phone the region goes on its own line above the item.
      name: narrow ? `${region}\n${item}` : `${region}：${item}`,
      text: printed(r),
      title: tooltip({ ...r, label: `${r.label}：${item}` }),
    };
  });
  const marginLeft = Math.ceil(Math.max(0, ...data.flatMap((d) => d.name.split("\n")).map((t) => textWidth(t)))) + 10;
  const band = narrow ? 34 : 22;
  // The key: solid for a fixed amount, hollow for a cap (最高…), when there are caps to tell apart.
  const square = (at: At, style: Record<string, unknown>) => Plot.dot([0], { ...at, symbol: "square", r: 6, stroke: "#4e79a7", ...style });
  const key = chartKey(
    data.some((d) => d.cap)
      ? [
          { label: "定额", swatch: (at: At) => [square(at, { fill: "#4e79a7" })] },
          { label: "上限（最高）", swatch: (at: At) => [square(at, { fill: "white", strokeWidth: 1.5 })] },
        ]
      : [],
    width,
  );
  return {
    width,
    height: data.length * band + 64 + key.height,
    marginLeft,
    marginRight: Math.ceil(Math.max(0, ...data.map((d) => textWidth(d.text)))) + 12,
    marginTop: 8 + key.height,
    marginBottom: 32,
    color: { legend: true, type: "categorical", scheme: "Tableau10", domain: [...new Set(data.map((d) => d.region))] },
    x: { grid: true, label: "万元 →", ticks: narrow ? 3 : 6, zero: true },
    y: { label: null, domain: data.map((d) => d.index), tickFormat: (i: number) => data[i]?.name ?? "", padding: 0.25 },
    marks: [
      // Fixed amounts solid; caps (最高…) hollow: an amount up to which a policy pays.
      Plot.barX(
        data.filter((d) => !d.cap),
        { x: "value", y: "index", fill: "region", title: "title", tip: options.tip ?? false },
      ),
      Plot.barX(
        data.filter((d) => d.cap),
        { x: "value", y: "index", fill: "white", stroke: "region", strokeWidth: 1.5, title: "title", tip: options.tip ?? false },
      ),
      Plot.text(data, { x: "value", y: "index", text: "text", textAnchor: "start", dx: 4 }),
      Plot.ruleX([0]),
      ...key.marks(marginLeft, { top: -(8 + key.height) }),
    ],
  };
}
