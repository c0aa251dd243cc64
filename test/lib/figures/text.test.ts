/** Blocks and sentences: what a quote is cut from. */
import { describe, expect, it } from "vitest";
import { plainText, quoteOccurs } from "../../../src/lib/data/quote.ts";
import { clauseEnd, clauseStart, readBlocks, splitSentences } from "../../../src/lib/figures/text.ts";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("ends a sentence at 。！？", () => {
    expect(texts("全省孵化器超过1000家。在孵企业超过4万家！还有吗？")).toEqual([
      "全省孵化器超过1000家。",
      "在孵企业超过4万家！",
      "还有吗？",
    ]);
  });

  it("keeps a quotation that holds 。 as one sentence, with its closing quote", () => {
    const paragraph = "“全市共有省级以上孵化器35家，其中国家级10家。全市孵化器总面积达120万平方米。”他说。下一句。";
    expect(texts(paragraph)).toEqual([
      "“全市共有省级以上孵化器35家，其中国家级10家。全市孵化器总面积达120万平方米。”",
      "他说。",
      "下一句。",
    ]);
  });

  it("does not end a sentence inside a quotation followed by a comma", () => {
    expect(texts("他表示：“孵化器超过1000家。”，并说明了原因。")).toEqual(["他表示：“孵化器超过1000家。”，并说明了原因。"]);
  });

  it("does not end a sentence inside brackets or 《》", () => {
    expect(texts("据《报告（2022。试行）》显示，孵化器1070家。")).toEqual(["据《报告（2022。试行）》显示，孵化器1070家。"]);
  });

  it("ignores a quotation mark that is never closed", () => {
    expect(texts("他说“孵化器很多。在孵企业4万家。")).toEqual(["他说“孵化器很多。", "在孵企业4万家。"]);
  });

  it("splits English sentences before a capital", () => {
    expect(texts("It lists 14 in Zhejiang. Of all the 109 incubators, 57 are in Hangzhou.")).toEqual([
      "It lists 14 in Zhejiang.",
      "Of all the 109 incubators, 57 are in Hangzhou.",
    ]);
  });

  it("gives each sentence's offset in its paragraph", () => {
    const paragraph = "第一句。 第二句。";
    for (const s of splitSentences(paragraph)) expect(paragraph.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

describe("clauses", () => {
  const s = "截至目前，全省孵化器超过1000家、在孵企业超过4万家（含团队，不含个人），其中国家级244家。";
  it("starts a clause after ，；： outside brackets", () => {
    expect(s.slice(clauseStart(s, s.indexOf("244")))).toMatch(/^其中国家级244家/);
    expect(s.slice(clauseStart(s, s.indexOf("4万")))).toMatch(/^全省孵化器/);
  });
  it("ends a clause at the next mark outside brackets", () => {
    expect(s.slice(s.indexOf("4万"), clauseEnd(s, s.indexOf("4万")))).toBe("4万家（含团队，不含个人）");
  });
});

describe("readBlocks", () => {
  const mdx = [
    "---",
    "title: 示例",
    "---",
    "",
    "第一段**加粗**文字，",
    "续行。",
    "",
    "### 小标题",
    "",
    '<RegionSeries region="320000" />',
    "",
    "| 序号 | 指标 | 全市 | 东台市 |",
    "| --- | --- | --- | --- |",
    "| 1 | 新增科创飞地数 | 30 | 3 |",
    "",
    "最后一段\\*号。",
  ].join("\n");
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, "");
  const blocks = readBlocks(body, 4);

  it("reads paragraphs, headings and tables with their file lines, leaving components out", () => {
    expect(blocks.map((b) => [b.kind, b.line])).toEqual([
      ["paragraph", 5],
      ["heading", 8],
      ["table", 12],
      ["paragraph", 16],
    ]);
    const table = blocks[2] as Extract<(typeof blocks)[number], { kind: "table" }>;
    expect(table.header).toEqual(["序号", "指标", "全市", "东台市"]);
    expect(table.rows).toEqual([{ line: 14, cells: ["1", "新增科创飞地数", "30", "3"] }]);
  });

  it("gives text whose sentences occur in the text data:check verifies quotes against", () => {
    const source = plainText(mdx);
    for (const block of blocks) {
      if (block.kind === "table") continue;
      for (const s of splitSentences(block.text)) expect(quoteOccurs(s.text, source), s.text).toBe(true);
    }
    expect(quoteOccurs("新增科创飞地数 30 3", source)).toBe(true);
  });
});
