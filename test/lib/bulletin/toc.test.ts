/** Mastheads, tables of contents and footers, read from logical lines. */
import { describe, expect, it } from "vitest";
import { logicalLines } from "../../../src/lib/bulletin/text.ts";
import { readFooter, readMasthead, readToc, titleKey } from "../../../src/lib/bulletin/toc.ts";

const lines = (...texts: string[]) => logicalLines(texts.join("\n\n"));

describe("readMasthead", () => {
  it("reads name, issue line, total number, date and publisher, and stops at the first other line", () => {
    const { masthead, end } = readMasthead(
      lines("科技情报参考", "2024年第2期（总第58期）", "呼和浩特市科学技术局综合保障中心 编辑", "2024年3月1日", "-", "本期要目"),
    );
    expect(masthead).toEqual({
      seriesName: "科技情报参考",
      year: 2024,
      number: 2,
      totalNumber: 58,
      editor: "呼和浩特市科学技术局综合保障中心",
      date: "2024-03-01",
      lines: { issue: 3, date: 7 },
    });
    expect(end).toBe(5);
  });

  it("reads a newspaper's dateline: date, weekday, 第N期 within the year and 总第N期", () => {
    const { masthead } = readMasthead(lines("科技创新导报", "2024年3月15日 星期五 第11期（总第586期） 第6版"));
    expect(masthead).toMatchObject({ seriesName: "科技创新导报", date: "2024-03-15", year: 2024, number: 11, totalNumber: 586 });
  });

  it("reads the editing office and the date printed on one line", () => {
    expect(readMasthead(lines("工作简报", "2023年第5期", "某市科学技术局 编辑  2023年6月1日", "本期要目")).masthead).toMatchObject({
      editor: "某市科学技术局",
      date: "2023-06-01",
    });
  });

  it("reads a letter-spaced name as the name", () => {
    expect(readMasthead(lines("江 苏 双 创 载 体 信 息", "2022年第2期")).masthead.seriesName).toBe("江苏双创载体信息");
    expect(readMasthead(lines("简  报", "2022年第2期")).masthead.seriesName).toBe("简报");
    expect(readMasthead(lines("科技 简报", "2022年第2期")).masthead.seriesName).toBe("科技 简报");
  });

  it("reads an impossible date as printed, for the importer to refuse with its line", () => {
    expect(readMasthead(lines("简报", "2023年第1期", "2023年2月30日")).masthead.date).toBe("2023-02-30");
  });

  it("finds no masthead in text that starts with an article", () => {
    expect(readMasthead(lines("行业动态", "中国将与海合会国家共建一批创新创业孵化器", "12月9日，首届峰会举行。"))).toEqual({
      masthead: {},
      end: 0,
    });
  });
});

describe("readToc", () => {
  it("reads dot leaders and page numbers, carries a section label forward, and joins an entry wrapped onto the next line", () => {
    const { entries, end } = readToc(
      lines(
        "本期要目",
        "- 【政策速递】 某省出台孵化载体绩效评价办法.....1",
        " - 某市设立科创飞地专项资金.....2",
        "- 【他山之石】 某园区构建全链条孵化",
        "体系.....3",
        "政策速递",
      ),
      0,
    );
    expect(entries.map(({ title, section, page }) => ({ title, section, page }))).toEqual([
      { title: "某省出台孵化载体绩效评价办法", section: "政策速递", page: 1 },
      { title: "某市设立科创飞地专项资金", section: "政策速递", page: 2 },
      { title: "某园区构建全链条孵化体系", section: "他山之石", page: 3 },
    ]);
    expect(end).toBe(5);
  });

  it("reads ★ entries with a page number after a space, and reads nothing where there is no list", () => {
    expect(readToc(lines("- ★ 浙江衢州推动双创平台建设成效显著 2", "正文。"), 0).entries.map((e) => [e.title, e.page])).toEqual([
      ["浙江衢州推动双创平台建设成效显著", 2],
    ]);
    expect(readToc(lines("标题", "正文。"), 0)).toEqual({ entries: [], end: 0 });
  });
});

describe("readFooter", () => {
  it("reads 编辑, 主送, 抄送 with their continuation lines, and contact lines, from the end", () => {
    const { footer, start } = readFooter(
      lines(
        "正文最后一段。",
        "编辑：江苏省高新技术创业服务中心",
        "主送：江苏省科学技术厅",
        "抄送：各设区市科技局",
        "各省级以上高新区管委会",
        "电话：025-12345678",
      ),
    );
    expect(footer).toEqual({
      editor: ["江苏省高新技术创业服务中心"],
      to: ["江苏省科学技术厅"],
      cc: ["各设区市科技局", "各省级以上高新区管委会"],
      contact: ["电话：025-12345678"],
    });
    expect(start).toBe(1);
  });

  it("reads a closing X编辑 line, and nothing when the text ends with an article", () => {
    expect(readFooter(lines("正文。", "某市科学技术局信息中心编辑", "编辑：王 五")).footer).toEqual({
      editorLine: "某市科学技术局信息中心编辑",
      editor: ["王 五"],
    });
    expect(readFooter(lines("标题", "正文。"))).toEqual({ footer: {}, start: 2 });
  });
});

describe("titleKey", () => {
  it("keeps letters and digits only, so a title matches its table of contents entry however it is punctuated", () => {
    expect(titleKey("湖北襄阳：坚持创新引领 加快打造“区域”中心")).toBe(titleKey("湖北襄阳坚持创新引领加快打造区域中心"));
  });
});
