/**
 * What a quote says about time, read as data:check reads it: days and years printed, relative
 * years read against the page's date, "now" words, yearly amounts.
 */
import { describe, expect, it } from "vitest";
import { daysPrinted, saysEachYear, saysNow, yearsPrinted } from "../../../src/lib/data/quote-dates.ts";

const days = (quote: string, sourceDate?: string) => [...daysPrinted(quote, sourceDate)].sort();

describe("daysPrinted", () => {
  it("reads year ends, month ends and days", () => {
    expect(days("截至2021年底，全省科技创业载体总数达2145家")).toEqual(["2021-12-31"]);
    expect(days("2018年末現在、全省の統計に入っている")).toEqual(["2018-12-31"]);
    expect(days("截至到2012年末,全国纳入统计的科技企业孵化器达到1239家")).toEqual(["2012-12-31"]);
    expect(days("截至2017 年12 月,广东省科技企业孵化器更是高达781 家")).toEqual(["2017-12-31"]);
    expect(days("2023年2月28日,国家统计局发布")).toEqual(["2023-02-28"]);
    expect(days("截至2024年6月底")).toEqual(["2024-06-30"]);
    expect(days("截至2016年年底,經(jīng)備案的科技企業(yè)孵化器達(dá)16家")).toEqual(["2016-12-31"]);
  });

  it("reads 今年, 去年 and a month without a year against the page's date", () => {
    expect(days("截至今年3月底,全省累计建有国家级科技企业孵化器136家", "2016-04-15")).toEqual(["2016-03-31"]);
    expect(days("去年底之前,全省已建各类科技企业孵化器567家", "2016-04-15")).toEqual(["2015-12-31"]);
    expect(days("截至6月17日,苏州共有省级以上科技企业孵化器112家", "2019-06-18")).toEqual(["2019-06-17"]);
    expect(days("截至6月17日,苏州共有省级以上科技企业孵化器112家")).toEqual([]);
  });

  it("reads English year ends, and ignores days that do not exist", () => {
    expect(days("Among the 56 high-tech business incubators built up by the end of 2020")).toEqual(["2020-12-31"]);
    expect(days("By January 2016, Tianjin has approved a total of 106 maker spaces")).toEqual(["2016-01-31"]);
    expect(days("2023年2月30日")).toEqual([]);
    expect(days("截至目前，全省孵化器超过1000家")).toEqual([]);
  });
});

describe("yearsPrinted, saysNow, saysEachYear", () => {
  it("finds years alone, in spans and in titles", () => {
    expect([...yearsPrinted("盐城市科技企业孵化器建设三年行动计划(2023-2025年)")]).toEqual([2023, 2025]);
    expect([...yearsPrinted("2021年度国家级科技企业孵化器名单，25家")]).toEqual([2021]);
    expect([...yearsPrinted("在孵企业超过4万家，其中国家级244家")]).toEqual([]);
    expect([...yearsPrinted("江蘇省科技企業孵化器去年實現總收入1748億元", "2021-04-14")]).toEqual([2020]);
  });

  it("knows 截至目前 and yearly amounts", () => {
    expect(saysNow("截至目前，全省纳入统计的各类科技企业孵化器超过1000家")).toBe(true);
    expect(saysNow("截至2021年底，全省科技创业载体总数达2145家")).toBe(false);
    expect(saysEachYear("每年新增省级以上孵化载体5家以上")).toBe(true);
    expect(saysEachYear("到2025年,省级以上孵化载体力争达100家")).toBe(false);
  });
});
