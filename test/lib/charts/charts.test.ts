/**
 * SVG snapshots of every chart spec, drawn from fixed fixtures (synthetic figures, made up for
 * these tests; snapshot.ts says how snapshots are compared, and fails a drawing Plot warns about,
 * as Plot's own snapshot tests do). The cases of honest drawing (近/约, disagreements, mixed years,
 * date bases, target types) are in honest.test.ts.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderSvg, type PlotOptions } from "../../../src/lib/charts/render.ts";
import { seriesOverTime } from "../../../src/lib/charts/series-over-time.ts";
import { jiangsuTileGrid, PROVINCE_GRID, provinceTileGrid } from "../../../src/lib/charts/tile-grid.ts";
import { peerBars } from "../../../src/lib/charts/peer-bars.ts";
import { smallMultiples } from "../../../src/lib/charts/small-multiples.ts";
import { incentiveAmounts } from "../../../src/lib/charts/incentive-amounts.ts";
import { partsOfWhole } from "../../../src/lib/charts/parts-of-whole.ts";
import { chartTable } from "../../../src/lib/charts/table.ts";
import { charts } from "../../../src/lib/charts/index.ts";
import { draw, snapshot } from "./snapshot.ts";

// Synthetic fixture rows: not figures from any source.
const series = [
  { period: "2015-12-31", value: 500, qualifier: "exact", label: "孵化器（纳入统计的各类）" },
  { period: "2018-12-31", value: 800, qualifier: "exact", label: "孵化器（纳入统计的各类）" },
  { period: "2022-05-05", value: 1000, qualifier: "more_than", label: "孵化器（纳入统计的各类）" },
  { period: "2016-12-31", value: 100, qualifier: "exact", label: "国家级孵化器" },
  { period: "2021-12-31", value: 200, qualifier: "exact", label: "国家级孵化器" },
];

// Synthetic fixture rows for the other specs: made up, not figures from any source.
const synthetic = { source: "synthetic", source_title: "合成示例（测试用）" };
const provinces = [
  { region: "320000", label: "江苏省", period: "2021-12-31", value: 200, value_as_printed: "200家", qualifier: "exact", ...synthetic },
  { region: "440000", label: "广东省", period: "2020-12-31", value: 150, value_as_printed: "150家", qualifier: "exact", ...synthetic },
  { region: "620000", label: "甘肃省", period: "2019-12-31", value: 50, value_as_printed: "50家", qualifier: "more_than", ...synthetic },
];
const peers = [
  { region: "320000", label: "江苏省", period: "2022-05-05", value: 200, value_as_printed: "200家", qualifier: "exact", ...synthetic },
  { region: "330000", label: "浙江省", period: "2021-06-30", value: 80, value_as_printed: "80家", qualifier: "more_than", ...synthetic },
  { region: "150000", label: "内蒙古自治区", period: "2019-12-31", value: 20, value_as_printed: "20家", qualifier: "exact", ...synthetic },
];
const target = (label: string, indicator_zh: string, value: number, extra: Record<string, unknown> = {}) => ({
  label,
  indicator_zh,
  period: "2023/2025",
  value,
  value_as_printed: String(value),
  qualifier: "exact",
  ...synthetic,
  ...extra,
});
const targets = [
  target("示例市", "示例目标甲", 10, { is_whole: true, qualifier: "more_than", value_as_printed: "10" }),
  target("东区", "示例目标甲", 1),
  target("西区", "示例目标甲", 2),
  target("示例经济技术开发区", "示例目标甲", 3),
  target("示例市", "示例目标乙", 9, { is_whole: true }),
  target("东区", "示例目标乙", 40),
  target("西区", "示例目标乙", 50),
  target("示例经济技术开发区", "示例目标乙", 45),
];
const incentive = (label: string, carrier: string, level: string, event: string, value: number, cap: boolean) => ({
  label,
  carrier,
  level,
  event,
  period: "2022-01-01",
  value,
  value_as_printed: `${value}万元`,
  qualifier: cap ? "cap" : "exact",
  ...synthetic,
});
const incentives = [
  incentive("甲县", "incubator", "national", "new_recognition", 100, true),
  incentive("甲县", "maker_space", "provincial", "new_recognition", 50, false),
  incentive("乙市", "carrier", "any", "evaluation", 300, false),
];
const parts = [
  { label: "示例载体总数", role: "whole", period: "2021-12-31", value: 300, value_as_printed: "300家", qualifier: "exact", ...synthetic },
  { label: "示例孵化器", role: "part", period: "2021-12-31", value: 120, value_as_printed: "120家", qualifier: "exact", ...synthetic },
  { label: "示例众创空间", role: "part", period: "2021-12-31", value: 180, value_as_printed: "180家", qualifier: "exact", ...synthetic },
];

describe("chart specs", () => {
  it("series over time: scopes apart, lower bounds hollow", () => {
    const svg = snapshot("series-over-time", seriesOverTime(series, { unit: "家" }));
    expect(svg).toContain("国家级孵化器");
    // One hollow point: the figure printed as 超过; and its swatch in the key.
    expect(svg.match(/fill="white"/g)).toHaveLength(2);
    expect(svg).toContain("下限（超过、以上、不少于）");
  });

  it("Jiangsu tile grid: 13 cities, missing data shown as such", () => {
    const svg = snapshot(
      "jiangsu-tile-grid",
      jiangsuTileGrid(
        [
          { region: "320500", period: "2021-12-31", value: 60, value_as_printed: "60家" },
          { region: "320100", period: "2021-12-31", value: 40, value_as_printed: "40家" },
          { region: "320900", period: "2021-12-31", value: 10, value_as_printed: "10家" },
        ],
        { label: "示例指标（家）" },
      ),
    );
    expect(svg).not.toMatch(/>0家</);
    for (const city of ["徐州", "连云港", "宿迁", "淮安", "盐城", "扬州", "泰州", "南通", "南京", "镇江", "常州", "无锡", "苏州"])
      expect(svg).toContain(city);
    expect(svg.match(/无数据/g)).toHaveLength(10 * 2); // in the tile and in its tooltip
  });

  it("leaves no aria-label on plain <g> elements (axe: aria-prohibited-attr)", () => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const svg = renderSvg(seriesOverTime(series, { unit: "家" }), document as unknown as Document, "测试");
    expect(svg).not.toMatch(/<g[^>]*aria-label/);
    // Nothing the Content-Security-Policy (style-src 'self') would refuse.
    expect(svg).not.toMatch(/<style|style="/);
    expect(svg).toMatch(/<svg[^>]*role="img"[^>]*aria-label="测试"|<svg[^>]*aria-label="测试"[^>]*role="img"/);
  });

  it("series over time: a tooltip on every point with the printed figure, period and source", () => {
    const spec = seriesOverTime(
      series.map((r) => ({ ...r, value_as_printed: `${r.value}家`, source_title: "合成来源" })),
      { unit: "家" },
    );
    const svg = draw(spec);
    expect(svg).toContain("超过1000家");
    expect(svg).toContain("来源：合成来源");
  });

  it("province tile grid: 31 provinces, missing ones say 无数据, lower bounds keep 超过", () => {
    expect(PROVINCE_GRID).toHaveLength(31);
    expect(new Set(PROVINCE_GRID.map((t) => t.code)).size).toBe(31);
    expect(new Set(PROVINCE_GRID.map((t) => `${t.row},${t.col}`)).size).toBe(31);
    for (const t of PROVINCE_GRID) expect(t.code).toMatch(/^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])0000$/);
    const svg = snapshot("province-tile-grid", provinceTileGrid(provinces, { label: "示例指标（家）" }));
    // Printed in the tile and in its tooltip, and once in the key (the figures are of several years).
    expect(svg.match(/无数据/g)).toHaveLength(28 * 2 + 1);
    expect(svg).toContain("超过50家");
    expect(svg).not.toMatch(/>0家</);
    // The lower bound has a dashed outline.
    expect(svg.match(/stroke-dasharray="3,2"/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
  });

  it("province tile grid stays readable at phone width", () => {
    const svg = snapshot("province-tile-grid-340", provinceTileGrid(provinces, { label: "示例指标（家）", width: 340 }));
    expect(svg).toContain('width="340"');
  });

  it("peer bars: each bar labelled with its figure and its as-of date; lower bounds hollow", () => {
    const svg = snapshot("peer-bars", peerBars(peers, { unit: "家", highlight: "320000" }));
    for (const p of peers) expect(svg).toContain(p.period);
    expect(svg).toContain("超过80家，2021-06-30");
    // One hollow bar, and its swatch in the key.
    expect(svg.match(/fill="white"/g)).toHaveLength(2);
    // The page's own region is emphasised.
    expect(svg).toContain("#1f4e79");
  });

  it("peer bars at phone width put the date under the figure", () => {
    const svg = snapshot("peer-bars-340", peerBars(peers, { unit: "家", width: 340 }));
    expect(svg).toContain("2021-06-30");
    expect(svg).toContain('width="340"');
  });

  it("small multiples: one panel per indicator, the whole printed in the title, not drawn or summed", () => {
    const svg = snapshot("small-multiples", smallMultiples(targets, {}));
    expect(svg).toContain("示例目标甲（全市：超过10）");
    expect(svg).toContain("示例目标乙（全市：9）");
    // 3 parts × 2 indicators: the whole is not a bar.
    expect(svg.match(/<rect/g)).toHaveLength(6 + 2 /* panel frames */);
    // No figure that is not printed: the parts of 甲 add up to 6, which appears nowhere.
    expect(svg).not.toMatch(/>6</);
  });

  it("incentive amounts: caps hollow and printed with 最高, fixed amounts solid", () => {
    const svg = snapshot("incentive-amounts", incentiveAmounts(incentives, {}));
    expect(svg).toContain("最高100万元");
    expect(svg).toContain("国家级孵化器·新认定");
    // One hollow bar, and the cap's swatch in the key.
    expect(svg.match(/fill="white"/g)).toHaveLength(2);
    expect(svg).toContain("上限（最高）");
    expect(svg).not.toContain("最高50万元");
  });

  it("parts of a whole: the whole and its printed parts, no other figure", () => {
    const svg = snapshot("parts-of-whole", partsOfWhole(parts, { unit: "家" }));
    expect(svg).toContain("300家");
    expect(svg).toContain("120家");
    expect(svg).toContain("180家");
  });

  it("every spec accepts options.width and draws at 340 without throwing", () => {
    const fixtures: Record<string, [unknown[], Record<string, unknown>]> = {
      "series-over-time": [series, { unit: "家" }],
      "jiangsu-tile-grid": [[], { label: "示例" }],
      "province-tile-grid": [provinces, { label: "示例" }],
      "peer-bars": [peers, { unit: "家" }],
      "small-multiples": [targets, {}],
      "incentive-amounts": [incentives, {}],
      "parts-of-whole": [parts, { unit: "家" }],
    };
    expect(Object.keys(fixtures).sort()).toEqual(Object.keys(charts).sort());
    for (const [name, [rows, options]] of Object.entries(fixtures)) {
      const spec = (charts[name as keyof typeof charts] as (r: unknown[], o: unknown) => PlotOptions)(rows, { ...options, width: 340 });
      expect(spec.width, name).toBe(340);
      expect(draw(spec)).toContain("<svg");
    }
  });

  it("a drawing Plot warns about fails", () => {
    // Numbers given as text: Plot draws them on an ordinal scale, and warns.
    expect(() => draw({ marks: [Plot.dot([{ x: "1" }, { x: "2" }], { x: "x" })] })).toThrow(/Plot warned/);
  });

  it("data table: display strings with qualifiers, generic over every query", () => {
    const table = chartTable(
      [
        { label: "甲", period: "2022-05-05", value: 1000, value_as_printed: "1000家", qualifier: "more_than", source_title: "来源甲" },
        { label: "乙", period: "2021", value: 500, value_as_printed: "500以上", qualifier: "more_than", source_title: "来源乙" },
        { label: "丙", period: "2022-04-15", value: 100, value_as_printed: "100万元", qualifier: "cap", source_title: null },
      ],
      "地区",
    );
    expect(table.head).toEqual(["地区", "时间", "数值", "来源"]);
    expect(table.body).toEqual([
      ["甲", "2022-05-05", "超过1000家", "来源甲"],
      ["乙", "2021", "500以上", "来源乙"],
      ["丙", "2022-04-15", "最高100万元", ""],
    ]);
    expect(table.numeric).toEqual([false, false, true, false]);
  });
});
