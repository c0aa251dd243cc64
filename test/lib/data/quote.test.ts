/** The text a quote is checked against, and the check itself (src/lib/data/quote.ts). */
import { describe, expect, it } from "vitest";
import { normaliseSpace, plainText, quoteOccurs } from "../../../src/lib/data/quote.ts";

describe("plain text of an MDX document", () => {
  it("drops the frontmatter, headings' and lists' markers, bold, escapes and tags", () => {
    const mdx = '---\ntitle: 示例\nplaces: ["320000"]\n---\n## 一、示例标题\n\n- 第一项**加粗**\n<PeerBars indicator="x" />\n全省超过1000家\\*。';
    expect(plainText(mdx)).toBe("一、示例标题 第一项加粗 全省超过1000家*。");
  });

  it("joins table cells with single spaces and drops the separator row", () => {
    const mdx = "| 地区 | 目标 |\n| :-- | --: |\n| 东台市 | 10 |";
    expect(plainText(mdx)).toBe("地区 目标 东台市 10");
  });

  it("keeps an escaped pipe as text", () => {
    expect(plainText("| a\\|b | c |")).toBe("a|b c");
  });
});

describe("quotes", () => {
  it("are found however the lines were wrapped", () => {
    expect(quoteOccurs("全省纳入统计的 各类孵化器", "截至目前，全省纳入统计的\n各类孵化器超过1000家")).toBe(true);
    expect(normaliseSpace("  a \n\t b  ")).toBe("a b");
  });

  it("are not found when a word differs, or a figure: no fuzzy matching", () => {
    expect(quoteOccurs("超过1000家", "超过100家")).toBe(false);
    expect(quoteOccurs("超过1001家", "超过1000家")).toBe(false);
    expect(quoteOccurs("近1000家", "超过1000家")).toBe(false);
  });
});
