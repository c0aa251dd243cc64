/**
 * A chart's build (src/lib/server/chart-build.ts): which control options it keeps, the caption,
 * id, drawings, dates, sources, table, CSV, workbench link and browser config, on a fake engine
 * serving synthetic rows (made up for this test), and once on the real snapshot.
 */
import { describe, expect, it } from "vitest";
import type { ChartRequest } from "../../../src/lib/charts/config.ts";
import type { Control } from "../../../src/lib/charts/controls.ts";
import { toCsv } from "../../../src/lib/data/csv.ts";
import { prebuiltRows } from "../../../src/lib/charts/prebuilt.ts";
import { buildChart, chartId, chartPicture, type ChartBuildContext } from "../../../src/lib/server/chart-build.ts";
import type { ParamValue } from "../../../src/lib/sql/bind.ts";
import type { NamedRow } from "../../../src/lib/sql/named.ts";
import { parseWorkbenchUrl } from "../../../src/lib/sql/workbench-url.ts";

const row = (label: string, period: string, value: number, source = "s-known"): NamedRow => ({
  label,
  period,
  value,
  value_as_printed: `${value}家`,
  qualifier: "exact",
  source,
  source_title: source === "s-known" ? "合成来源（测试用）" : "未知来源",
  region: label,
});

/** Synthetic rows by the `indicator` parameter. */
const ROWS: Record<string, NamedRow[]> = {
  a: [row("甲", "2022-12-31", 10), row("乙", "2021-06-30", 20, "s-unknown")],
  same: [row("甲", "2022-12-31", 10), row("乙", "2021-06-30", 20, "s-unknown")],
  one: [row("甲", "2020-12-31", 5)],
  b: [row("甲", "2019-12-31", 7), row("丙", "2023-01-01", 8)],
  none: [],
};

function context(releases = ["r1"]): ChartBuildContext & { asked: Record<string, ParamValue>[] } {
  const asked: Record<string, ParamValue>[] = [];
  return {
    asked,
    engine: {
      runNamed: async (_snapshot, _name, params) => {
        asked.push(params);
        return ROWS[String(params.indicator)] ?? [];
      },
    },
    sources: new Map([["s-known", { id: "s-known", kind: "external", title: "合成来源（测试用）", url: "https://example.org/a" }]]),
    releases: { latest: releases.at(-1)!, releases: releases.map((id) => ({ id, released: "2026-01-01" })) },
  };
}

const indicators: Control = {
  param: "indicator",
  label: "指标",
  options: ["a", "same", "one", "b", "none"].map((value) => ({ value, label: `指标${value}` })),
};

const request = (over: Partial<ChartRequest> = {}): ChartRequest => ({
  query: "peers_latest",
  params: { indicator: "a", until: "" },
  chart: "peer-bars",
  options: { unit: "家" },
  caption: "示例{indicator}（{until}）",
  controls: [indicators, { param: "until", label: "时间", options: [{ value: "", label: "各地最新" }] }],
  labelHead: "地区",
  ...over,
});

