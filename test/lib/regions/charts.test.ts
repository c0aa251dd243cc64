/** Which charts a region page draws, on synthetic observations (made up for this test). */
import { describe, expect, it } from "vitest";
import type { Indicator } from "../../../src/lib/data/tables.ts";
import type { Place } from "../../../src/lib/places/regions.ts";
import { regionCharts } from "../../../src/lib/regions/charts.ts";

const places = new Map<string, Place>(
  [
    { id: "cn", name: "中国", kind: "country", parent: "" },
    { id: "320000", name: "江苏省", kind: "province", parent: "" },
    { id: "330000", name: "浙江省", kind: "province", parent: "" },
    { id: "320900", name: "盐城市", kind: "city", parent: "320000" },
    { id: "320500", name: "苏州市", kind: "city", parent: "320000" },
    { id: "320981", name: "东台市", kind: "county", parent: "320900" },
    { id: "320925", name: "建湖县", kind: "county", parent: "320900" },
    { id: "yancheng-etdz", name: "盐城经济技术开发区", kind: "economic-development-zone", parent: "320900" },
  ].map((p) => [p.id, p]),
);
const indicators = new Map<string, Pick<Indicator, "unit" | "carrier" | "level" | "measure">>([
  ["incubators", { carrier: "incubator", level: "all", measure: "stock", unit: "家" }],
  ["national_incubators", { carrier: "incubator", level: "national", measure: "stock", unit: "家" }],
  ["incubated_firms", { carrier: "incubated_firm", level: "all", measure: "stock", unit: "家" }],
  ["new_enclaves", { carrier: "science_enclave", level: "all", measure: "flow", unit: "个" }],
]);
const o = (region: string, indicator: string, period: string, kind: "actual" | "target" = "actual", source = "s1") => ({
  region,
  indicator,
  period,
  kind,
  source,
});
const observations = [
  o("320000", "incubators", "2015-12-31"),
  o("320000", "incubators", "2021-12-31"),
  o("320000", "national_incubators", "2021-12-31"),
  o("320000", "national_incubators", "2022-05-05"),
  o("320000", "incubated_firms", "2021-12-31"),
  o("330000", "national_incubators", "2022-06-24"),
  o("320500", "national_incubators", "2023-06-01"),
  o("320900", "national_incubators", "2021-12-31"),
  o("cn", "national_incubators", "2021-12-31"),
  o("320900", "new_enclaves", "2023/2025", "target", "plan"),
  o("320981", "new_enclaves", "2023/2025", "target", "plan"),
  o("320925", "new_enclaves", "2023/2025", "target", "plan"),
  o("yancheng-etdz", "new_enclaves", "2023/2025", "target", "plan"),
];

describe("region charts", () => {
  it("own past: scopes of one kind together, other kinds apart; single figures said in words", () => {
    const plan = regionCharts("320000", observations, places, indicators);
    expect(plan.past).toEqual([{ unit: "家", indicators: ["incubators", "national_incubators"], points: 4 }]);
    expect(plan.single).toEqual(["incubated_firms"]);
  });

  it("peers are the places under the same parent, at the same level, never the country", () => {
    const plan = regionCharts("320000", observations, places, indicators);
    expect(plan.peers.map((p) => p.params)).toEqual([{ indicator: "national_incubators", parent: "", level: "province", kind: "actual" }]);
    expect(plan.children.map((p) => p.params)).toEqual([
      { indicator: "national_incubators", parent: "320000", level: "city", kind: "actual" },
    ]);
  });

  it("the country's children are the provinces", () => {
    const plan = regionCharts("cn", observations, places, indicators);
    expect(plan.peers).toEqual([]);
    expect(plan.children.map((p) => p.params.level)).toEqual(["province"]);
  });

  it("a target table for the whole and for each part, highlighting the part", () => {
    expect(regionCharts("320900", observations, places, indicators).targets).toEqual([{ parent: "320900", source: "plan", whole: true }]);
    const county = regionCharts("320981", observations, places, indicators);
    expect(county.targets).toEqual([{ parent: "320900", source: "plan", whole: false }]);
    // The table already compares the county with its siblings: no second chart of the same targets.
    expect(county.peers).toEqual([]);
    expect(county.past).toEqual([]);
  });

  it("a place with one figure and no peers gets no chart", () => {
    const plan = regionCharts("320500", observations, places, indicators);
    expect(plan.past).toEqual([]);
    expect(plan.single).toEqual(["national_incubators"]);
    expect(plan.peers.map((p) => p.count)).toEqual([2]);
  });
});
