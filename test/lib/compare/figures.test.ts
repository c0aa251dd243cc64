/**
 * What the comparison page shows for a choice (src/lib/compare/figures.ts), from made-up rows of
 * compare_series and compare_latest.
 */
import { describe, expect, it } from "vitest";
import { compareView } from "../../../src/lib/compare/figures.ts";

const row = (region: string, region_name: string, period: string, date_basis: string, value: number, source: string) => ({
  label: region_name,
  region,
  region_name,
  indicator: "national_incubators",
  indicator_zh: "国家级科技企业孵化器",
  period,
  date_basis,
  kind: "actual",
  value,
  value_as_printed: `${value}家`,
  qualifier: "exact",
  source,
  source_title: `来源${source}`,
  unit: "家",
});
// Jiangsu's latest (244, current on 2023-02-02) and 219 (not before 2022-12-30) disagree.
const series = [
  row("320000", "江苏省", "2021-12-31", "printed", 244, "a"),
  row("320000", "江苏省", "2022-12-30", "not_before", 219, "c"),
  row("320000", "江苏省", "2023-02-02", "publication", 244, "b"),
  row("330000", "浙江省", "2022-06-24", "publication", 109, "e"),
];
const latest = [series[2]!, series[3]!];
const names = {
  place: (id: string) => ({ "320000": "江苏省", "330000": "浙江省", "440000": "广东省" })[id] ?? id,
  indicator: "国家级科技企业孵化器",
  unit: "家",
};
const choice = { regions: ["320000", "330000", "440000"], indicator: "national_incubators" };

describe("a comparison", () => {
  const view = compareView(choice, series, latest, names, "2026-12-01");

  it("over time: one line per place from compare_series, its table and sources from the rows", () => {
    expect(view.over.chart).toBe("series-over-time");
    expect(view.over.caption).toBe("国家级科技企业孵化器：江苏省、浙江省、广东省历年的数字（各地分列，不相加）");
    expect(view.over.periods).toBe("（数据时间：2021-12-31 至 2023-02-02；快照 2026-12-01）");
    expect(view.over.table.body[1]).toEqual(["江苏省", "不早于2022-12-30", "219家", "来源c"]);
    expect(view.over.sources.map((s) => s.id)).toEqual(["a", "c", "b", "e"]);
    expect(view.over.params).toEqual({ regions: "320000,330000,440000", indicator: "national_incubators" });
  });

  it("names the places without a figure, never draws them as zero", () => {
    expect(view.over.missing).toBe("无数据：广东省（数据集中没有其国家级科技企业孵化器的数字，不是零）。");
    expect(view.side.missing).toBe(view.over.missing);
  });

  it("side by side: each place's latest; a latest figure another source contradicts is said under the bars too", () => {
    expect(view.side.chart).toBe("peer-bars");
    expect(view.side.table.body.map((r) => r[0])).toEqual(["江苏省", "浙江省"]);
    // The 2021 figure disagrees with the 219 too: the group is every figure linked by a disagreement.
    expect(view.side.disagreement.text).toMatch(
      /^来源不一致：江苏省国家级科技企业孵化器 244家（2021-12-31，来源a）、219家（不早于2022-12-30，来源c）、244家（截至2023-02-02（报道日期），来源b）/,
    );
    expect(view.side.disagreement.explained).toEqual([
      { href: "/data/#disagreement-320000-national_incubators", label: "江苏省国家级科技企业孵化器" },
    ]);
    // Zhejiang alone has nothing to disagree about.
    const calm = compareView({ ...choice, regions: ["330000", "440000"] }, [series[3]!], [series[3]!], names, "2026-12-01");
    expect(calm.side.disagreement.text).toBe("");
  });
});
