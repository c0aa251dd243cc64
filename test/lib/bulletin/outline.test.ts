/** The outline --dry-run prints: what an editor checks before anything is written. */
import { describe, expect, it } from "vitest";
import { outline } from "../../../src/lib/bulletin/outline.ts";
import { importCase, importDocument } from "../../helpers/importer.ts";

describe("outline", () => {
  it("lists the masthead, sections and each article with its lines, counts and source, then the warnings", () => {
    const text = outline(importCase("seed-003-keji-qingbao-2024-02")).join("\n");
    expect(text).toContain("seed-003-keji-qingbao-2024-02.txt: read as txt, would write content/issues/keji-qingbao-cankao/2024-02");
    expect(text).toContain("masthead: 科技情报参考 · 2024年第2期 · no date printed · 呼和浩特市科学技术局综合保障中心 编辑");
    expect(text).toContain("table of contents: 7 entries");
    expect(text).toMatch(/ {3}1\. 浙江衢州推动双创平台建设成效显著\n {6}source: \(none\)\n {6}lines 18–28 · 4 paragraphs/);
    expect(text).toContain("footer: 编辑 李 涛 · 电话：4366683 · 呼和浩特市科学技术局综合保障中心编辑");
    expect(text).toMatch(/warnings: 1\n {2}seed-003-keji-qingbao-2024-02\.txt:\d+: article 「宁波聚力/);
  });

  it("gives the pages of a PDF, and a policy's metadata", async () => {
    const page = outline(await importDocument("newspaper-page", "pdf")).join("\n");
    expect(page).toMatch(
      / {3}4\. 苏州：首个“科创飞地”在沪揭牌\n {6}byline: 记者 王晓燕\n {6}source: \(none\)\n {6}lines 25–26 \(page 2\) · 1 paragraph/,
    );
    const policy = outline(importCase("seed-002-yancheng-policy")).join("\n");
    expect(policy).toContain("policy: 盐城市科技企业孵化器建设三年行动计划(2023-2025年)");
    expect(policy).toContain("发文部门: 盐城市科学技术局 · 政策级别: 市级 · 发布时间: 2024-01-10");
    expect(policy).toMatch(/\d+ paragraphs, \d+ headings, 1 table/);
  });
});
