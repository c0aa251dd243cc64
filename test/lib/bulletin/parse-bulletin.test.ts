import { describe, expect, it } from "vitest";
import { parseBulletin } from "../../../src/lib/bulletin/parse-bulletin.ts";

describe("parseBulletin", () => {
  it("fails with the line when no article can be found", () => {
    expect(() => parseBulletin("某某简报\n\n2023年第1期\n\n（来源：无）", "x.txt")).toThrow(/x\.txt:\d+: no article found/);
  });

  it("starts a new article at a headline the table of contents lists, even without a source line before it", () => {
    const text = [
      "简报",
      "2023年第1期",
      "- ★ 甲市建设孵化器 1",
      "- ★ 乙市建设众创空间 2",
      "甲市建设孵化器",
      "甲市新建孵化器三家。",
      "乙市建设众创空间",
      "乙市新建众创空间五家。",
      "（来源：乙市科技局）",
    ].join("\n\n");
    const parsed = parseBulletin(text, "x.txt");
    expect(parsed.articles.map((a) => a.title)).toEqual(["甲市建设孵化器", "乙市建设众创空间"]);
    expect(parsed.warnings.map((w) => w.message)).toEqual(["article 「甲市建设孵化器」 has no source line"]);
  });

  it("keeps a headline inside a sourced article as a subheading", () => {
    const text = ["甲市建设孵化器", "甲市新建孵化器三家。", "强化服务能力", "提供专业服务。", "（来源：甲市科技局）"].join("\n\n");
    const [article] = parseBulletin(text, "x.txt").articles;
    expect(article!.blocks).toEqual([
      { kind: "paragraph", text: "甲市新建孵化器三家。" },
      { kind: "heading", text: "强化服务能力", depth: 3 },
      { kind: "paragraph", text: "提供专业服务。" },
    ]);
  });

  it("reports a table of contents entry that has no article", () => {
    const text = ["简报", "2023年第1期", "本期要目", "- 甲.....1", "- 乙.....2", "甲", "正文。", "（来源：某）"].join("\n\n");
    const parsed = parseBulletin(text, "x.txt");
    expect(parsed.warnings.map((w) => w.message)).toContain("table of contents entry 「乙」 has no article in the text");
  });
});
