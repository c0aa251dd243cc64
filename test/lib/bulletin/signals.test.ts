/** What wording and typography say a line is. */
import { describe, expect, it } from "vitest";
import { NEWS_LEAD, bylineOf, isBriefHead, isBylineLine, typographyOf } from "../../../src/lib/bulletin/signals.ts";

describe("isBylineLine", () => {
  it("knows byline lines in their usual forms", () => {
    for (const t of [
      "本报记者 王晓燕 通讯员 李明",
      "记者 张三",
      "▶ 本报特约通讯员 李四",
      "文/张三",
      "文・图／王五",
      "作者：张三",
      "（记者 李四）",
      "记者 王晓燕、李明",
    ]) {
      expect(isBylineLine(t), t).toBe(true);
    }
    expect(bylineOf("▶  本报记者　王晓燕")).toBe("本报记者 王晓燕");
  });

  it("never takes prose wrapped onto a new line at 记者… for one", () => {
    for (const t of [
      "记者采访时，一场面向大学生创业团队的路演活动正在进行",
      "记者从市科技局获悉，今年以来新增孵化器5家。",
      "通讯员表示，该项目已投入使用并取得良好效果",
    ]) {
      expect(isBylineLine(t), t).toBe(false);
    }
  });
});

describe("news leads and briefs", () => {
  it("knows 本报讯 and dateline leads, and 地区：标题 heads", () => {
    for (const t of ["本报讯 近日，…", "本报讯（记者 王晓燕）日前，…", "本报南京3月14日电 …", "新华社北京3月14日电 …"])
      expect(NEWS_LEAD.test(t), t).toBe(true);
    expect(NEWS_LEAD.test("本报记者从市科技局获悉")).toBe(false);
    expect(isBriefHead("南京：新增3家国家级科技企业孵化器")).toBe(true);
    expect(isBriefHead("孵化器提供的服务包括：")).toBe(false);
  });
});

describe("typographyOf", () => {
  it("measures lines against the size most text is set in", () => {
    const lines = [
      { text: "标题", size: 18, line: 1 },
      { text: "正文".repeat(40), size: 12, line: 2 },
      { text: "小标题", size: 12, bold: true, line: 3 },
      { text: "图片说明", size: 9, line: 4 },
      { text: "样式标题", size: 12, outline: 2, line: 5 },
    ];
    const { body, weight } = typographyOf(lines);
    expect(body).toBe(12);
    expect(lines.map(weight)).toEqual(["display", "plain", "strong", "plain", "display"]);
    expect(typographyOf([{ text: "纯文本", line: 1 }]).weight({ text: "纯文本", line: 1 })).toBeUndefined();
  });
});
