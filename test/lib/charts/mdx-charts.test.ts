/**
 * The charts an MDX body draws, read without rendering it (src/lib/charts/mdx-charts.ts): each
 * chart component's attributes as MDX passes them, through the component's own request function.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chartsInMdx } from "../../../src/lib/charts/mdx-charts.ts";
import { peerBarsRequest, regionSeriesRequest, type ChartChoices } from "../../../src/lib/charts/requests.ts";

const choices: ChartChoices = { indicators: [{ id: "national_incubators", name: "国家级科技企业孵化器" }], years: [2022] };

describe("charts in MDX", () => {
  it("reads each chart component's props as MDX passes them: quoted values as strings, a bare attribute as true", () => {
    const body = [
      "# 标题",
      "",
      '正文，<PeerBars indicator="national_incubators" level="province" caption="各省份{until}" /> 在段落里。',
      "",
      '<RegionSeries region="320000" indicators="incubators" scopes caption="江苏" snapshot="2026-12-01" />',
      "",
      "| a | b |",
      "| - | - |",
      "| 1 | 2 |",
    ].join("\n");
    const charts = chartsInMdx(body, choices);
    expect(charts.map((c) => [c.component, c.line])).toEqual([
      ["PeerBars", 3],
      ["RegionSeries", 5],
    ]);
    expect(charts[0]!.request).toEqual(
      peerBarsRequest({ indicator: "national_incubators", level: "province", caption: "各省份{until}" }, choices),
    );
    expect(charts[1]!.request).toEqual(
      regionSeriesRequest({ region: "320000", indicators: "incubators", scopes: true, caption: "江苏", snapshot: "2026-12-01" }),
    );
  });

  it("finds every chart of a seed article", () => {
    const source = readFileSync("content/issues/jiangsu-shuangchuang/2022-02/02-wo-sheng-guo-jia-ji-fu.mdx", "utf8");
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, "");
    expect(chartsInMdx(body, choices).map((c) => c.component)).toEqual(["RegionSeries", "PeerBars", "PeerBars", "RegionSeries"]);
  });
});
