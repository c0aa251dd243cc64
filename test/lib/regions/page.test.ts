/**
 * A region page's view model (src/lib/regions/page.ts) on synthetic observations, places and
 * articles (made up for this test): the per-place rules come from rules.ts, not from the page.
 */
import { describe, expect, it } from "vitest";
import { indexPlaces } from "../../../src/lib/content/places.ts";
import type { ArticleEntry, Publication } from "../../../src/lib/content/publication.ts";
import type { Indicator, Observation } from "../../../src/lib/data/tables.ts";
import type { Place } from "../../../src/lib/places/regions.ts";
import { regionPage, type RegionContext } from "../../../src/lib/regions/page.ts";

const places = new Map<string, Place>(
  [
    { id: "cn", name: "中国", kind: "country", parent: "" },
    { id: "320000", name: "江苏省", kind: "province", parent: "" },
    { id: "330000", name: "浙江省", kind: "province", parent: "" },
    { id: "320900", name: "盐城市", kind: "city", parent: "320000" },
    { id: "320500", name: "苏州市", kind: "city", parent: "320000" },
    { id: "320981", name: "东台市", kind: "county", parent: "320900" },
    { id: "320925", name: "建湖县", kind: "county", parent: "320900" },
  ].map((p) => [p.id, p]),
);
const o = (
  region: string,
  indicator: string,
  period: string,
  value: string,
  kind: "actual" | "target" = "actual",
  source = "s1",
  extra: Partial<Observation> = {},
): Observation => ({
  id: `${region}-${indicator}-${period}`,
  region,
  indicator,
  period,
  date_basis: period.includes("/") ? "year" : "printed",
  kind,
  target_type: kind === "target" ? "total_over" : "",
  source,
  value,
  value_as_printed: `${value}家`,
  qualifier: "exact",
  target_year: kind === "target" ? "2025" : "",
  quote: "合成引文",
  note: "",
  ...extra,
});
const indicator = (id: string, name_zh: string, carrier: Indicator["carrier"], measure: Indicator["measure"], unit: string): Indicator => ({
  id,
  name_zh,
  name_en: "",
  unit,
  carrier,
  level: "national",
  measure,
  definition: "合成指标（测试用）",
});
const observations = [
  o("320000", "national_incubators", "2021-12-31", "200"),
  o("320000", "national_incubators", "2022-05-05", "244", "actual", "s1", { qualifier: "more_than" }),
  o("330000", "national_incubators", "2022-06-24", "100"),
  o("320900", "national_incubators", "2021-12-31", "10"),
  o("320500", "national_incubators", "2023-06-01", "76"),
  o("cn", "national_incubators", "2021-12-31", "1000"),
  o("320900", "new_enclaves", "2023/2025", "9", "target", "plan"),
  o("320981", "new_enclaves", "2023/2025", "3", "target", "plan"),
  o("320925", "new_enclaves", "2023/2025", "2", "target", "plan"),
];
const group = (rows: Observation[], column: "region" | "indicator") => {
  const map = new Map<string, Observation[]>();
  for (const r of rows) map.set(r[column], [...(map.get(r[column]) ?? []), r]);
  return map;
};
const article = (id: string, placeIds: string[]) =>
  ({ id, collection: "articles", data: { title: id, order: 1, places: placeIds } }) as ArticleEntry;
const publication = {
  issues: [{ articles: [article("s/2022-01/01-a", ["320900", "320981"]), article("s/2022-01/02-b", ["320000"])] }],
  policies: [],
  places,
} as unknown as Publication;

const context: RegionContext = {
  places,
  index: indexPlaces(publication, observations),
  observations,
  figuresByRegion: group(observations, "region"),
  figuresByIndicator: group(observations, "indicator"),
  incentivesByRegion: new Map(),
  indicators: new Map([
    ["national_incubators", indicator("national_incubators", "国家级科技企业孵化器", "incubator", "stock", "家")],
    ["new_enclaves", indicator("new_enclaves", "新建科创飞地", "science_enclave", "flow", "个")],
  ]),
  sources: new Map([
    [
      "s1",
      { id: "s1", kind: "external", title: "合成来源", url: "https://example.org/s1", copy: "repost", original_publisher: "合成原发布者" },
    ],
    ["plan", { id: "plan", kind: "policy", content_id: "policy:plan", title: "合成计划" }],
  ]),
  snapshot: "2026-11-23",
};

