/**
 * A place at a glance (src/lib/regions/glance.ts) on synthetic figures and places (made up for
 * this test): the latest figure of each indicator with its date's basis and its source as cited,
 * any figure that disagrees with it beside it, the key indicators first, and a standing only
 * among figures of one year.
 */
import { describe, expect, it } from "vitest";
import type { Observation } from "../../../src/lib/data/tables.ts";
import type { Place } from "../../../src/lib/places/regions.ts";
import { indicatorOrder, latestFigures, newestFirst, type GlanceContext } from "../../../src/lib/regions/glance.ts";

const places = new Map<string, Place>(
  [
    { id: "cn", name: "中国", kind: "country", parent: "" },
    { id: "320000", name: "江苏省", kind: "province", parent: "" },
    { id: "330000", name: "浙江省", kind: "province", parent: "" },
    { id: "440000", name: "广东省", kind: "province", parent: "" },
    { id: "320900", name: "盐城市", kind: "city", parent: "320000" },
  ].map((p) => [p.id, p]),
);
let n = 0;
const o = (
  region: string,
  indicator: string,
  period: string,
  date_basis: Observation["date_basis"],
  value: string,
  source: string,
  qualifier: Observation["qualifier"] = "exact",
): Observation => ({
  id: `t-${String(++n).padStart(3, "0")}`,
  region,
  indicator,
  period,
  date_basis,
  kind: "actual",
  target_type: "",
  target_year: "",
  value,
  value_as_printed: `${value}家`,
  qualifier,
  source,
  quote: "合成引文",
  note: "",
});
const observations = [
  o("320000", "national_incubators", "2021-12-31", "printed", "244", "a"),
  // Said to be current on 2023-02-02 by one source, 219 at the earliest 2022-12-30 by another:
  // their date windows overlap, and the values cannot both be true.
  o("320000", "national_incubators", "2023-02-02", "publication", "244", "b"),
  o("320000", "national_incubators", "2022-12-30", "not_before", "219", "c"),
  o("320000", "national_incubators", "", "none", "175", "d"),
  o("320000", "incubators", "2022-05-05", "publication", "1000", "a", "more_than"),
  o("320000", "specialized_incubators", "2021-12-31", "printed", "309", "a"),
  o("330000", "national_incubators", "2023-06-24", "publication", "109", "e"),
  o("440000", "national_incubators", "2022-12-31", "printed", "300", "e"),
  o("cn", "national_incubators", "2023", "year", "1606", "e"),
  o("320900", "national_incubators", "2023", "year", "9", "e"),
];
const byIndicator = new Map<string, Observation[]>();
for (const x of observations) byIndicator.set(x.indicator, [...(byIndicator.get(x.indicator) ?? []), x]);
const indicators = new Map(
  [
    { id: "national_incubators", name_zh: "国家级科技企业孵化器", measure: "stock" },
    { id: "incubators", name_zh: "科技企业孵化器", measure: "stock" },
    { id: "specialized_incubators", name_zh: "专业化孵化器", measure: "stock" },
    { id: "national_incubators_newly_listed", name_zh: "国家级孵化器年度新认定数", measure: "list" },
  ].map((i) => [i.id, i as { id: string; name_zh: string; measure: "stock" | "list" }]),
);
const context: GlanceContext = {
  places,
  indicators,
  sources: new Map([
    ["a", { id: "a", kind: "external", title: "甲报告", url: "https://example.org/a", copy: "original" }],
    ["b", { id: "b", kind: "external", title: "乙新闻", url: "https://example.org/b", copy: "original" }],
    ["c", { id: "c", kind: "external", title: "丙简报", caution: "no_url", publisher: "丙", date: "" }],
  ]),
  byIndicator,
};
const own = (id: string) => observations.filter((x) => x.region === id);

describe("a place at a glance", () => {
  it("the key indicators first (rules.ts), then the others by what they measure", () => {
    expect(
      ["specialized_incubators", "national_incubators_newly_listed", "national_incubators", "incubators"].sort(indicatorOrder(indicators)),
    ).toEqual(["incubators", "national_incubators", "specialized_incubators", "national_incubators_newly_listed"]);
    expect(latestFigures("320000", own("320000"), context).map((f) => f.indicator)).toEqual([
      "incubators",
      "national_incubators",
      "specialized_incubators",
    ]);
  });

  it("the latest figure with its qualifier, its date's basis and its source as cited", () => {
    const [incubators] = latestFigures("320000", own("320000"), context);
    expect(incubators!.figures).toEqual([
      { value: "超过1000家", when: "截至2022-05-05（报道日期）", source: { text: "甲报告", href: "https://example.org/a" } },
    ]);
    expect(incubators!.disagreement).toBeUndefined();
  });

  it("a figure that disagrees with the latest stands beside it, linked to the explanation; an undated one never is the latest", () => {
    const national = latestFigures("320000", own("320000"), context)[1]!;
    expect(national.figures.map((f) => `${f.value} ${f.when} ${f.source.text}`)).toEqual([
      "244家 截至2023-02-02（报道日期） 乙新闻",
      "219家 不早于2022-12-30 丙简报（丙）",
    ]);
    expect(national.figures[1]!.source.href).toBeUndefined();
    expect(national.disagreement).toBe("/data/#disagreement-320000-national_incubators");
  });

  it("stands among its peers (provinces, not the country or a city) only in a year both have figures for", () => {
    const national = latestFigures("320000", own("320000"), context)[1]!;
    // 2023: Jiangsu's 244 and Zhejiang's 109. Guangdong's 300 is of 2022, the country is no peer.
    expect(national.standing).toBe("2023年：244家，在有2023年数字的2个省份中居第1位");
    expect(latestFigures("320000", own("320000"), context)[0]!.standing).toBeUndefined();
    expect(latestFigures("cn", own("cn"), context)[0]!.standing).toBeUndefined();
  });

  it("newest first on the time axis, undated last", () => {
    expect(
      own("320000")
        .filter((x) => x.indicator === "national_incubators")
        .sort(newestFirst)
        .map((x) => x.period),
    ).toEqual(["2023-02-02", "2022-12-30", "2021-12-31", ""]);
  });
});
