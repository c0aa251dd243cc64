/**
 * What each chart component asks of a chart (src/lib/charts/requests.ts): one function per
 * component, the one the component calls and the one the chart registry calls on the props it
 * reads out of the MDX files; and an id that stays the same from build to build.
 */
import { describe, expect, it } from "vitest";
import {
  incentivesRequest,
  partsOfWholeRequest,
  peerBarsRequest,
  regionSeriesRequest,
  targetTableRequest,
  tileGridRequest,
  type ChartChoices,
} from "../../../src/lib/charts/requests.ts";
import { chartId } from "../../../src/lib/server/chart-build.ts";

const choices: ChartChoices = {
  indicators: [
    { id: "national_incubators", name: "国家级科技企业孵化器" },
    { id: "incubators", name: "科技企业孵化器" },
  ],
  years: [2023, 2022],
};

describe("chart requests", () => {
  it("PeerBars: the peers query with its defaults, and controls from the dataset's choices", () => {
    const request = peerBarsRequest({ indicator: "national_incubators", level: "province", highlight: "320000", caption: "c" }, choices);
    expect(request).toMatchObject({
      query: "peers_latest",
      params: { indicator: "national_incubators", parent: "", level: "province", kind: "actual", until: "", year: "" },
      chart: "peer-bars",
      options: { unit: "家", highlight: "320000" },
      labelHead: "地区",
    });
    expect(request.controls!.map((c) => c.param)).toEqual(["indicator", "until", "year", "kind"]);
    expect(request.controls![0]!.options.map((o) => o.value)).toEqual(["national_incubators", "incubators"]);
    // A fixed indicator has no indicator control; below a city, counties alone or with the zones.
    const fixed = peerBarsRequest({ indicator: "incubators", parent: "320900", caption: "c", fixedIndicator: true }, choices);
    expect(fixed.controls!.map((c) => c.param)).toEqual(["until", "year", "kind", "level"]);
  });

  it("TileGrid: the grid's places, the indicator's name, and a caption naming the choices unless one is given", () => {
    const grid = tileGridRequest({ grid: "jiangsu", indicator: "national_incubators" }, choices);
    expect(grid).toMatchObject({
      params: { indicator: "national_incubators", parent: "320000", level: "city", kind: "actual", until: "", year: "" },
      chart: "jiangsu-tile-grid",
      options: { label: "国家级科技企业孵化器" },
      caption: "江苏各设区市{indicator}：各地{until}的数字（{year}；灰色为无数据）",
    });
    expect(tileGridRequest({ grid: "provinces", indicator: "x", caption: "给定" }, choices)).toMatchObject({
      params: { parent: "", level: "province" },
      chart: "province-tile-grid",
      options: { label: "x" },
      caption: "给定",
    });
  });

  it("RegionSeries, TargetTable, Incentives and PartsOfWhole: their queries, specs and notes", () => {
    expect(regionSeriesRequest({ region: "320000", indicators: "a,b", caption: "c", scopes: true }).controls!.map((c) => c.param)).toEqual([
      "indicators",
    ]);
    expect(regionSeriesRequest({ region: "320000", indicators: "a", caption: "c" }).controls).toEqual([]);
    expect(targetTableRequest({ parent: "320900", source: "s", caption: "c", wholeLabel: "全县" }).note).toContain("全县目标");
    expect(incentivesRequest({ caption: "c", source: "s" }).params).toEqual({ region: "", source: "s" });
    expect(partsOfWholeRequest({ region: "r", whole: "w", parts: "p", period: "2021-12-31", caption: "c" })).toMatchObject({
      query: "region_parts",
      options: { unit: "家" },
    });
  });

  it("gives a chart the same id in every build: these are the ids pages link to", () => {
    // The Jiangsu tile grid on /regions/ and on every Jiangsu page; the figure in the 2022-02 issue.
    expect(chartId(tileGridRequest({ grid: "jiangsu", indicator: "national_incubators" }, choices))).toBe("chart-peers-latest-f181fcbf");
    expect(
      chartId(peerBarsRequest({ indicator: "national_incubators", level: "province", highlight: "320000", caption: "c" }, choices)),
    ).toBe(
      chartId({
        query: "peers_latest",
        params: { indicator: "national_incubators", parent: "", level: "province", kind: "actual", until: "", year: "" },
        chart: "peer-bars",
        options: { unit: "家", highlight: "320000" },
      }),
    );
  });
});