describe("a region page", () => {
  it("Jiangsu: its past as a chart, its cities' tile grid (from rules.ts), the provinces as peers", () => {
    const page = regionPage("320000", context);
    expect(page.code).toBe("行政区划代码 320000");
    expect(page.parent).toBeUndefined();
    expect(page.past).toEqual([
      expect.objectContaining({
        query: "region_series",
        params: { region: "320000", indicators: "national_incubators" },
        caption: "江苏省科技企业孵化器：国家级科技企业孵化器（各口径分列，不相加）",
      }),
    ]);
    expect(page.childGrids).toEqual([{ grid: "jiangsu", indicator: "national_incubators", snapshot: "2026-11-23" }]);
    expect(page.peers.map((p) => [p.parent, p.level, p.highlight])).toEqual([["", "province", "320000"]]);
    expect(page.articles.map((a) => a.id)).toEqual(["s/2022-01/02-b"]);
  });

  it("the country: the provinces' tile grid, by its kind", () => {
    expect(regionPage("cn", context).childGrids).toEqual([{ grid: "provinces", indicator: "national_incubators", snapshot: "2026-11-23" }]);
  });

  it("a city: its parent linked (it has a page), its target table's whole called 全市, targets cited", () => {
    const page = regionPage("320900", context);
    expect(page.parent).toEqual({ name: "江苏省", href: "/regions/320000/" });
    expect(page.childGrids).toEqual([]);
    expect(page.targetTables).toEqual([
      expect.objectContaining({ parent: "320900", source: "plan", wholeLabel: "全市", highlight: undefined }),
    ]);
    expect(page.targets).toEqual([
      {
        source: { href: "/policies/plan/", text: "合成计划" },
        items: [{ indicator: "新建科创飞地", printed: "9家", when: "2023—2025年累计" }],
      },
    ]);
  });

  it("a county: its city's table, itself highlighted, and the articles that mention it", () => {
    const page = regionPage("320981", context);
    expect(page.targetTables).toEqual([expect.objectContaining({ parent: "320900", wholeLabel: "全市", highlight: "320981" })]);
    expect(page.articles.map((a) => a.id)).toEqual(["s/2022-01/01-a"]);
    expect(page.peers).toEqual([]);
  });

  it("opens on the place at a glance, charts next, every figure last; links a comparison with its peers", () => {
    const page = regionPage("320000", context);
    expect(page.sections.map((s) => s.label)).toEqual(["概况", "历年变化", "与各省份比较", "江苏省下辖各地", "文章", "全部数字"]);
    expect(page.key.map((k) => [k.name, k.figures.map((f) => `${f.value} ${f.when}`)])).toEqual([
      ["国家级科技企业孵化器", ["超过244家 2022-05-05"]],
    ]);
    // 2022: Jiangsu's 超过244 against Zhejiang's 100; the country is no peer.
    expect(page.key[0]!.standing).toBe("2022年：超过244家，在有2022年数字的2个省份中居第1位");
    expect(page.compare).toEqual({
      href: "/compare/?regions=320000,330000&indicator=national_incubators",
      text: "比较江苏省与另外1个省份的国家级科技企业孵化器",
    });
    expect(page.figureCount).toBe(2);
    expect(page.figureGroups.map((g) => [g.id, g.name, g.rows.map((r) => r.value)])).toEqual([
      ["figures-national_incubators", "国家级科技企业孵化器", ["200家", "超过244家"]],
    ]);
  });

  it("the country compares its provinces; a place with targets only opens on them, with no comparison", () => {
    expect(regionPage("cn", context).compare?.href).toBe("/compare/?regions=330000,320000&indicator=national_incubators");
    const county = regionPage("320981", context);
    expect(county.sections.map((s) => s.id)).toEqual(["targets", "articles", "figures"]);
    expect(county.key).toEqual([]);
    expect(county.compare).toBeUndefined();
  });

  it("a parent without a page is named, not linked", () => {
    const withoutCn = {
      ...context,
      index: indexPlaces({ ...publication, issues: [] } as unknown as Publication, [o("320000", "x", "2020", "1")]),
    };
    expect(regionPage("320000", withoutCn).parent).toBeUndefined();
    const cityPage = regionPage("320900", {
      ...withoutCn,
      index: indexPlaces({ ...publication, issues: [] } as unknown as Publication, []),
    });
    expect(cityPage.parent).toEqual({ name: "江苏省", href: undefined });
  });
});
