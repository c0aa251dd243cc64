/** What /compare/ offers (src/lib/compare/page.ts), from made-up compare_choices rows. */
import { describe, expect, it } from "vitest";
import { comparePage, type ChoiceRow } from "../../../src/lib/compare/page.ts";

const row = (region: string, region_level: string, region_parent: string, indicator: string, carrier = "incubator"): ChoiceRow => ({
  region,
  region_name: `名${region}`,
  region_level,
  region_parent,
  indicator,
  indicator_zh: `指标${indicator}`,
  unit: "家",
  carrier,
  measure: "stock",
  figures: 1,
});
const rows = [
  row("cn", "country", "", "national_incubators"),
  row("330000", "province", "", "national_incubators"),
  row("320000", "province", "", "national_incubators"),
  row("320000", "province", "", "maker_spaces", "maker_space"),
  row("320900", "city", "320000", "national_incubators"),
  row("320981", "county", "320900", "national_incubators"),
  row("yannan-hi-tech-zone", "hi-tech-zone", "320900", "incubators"),
  row("320900", "city", "320000", "incubators"),
  row("miracleplus-beijing", "institution", "110000", "incubators"),
];
const page = comparePage(rows, {
  snapshot: "2026-12-01",
  names: new Map([
    ["320000", "江苏省"],
    ["320900", "盐城市"],
  ]),
  hasPage: (id) => id !== "320981",
  href: (id) => `/regions/${id}/`,
});

describe("what the comparison page offers", () => {
  it("places that are compared, grouped by kind, each with the place it lies in and its page", () => {
    expect(page.placeGroups.map((g) => [g.label, g.places.map((p) => p.id)])).toEqual([
      ["省份", ["320000", "330000"]],
      ["城市", ["320900"]],
      ["县（市、区）", ["320981"]],
      ["园区与其他", ["yannan-hi-tech-zone"]],
    ]);
    expect(page.placeGroups[2]!.places[0]).toEqual({ id: "320981", name: "名320981", within: "盐城市", href: undefined });
  });

  it("indicators that two or more compared places have, by what they count; the one most have is the default", () => {
    // maker_spaces: one place only. The country and the institution are not counted.
    expect(page.indicatorGroups.map((g) => [g.label, g.indicators.map((i) => [i.id, i.regions.length])])).toEqual([
      [
        "科技企业孵化器",
        [
          ["incubators", 2],
          ["national_incubators", 4],
        ],
      ],
    ]);
    expect(page.defaultIndicator).toBe("national_incubators");
    expect(page.config.indicators.incubators!.regions).toEqual(["yannan-hi-tech-zone", "320900"]);
    expect(Object.keys(page.config.places)).not.toContain("cn");
  });
});
