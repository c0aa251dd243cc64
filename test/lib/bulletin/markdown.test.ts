import { describe, expect, it } from "vitest";
import { blocksToMdx, escapeMdx } from "../../../src/lib/bulletin/markdown.ts";

describe("escapeMdx", () => {
  it("keeps the sources' bold markers", () => {
    expect(escapeMdx("**一是**梯度培育。")).toBe("**一是**梯度培育。");
  });
  it("escapes what MDX would read as JSX, expressions or Markdown", () => {
    expect(escapeMdx("<img src=x onerror=alert(1)> {1+1} a*b_c")).toBe("\\<img src=x onerror=alert(1)\\> \\{1+1\\} a\\*b\\_c");
    expect(escapeMdx("# 不是标题")).toBe("\\# 不是标题");
    expect(escapeMdx("1. 不是列表")).toBe("\\1. 不是列表");
  });
});

describe("blocksToMdx", () => {
  it("writes a table with its header and rows", () => {
    expect(blocksToMdx([{ kind: "table", header: ["指标", "全市"], rows: [["新增孵化载体", "20"]] }])).toBe(
      "| 指标 | 全市 |\n| --- | --- |\n| 新增孵化载体 | 20 |\n",
    );
  });
});
