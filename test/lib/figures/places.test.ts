/**
 * Which place a figure is about. Regions are the real GB/T 2260 list (data/regions.csv, generated);
 * zones are a small fixture, so that the tests do not move when editors add zones.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chooseRegion, Gazetteer, type PlaceContext } from "../../../src/lib/figures/places.ts";
import { parseRegions, type Zone } from "../../../src/lib/places/regions.ts";

const zones: Zone[] = [
  { id: "cn", name: "中国", kind: "country", parent: "", aliases: ["全国"] },
  { id: "yancheng-etdz", name: "盐城经济技术开发区", kind: "economic-development-zone", parent: "320900", aliases: [] },
  { id: "wangjing-returnee-park", name: "中国北京（望京）留学人员创业园", kind: "institution", parent: "110105", aliases: ["望京留创园"] },
];
const g = new Gazetteer(parseRegions(readFileSync("data/regions.csv", "utf8")), zones);
const names = (text: string, context: string[] = []) => g.mentions(text, context).map((m) => m.id || m.name);

describe("Gazetteer.mentions", () => {
  it("finds regions by full and short names, zones by name and alias, and collective words", () => {
    expect(names("昆山市深入推进科创载体建设")).toEqual(["320583"]);
    expect(names("苏州市吴中区重磅发布")).toEqual(["320500", "320506"]);
    expect(names("截至2021年底，望京留创园累计孵化企业900余家，全省超过1000家")).toEqual(["wangjing-returnee-park", "全省"]);
    expect(names("全国仅10家")).toEqual(["cn"]);
  });

  it("does not read 其中国家级 as naming 中国", () => {
    expect(names("其中国家级科技企业孵化器总数达到244家")).toEqual([]);
  });

  it("reads a county's short name only where its city or province is in context", () => {
    expect(names("目前，太仓共建有省级以上科创载体52家。")).toEqual([]);
    expect(names("目前，太仓共建有省级以上科创载体52家。", ["320000"])).toEqual(["320585"]);
    // 合作 is 合作市 in Gansu, and a common word.
    expect(names("双方已合作挖掘10余个项目", ["320000"])).toEqual([]);
  });

  it("reads a county name that recurs in China only beside its city or province", () => {
    expect(names("西湖区落地创新载体66个")).toEqual([]);
    expect(names("西湖区落地创新载体66个", ["330100"])).toEqual(["330106"]);
  });

  it("prefers the zone where a zone and a region share a name", () => {
    expect(names("盐城经济技术开发区")).toEqual(["yancheng-etdz"]);
  });
});

describe("chooseRegion", () => {
  const context = (sentence: string, extra: Partial<PlaceContext> = {}): PlaceContext => ({
    sentence: { text: sentence, mentions: g.mentions(sentence, extra.context ?? []) },
    paragraph: [],
    title: [],
    places: [],
    context: [],
    ...extra,
  });
  const region = (sentence: string, figure: string, extra: Partial<PlaceContext> = {}) => {
    const at = sentence.indexOf(figure);
    const clause = Math.max(...[...sentence.slice(0, at).matchAll(/[，；]/g)].map((m) => m.index! + 1), 0);
    return chooseRegion(g, context(sentence, extra), at, clause);
  };

  it("takes the place that opens the figure's clause", () => {
    expect(region("江苏省92家单位获评优秀，占全国优秀总数的近1/4。", "92").region).toBe("320000");
  });

  it("ignores a place in a comparison (占全国, 居全国第一)", () => {
    expect(region("江苏省92家单位获评优秀，占全国优秀总数的近1/4。", "1/4").region).toBe("320000");
  });

  it("asks for a check when the place is one of a list of places", () => {
    const r = region("协会已覆盖中国、印度、泰国等19个国家及地区，有效服务5000余家科技企业孵化器。", "5000");
    expect(r).toEqual({ region: "cn", reason: "region: 中国 is one of a list of places; check" });
  });

  it("ignores a place inside a name given as an example (苏州…等25家)", () => {
    const r = region("我省苏州数字健康科创园等25家单位上榜。", "25", { home: "320000" });
    expect(r.region).toBe("320000");
  });

  it("reads 全省 and 全市 from the article's places and 我省 as the publication's province", () => {
    expect(region("截至目前，全省孵化器超过1000家。", "1000", { places: ["320500"] }).region).toBe("320000");
    expect(region("全市新增孵化载体11家。", "11", { places: ["321300", "320581"] }).region).toBe("321300");
    expect(region("我省孵化器超过1000家。", "1000", { home: "320000", places: ["110000"] }).region).toBe("320000");
  });

  it("falls back to the paragraph, then the title, and says so", () => {
    const title = g.mentions("太仓大力推进多层次科创孵化载体建设", ["320000"]);
    const r = region("其中包括国家级科技企业孵化器3家。", "3家", { title });
    expect(r).toEqual({ region: "320585", reason: "region: from the title (太仓)" });
    const none = region("其中包括国家级科技企业孵化器3家。", "3家");
    expect(none.region).toBe("");
    expect(none.reason).toMatch(/no place named/);
  });

  it("reads an article about one institution as that institution's figures", () => {
    const title = g.mentions("北京望京留创园构建孵化平台");
    const r = region("累计孵化企业900余家。", "900", { title, institution: "wangjing-returnee-park" });
    expect(r.region).toBe("wangjing-returnee-park");
    expect(r.reason).toMatch(/one named institution/);
  });
});
