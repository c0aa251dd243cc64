/**
 * The extractor on a synthetic article and a synthetic policy table (invented figures, for
 * testing only): full rows, reasons where it is unsure, skipped numbers counted, and every quote
 * found in the text data:check verifies quotes against.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { plainText, quoteOccurs } from "../../../src/lib/data/quote.ts";
import { extractFigures, type FigureDocument, type Lookups } from "../../../src/lib/figures/extract.ts";
import type { IndicatorInfo } from "../../../src/lib/figures/indicators.ts";
import { Gazetteer } from "../../../src/lib/figures/places.ts";
import { parseRegions } from "../../../src/lib/places/regions.ts";

const lookups: Lookups = {
  gazetteer: new Gazetteer(parseRegions(readFileSync("data/regions.csv", "utf8")), [
    { id: "cn", name: "中国", kind: "country", parent: "", aliases: ["全国"] },
    { id: "yancheng-etdz", name: "盐城经济技术开发区", kind: "economic-development-zone", parent: "320900", aliases: [] },
    { id: "yannan-hi-tech-zone", name: "盐南高新技术产业开发区", kind: "hi-tech-zone", parent: "320900", aliases: ["盐南高新区"] },
  ]),
  indicators: new Map((parse(readFileSync("data/indicators.csv"), { columns: true, bom: true }) as IndicatorInfo[]).map((r) => [r.id, r])),
};

const article = `---
title: 示例市孵化载体建设成效（合成测试文章）
places:
  - "320900"
---

截至2023年底，全市纳入统计的各类科技企业孵化器超过120家、在孵企业超过3.5万家，其中国家级科技企业孵化器总数达到17家。全市新增省级以上孵化载体9家，较上年增长12.5%。

“目前全市众创空间共有80家。今年还将新增10家。”市科技局负责人说。

咨询电话：0515-88888888。一是加强服务，二是优化政策，对新认定的国家级孵化器给予最高100万元奖励。
`;

const doc = (body: string, extra: Partial<FigureDocument> = {}): FigureDocument => ({
  source: "demo/2024-01/01-shi-li",
  title: "示例市孵化载体建设成效（合成测试文章）",
  kind: "article",
  body,
  bodyLine: 6,
  file: "content/issues/demo/2024-01/01-shi-li.mdx",
  date: { date: "2024-01-20", basis: "printed" },
  places: ["320900"],
  ...extra,
});

describe("extractFigures on an article", () => {
  const body = article.replace(/^---\n[\s\S]*?\n---\n/, "");
  const { suggestions, skipped } = extractFigures(doc(body), lookups);
  const rows = suggestions.map((s) => s.row);

  it("suggests each carrier figure as a full observation row", () => {
    expect(rows[0]).toEqual({
      id: "",
      region: "320900",
      indicator: "incubators",
      period: "2023-12-31",
      date_basis: "printed",
      kind: "actual",
      target_type: "",
      target_year: "",
      value: "120",
      value_as_printed: "120家",
      qualifier: "more_than",
      source: "demo/2024-01/01-shi-li",
      quote: "截至2023年底，全市纳入统计的各类科技企业孵化器超过120家、在孵企业超过3.5万家，其中国家级科技企业孵化器总数达到17家。",
      note: "",
    });
    expect(rows.map((r) => [r.indicator, r.value, r.qualifier, r.period])).toEqual([
      ["incubators", "120", "more_than", "2023-12-31"],
      ["incubated_firms", "35000", "more_than", "2023-12-31"],
      ["national_incubators", "17", "exact", "2023-12-31"],
      ["new_provincial_plus_carriers", "9", "exact", "2023"],
      ["maker_spaces", "80", "exact", "2024-01-20"],
      ["maker_spaces", "10", "exact", "2024"],
    ]);
  });

  it("says why where it assumed something", () => {
    expect(suggestions[3]!.reason).toBe(
      "period: from the paragraph (截至2023年底); period: the year of 截至2023年底 (the figure counts a year, not a day)",
    );
    expect(suggestions[0]!.line).toBe(7);
  });

  it("keeps a quotation holding two sentences as one quote", () => {
    expect(rows[4]!.quote).toBe("“目前全市众创空间共有80家。今年还将新增10家。”");
  });

  it("counts what it skipped and why", () => {
    expect(Object.fromEntries(skipped)).toMatchObject({ date: 1, growth_rate: 1, money: 1, phone_or_code: 2 });
  });

  it("quotes text that occurs in the article as data:check reads it", () => {
    for (const r of rows) expect(quoteOccurs(r.quote, plainText(article)), r.quote).toBe(true);
    for (const r of rows) expect(r.quote).toContain(r.value_as_printed);
  });
});

describe("extractFigures on a policy's target table", () => {
  const body = `
二、主要目标

到2025年,全市省级以上孵化载体力争达100家。

## 重点目标任务预期表(2023-2025年)

| 序号 | 指标 | 全市 | 东台市 | 市开发区 | 盐南高新区 |
| --- | --- | --- | --- | --- | --- |
| 1 | 新增科创飞地数 | 9 | 3 | 2 | 4 |
| 2 | 年度新增在孵科技企业数 | 100以上 | 60 | 40 | 30 |
`;
  const policy = doc(body, {
    source: "policy:demo-plan",
    title: "盐城市示例三年行动计划(2023-2025年)（合成测试）",
    kind: "policy",
    date: { date: "2024-01-10", basis: "printed" },
    places: ["320900"],
  });
  const rows = extractFigures(policy, lookups).suggestions.map((s) => s.row);

  it("reads a sentence's target with its plan span", () => {
    expect(rows[0]).toMatchObject({
      region: "320900",
      indicator: "provincial_plus_carriers",
      period: "2023/2025",
      kind: "target",
      target_type: "reach_by",
      target_year: "2025",
    });
  });

  it("reads every cell of a table whose header names places, quoting the row without its number", () => {
    const table = rows.slice(1);
    expect(table.map((r) => [r.region, r.indicator, r.value, r.qualifier, r.target_type])).toEqual([
      ["320900", "new_science_enclaves", "9", "exact", "total_over"],
      ["320981", "new_science_enclaves", "3", "exact", "total_over"],
      ["yancheng-etdz", "new_science_enclaves", "2", "exact", "total_over"],
      ["yannan-hi-tech-zone", "new_science_enclaves", "4", "exact", "total_over"],
      ["320900", "new_incubated_firms", "100", "more_than", "each_year"],
      ["320981", "new_incubated_firms", "60", "exact", "each_year"],
      ["yancheng-etdz", "new_incubated_firms", "40", "exact", "each_year"],
      ["yannan-hi-tech-zone", "new_incubated_firms", "30", "exact", "each_year"],
    ]);
    expect(table[0]!.quote).toBe("新增科创飞地数 9 3 2 4");
    expect(table.every((r) => r.period === "2023/2025" && r.kind === "target" && r.target_year === "2025")).toBe(true);
  });
});

describe("extractFigures on a pasted page", () => {
  it("reads plain text with its date and no places of its own", () => {
    const text = "江苏省孵化器发展情况\n2024年3月1日\n\n截至2023年底，江苏省纳入统计的科技企业孵化器达1200家。\n";
    const rows = extractFigures(doc(text, { kind: "text", source: "x-demo", places: [], bodyLine: 1 }), lookups).suggestions.map(
      (s) => s.row,
    );
    expect(rows.map((r) => [r.region, r.indicator, r.value, r.period, r.source])).toEqual([
      ["320000", "incubators", "1200", "2023-12-31", "x-demo"],
    ]);
  });
});
