/**
 * Every chart, one page each (src/lib/server/chart-registry.ts): charts drawn in several places
 * share an id and a page; requests with that id that differ are variants, and the page draws the
 * latest snapshot's, then the one offering most choices.
 */
import { describe, expect, it } from "vitest";
import type { ChartRequest } from "../../../src/lib/charts/config.ts";
import { chartId } from "../../../src/lib/server/chart-build.ts";
import { registerCharts, variantKey } from "../../../src/lib/server/chart-registry.ts";

const base: ChartRequest = {
  query: "peers_latest",
  params: { indicator: "a", parent: "", level: "province", kind: "actual", until: "", year: "" },
  chart: "peer-bars",
  options: { unit: "家" },
  caption: "甲",
};
const use = (href: string) => ({ href, title: href });

describe("the chart registry", () => {
  it("gives a chart drawn on several pages one entry, listing each page once", () => {
    const charts = registerCharts(
      [
        { request: base, use: use("/a/") },
        { request: base, use: use("/b/") },
        { request: base, use: use("/a/") },
        { request: { ...base, params: { ...base.params, indicator: "b" } }, use: use("/a/") },
      ],
      "r2",
    );
    expect([...charts.keys()]).toEqual([chartId(base), chartId({ ...base, params: { ...base.params, indicator: "b" } })]);
    expect(charts.get(chartId(base))!.usedOn.map((u) => u.href)).toEqual(["/a/", "/b/"]);
    expect(charts.get(chartId(base))!.variants.size).toBe(1);
  });

  it("keeps each differing request as a variant; the page draws the latest snapshot's, then the one with most choices", () => {
    const old = {
      ...base,
      snapshot: "r1",
      controls: [
        { param: "x", label: "x", options: [] },
        { param: "y", label: "y", options: [] },
      ],
    };
    const fewer = { ...base, caption: "乙", snapshot: "r2" };
    const more = { ...base, caption: "丙", controls: [{ param: "until", label: "时间", options: [] }] };
    const charts = registerCharts(
      [old, fewer, more].map((request, i) => ({ request, use: use(`/${i}/`) })),
      "r2",
    );
    const chart = charts.get(chartId(base))!;
    expect(chart.variants.size).toBe(3);
    expect(chart.request).toBe(more);
  });

  it("reads a request without a snapshot as the latest's: one variant, one picture", () => {
    expect(variantKey(base, "r2")).toBe(variantKey({ ...base, snapshot: "r2" }, "r2"));
    expect(variantKey(base, "r2")).not.toBe(variantKey({ ...base, snapshot: "r1" }, "r2"));
    // Key order does not make another variant.
    const reordered = { caption: base.caption, options: base.options, chart: base.chart, params: base.params, query: base.query };
    expect(variantKey(reordered, "r2")).toBe(variantKey(base, "r2"));
  });
});
