/** Body lines to blocks: lists, captions, tables found whole or flattened one cell a line. */
import { describe, expect, it } from "vitest";
import { bodyBlock, flattenedTable, isListOrCaption, tableBlock, type Block } from "../../../src/lib/bulletin/blocks.ts";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe("bodyBlock", () => {
  it("gathers consecutive bullet lines into one list", () => {
    const blocks: Block[] = [];
    for (const t of ["服务包括：", "• 共享实验室", "· 投融资对接", "正文。"]) {
      const b = bodyBlock(t, blocks.at(-1));
      if (b) blocks.push(b);
    }
    expect(blocks).toEqual([
      { kind: "paragraph", text: "服务包括：" },
      { kind: "list", items: ["共享实验室", "投融资对接"] },
      { kind: "paragraph", text: "正文。" },
    ]);
  });

  it("keeps photo captions and their credits as captions", () => {
    for (const t of ["图为孵化器内的共享实验平台。", "（图片来源：某市科技局）", "▲ 路演现场", "王晓燕 摄", "（王晓燕 摄）"]) {
      expect(bodyBlock(t, undefined), t).toEqual({ kind: "caption", text: t });
      expect(isListOrCaption(t)).toBe(true);
    }
    expect(isListOrCaption("摄影展开幕")).toBe(false);
  });
});

describe("flattenedTable", () => {
  it("rebuilds a table flattened one cell a line, taking the caption line before it for what it is", () => {
    const cells = lines("重点目标任务预期表", "序号", "指标", "全市", "1", "新增孵化载体", "20", "2", "新增科创飞地", "30", "正文继续。");
    expect(flattenedTable(cells, 0)).toBeUndefined();
    expect(flattenedTable(cells, 1)).toEqual({
      block: {
        kind: "table",
        header: ["序号", "指标", "全市"],
        rows: [
          ["1", "新增孵化载体", "20"],
          ["2", "新增科创飞地", "30"],
        ],
      },
      end: 10,
    });
  });

  it("finds no table in prose or where the rows are not numbered 1, 2, 3", () => {
    expect(flattenedTable(lines("甲", "乙", "丙", "正文，说明情况。"), 0)).toBeUndefined();
    expect(flattenedTable(lines("序号", "指标", "2", "乙"), 0)).toBeUndefined();
  });
});

describe("tableBlock", () => {
  it("takes a whole table's first row as its header", () => {
    expect(
      tableBlock([
        ["序号", "指标"],
        ["1", "孵化器"],
      ]),
    ).toEqual({ kind: "table", header: ["序号", "指标"], rows: [["1", "孵化器"]] });
  });
});