describe("a chart's build", () => {
  it("keeps the chosen option and those that draw two or more figures no earlier option drew", async () => {
    const ctx = context();
    const chart = await buildChart(request(), ctx);
    expect(chart.controls).toEqual([
      {
        ...indicators,
        options: [
          { value: "a", label: "指标a", selected: true },
          { value: "b", label: "指标b", selected: false },
        ],
      },
    ]);
    // The chosen option is not queried twice; the one-option control is not shown.
    expect(ctx.asked.filter((p) => p.indicator === "a")).toHaveLength(1);
    expect(chart.interactive).toBe(true);
  });

  it("without a choice, it is not interactive; with two releases, the snapshot is a choice", async () => {
    const plain = await buildChart(request({ controls: [] }), context());
    expect(plain.interactive).toBe(false);
    expect(plain.snapshots).toEqual([]);
    const two = await buildChart(request({ controls: [], snapshot: "r1" }), context(["r1", "r2"]));
    expect(two.interactive).toBe(true);
    expect(two.snapshots).toEqual([
      { id: "r1", latest: false, current: true },
      { id: "r2", latest: true, current: false },
    ]);
  });

  it("fills the caption; the config keeps the template, the latest snapshot and the words for every option", async () => {
    const chart = await buildChart(request(), context(["r1", "r2"]));
    expect(chart.caption).toBe("示例指标a（各地最新）");
    expect(chart.snapshot).toBe("r2");
    expect(chart.config).toMatchObject({ query: "peers_latest", caption: "示例{indicator}（{until}）", snapshot: "r2", labelHead: "地区" });
    expect(chart.config.labels.indicator!.none).toBe("指标none");
    expect(chart.config.labels.until).toEqual({ "": "各地最新" });
  });

  it("has an id from the query and a hash of what makes it, which changes with the options", async () => {
    const a = await buildChart(request(), context());
    const b = await buildChart(request({ options: { unit: "个" } }), context());
    expect(a.id).toMatch(/^chart-peers-latest-[0-9a-f]{8}$/);
    expect(b.id).not.toBe(a.id);
    expect((await buildChart(request(), context())).id).toBe(a.id);
  });

  it("draws wide and narrow, dates its figures, cites its sources (linked where known), and carries its rows as table and CSV", async () => {
    const chart = await buildChart(request(), context());
    expect(chart.drawings!.wide).toMatch(/^<(figure|svg)[\s\S]*width="640"/);
    expect(chart.drawings!.narrow).toContain('width="340"');
    expect(chart.periods).toBe("2021-06-30 至 2022-12-31");
    // A source the dataset knows is cited as it says; one it does not, by the row's own title, unlinked.
    expect(chart.sources).toEqual([
      { id: "s-known", text: "合成来源（测试用）", href: "https://example.org/a" },
      { id: "s-unknown", text: "未知来源" },
    ]);
    expect(chart.disagreement).toEqual({ text: "", explained: [] });
    expect(chart.table.body).toEqual([
      ["甲", "2022-12-31", "10家", "合成来源（测试用）"],
      ["乙", "2021-06-30", "20家", "未知来源"],
    ]);
    expect(decodeURIComponent(chart.csvHref.replace(/^data:text\/csv;charset=utf-8,/, ""))).toBe(toCsv(ROWS.a!));
    expect(new URL(chart.workbenchHref, "http://x").searchParams.get("param.indicator")).toBe("a");
    // Read back, the link runs peers_latest with $year as it was before $year existed (any year).
    expect(parseWorkbenchUrl(new URL(chart.workbenchHref, "http://x").search)).toEqual({
      snapshot: "r1",
      query: "peers_latest",
      // An old link's missing parameters are read with their defaults (workbench-url.ts).
      params: { indicator: "a", until: "", year: "" },
    });
  });

  it("carries the rows of the chart and of each option it offers, and of no other, for the browser's first change", async () => {
    const chart = await buildChart(request(), context());
    const file = chart.prebuilt!;
    expect(file.snapshot).toBe("r1");
    expect(prebuiltRows(file, "r1", { indicator: "a", until: "" })).toEqual(ROWS.a);
    expect(prebuiltRows(file, "r1", { indicator: "b", until: "" })).toEqual(ROWS.b);
    // Options not offered (one figure, the same rows as another, none) are not there; nor is another snapshot.
    for (const indicator of ["one", "same", "none"]) expect(prebuiltRows(file, "r1", { indicator, until: "" })).toBeUndefined();
    expect(prebuiltRows(file, "r2", { indicator: "b", until: "" })).toBeUndefined();
    // The form's strings find the build's parameters, whatever their order.
    expect(prebuiltRows(file, "r1", { until: "", indicator: "b" })).toEqual(ROWS.b);
    // Each distinct row once.
    expect(file.rows).toHaveLength(4);
    // A chart without a choice carries none.
    expect((await buildChart(request({ controls: [] }), context())).prebuilt).toBeUndefined();
  });

  it("has an id that depends on what makes the drawing, not on its controls, caption or snapshot", () => {
    const base = request();
    const other: ChartRequest = { ...base, caption: "另一个标题", controls: [], snapshot: "r9" };
    expect(chartId(base)).toBe(chartId(other));
    expect(chartId(base)).not.toBe(chartId({ ...base, params: { ...base.params, indicator: "b" } }));
  });

  it("draws a picture that says what it shows: caption, dates, snapshot, sources and where it lives", async () => {
    const chart = await buildChart(request(), context());
    const svg = chartPicture(chart, "双创载体信息 · https://example.org/charts/x/")!;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const text of [
      "示例指标a（各地最新）",
      "数据时间：2021-06-30 至 2022-12-31；快照 r1",
      "来源：合成来源（测试用）；未知来源",
      "https://example.org/charts/x/",
    ])
      expect(svg).toContain(text);
    // The drawing is in it, at its size.
    expect(svg).toContain('width="640"');
    expect(
      chartPicture(await buildChart(request({ params: { indicator: "none", until: "" }, controls: [] }), context()), "x"),
    ).toBeUndefined();
  });

  it("with no rows: no drawing, no dates, no sources", async () => {
    const chart = await buildChart(request({ params: { indicator: "none", until: "" }, controls: [] }), context());
    expect(chart.drawings).toBeUndefined();
    expect(chart.periods).toBe("");
    expect(chart.sources).toEqual([]);
  });

  it("on the real snapshot: the Jiangsu tile grid draws Jiangsu's cities", async () => {
    const chart = await buildChart({
      query: "peers_latest",
      params: { indicator: "national_incubators", parent: "320000", level: "city", kind: "actual", until: "", year: "" },
      chart: "jiangsu-tile-grid",
      options: { label: "国家级科技企业孵化器" },
      caption: "江苏各设区市{indicator}",
      labelHead: "地区",
    });
    expect(chart.rows.length).toBeGreaterThanOrEqual(2);
    expect(chart.rows.every((r) => /市$/.test(r.label))).toBe(true);
    expect(chart.drawings!.wide).toContain("苏州");
  });
});
