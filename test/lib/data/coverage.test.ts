/** The coverage view's tables from coverage.sql rows (synthetic places and figures). */
import { describe, expect, it } from "vitest";
import { indicatorYears, placeMatrix, type CoverageRow } from "../../../src/lib/data/coverage.ts";

const row = (region: string, indicator: string, year: number | null, kind = "actual", figures = 1): CoverageRow => ({
  region,
  region_name: `地区${region}`,
  region_level: "province",
  region_parent: "",
  indicator,
  indicator_zh: `指标${indicator}`,
  kind,
  year,
  figures,
});
const rows = [row("a", "x", 2020), row("a", "x", 2022), row("b", "x", 2022), row("b", "y", null), row("a", "y", 2025, "target", 3)];

describe("indicatorYears", () => {
  it("counts places per year from the first to the last year, undated apart, targets apart", () => {
    expect(indicatorYears(rows)).toEqual({
      years: [2020, 2021, 2022],
      undated: true,
      rows: [
        { indicator: "x", name: "指标x", places: 2, cells: [1, 0, 2], undatedPlaces: 0, targets: 0 },
        { indicator: "y", name: "指标y", places: 1, cells: [0, 0, 0], undatedPlaces: 1, targets: 3 },
      ],
    });
  });
});

describe("placeMatrix", () => {
  it("lists every place of the group, gaps included, with each indicator's latest year", () => {
    const group = { label: "测试", parent: "", level: "province" as const, extra: [{ region: "cn", region_name: "全国" }] };
    const places = ["a", "b", "c"].map((region) => ({ region, region_name: `地区${region}` }));
    expect(placeMatrix(rows, group, places)).toEqual({
      label: "测试",
      indicators: [
        { id: "x", name: "指标x" },
        { id: "y", name: "指标y" },
      ],
      places: [
        { region: "cn", name: "全国", cells: [null, null] },
        { region: "a", name: "地区a", cells: [2022, null] },
        { region: "b", name: "地区b", cells: [2022, "undated"] },
        { region: "c", name: "地区c", cells: [null, null] },
      ],
      covered: 2,
    });
  });
});
