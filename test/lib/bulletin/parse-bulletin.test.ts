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

/** Lines with the signals a Word or PDF reader gives: size in points, weight, alignment. */
const sized = (rows: [string, number, boolean?, ("center" | undefined)?][]) =>
  rows.map(([text, size, bold, align], i) => ({ text, size, bold: bold ?? false, align, line: i + 1 }));
const BODY = "某市把孵化载体建设作为培育新动能的重要抓手，先后出台若干措施，全市孵化载体数量和质量同步提升。";

describe("parseBulletin: newspaper pages", () => {
  const page = [
    "聚焦创新生态 培育发展新动能",
    "某市孵化器走出“专精特新”之路",
    "——某市孵化载体建设调查",
    "本报记者 王晓燕 通讯员 李明",
    "本报讯 走进某市科技企业孵化器，创业团队正在调试设备。",
    "搭平台：让创业者“拎包入驻”",
    BODY,
    "图为孵化器内的共享实验平台。",
    "（图片来源：某市科技局）",
    "众创空间迎来大学生创业潮",
    "▶ 本报记者 陈思",
    "本报讯 今年以来，某区众创空间新入驻大学生创业团队120个。",
    "创新快讯",
    "南京：新增3家国家级科技企业孵化器",
    "本报讯 近日，南京市3家孵化器入选。",
    "苏州：首个“科创飞地”在沪揭牌",
    "本报讯（记者 王晓燕）日前，苏州市首个“科创飞地”揭牌运营。",
  ].join("\n");

  it("reads kicker, headline, subtitle and byline line, keeps subheads and captions inside the story, and finds every brief", () => {
    const { articles, sections } = parseBulletin(page, "p.txt");
    expect(articles.map((a) => [a.kicker, a.title, a.subtitle, a.byline, a.section])).toEqual([
      ["聚焦创新生态 培育发展新动能", "某市孵化器走出“专精特新”之路", "某市孵化载体建设调查", "本报记者 王晓燕 通讯员 李明", undefined],
      [undefined, "众创空间迎来大学生创业潮", undefined, "本报记者 陈思", undefined],
      [undefined, "南京：新增3家国家级科技企业孵化器", undefined, undefined, "创新快讯"],
      [undefined, "苏州：首个“科创飞地”在沪揭牌", undefined, "记者 王晓燕", "创新快讯"],
    ]);
    expect(articles[0]!.blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "paragraph", "caption", "caption"]);
    expect(articles[0]!.lines).toEqual([1, 9]);
    expect(sections).toEqual(["创新快讯"]);
  });

  it("never takes a line of prose for a headline: a clause ending in a comma, or plain text where sizes are known", () => {
    const text = [
      "某市孵化器建设观察",
      "本报讯 记者采访时，一场路演活动正在进行，",
      "十余位投资人现场点评项目",
      "多个项目当场达成合作意向。",
    ].join("\n");
    const { articles } = parseBulletin(text, "p.txt");
    expect(articles.map((a) => a.title)).toEqual(["某市孵化器建设观察"]);
    expect(articles[0]!.blocks).toEqual([
      { kind: "paragraph", text: "本报讯 记者采访时，一场路演活动正在进行，十余位投资人现场点评项目多个项目当场达成合作意向。" },
    ]);
    const lines = sized([
      ["某市孵化器建设观察", 18, true, "center"],
      ["本报讯 记者采访时，一场路演活动正在进行，", 10.5],
      ["十余位投资人现场点评项目", 10.5],
      ["多个项目当场达成合作意向。" + BODY, 10.5],
      ["强服务：从“房东”到“合伙人”", 10.5, true],
      [BODY, 10.5],
    ]);
    const parsed = parseBulletin(lines, "p.pdf");
    expect(parsed.articles.map((a) => a.title)).toEqual(["某市孵化器建设观察"]);
    expect(parsed.articles[0]!.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "heading", "paragraph"]);
  });

  it("with sizes, takes the smaller line above a headline as its kicker, and a bold line at text size as a subhead", () => {
    const lines = sized([
      ["聚焦创新生态", 15, false, "center"],
      ["某市孵化器走出“专精特新”之路", 26, true, "center"],
      [BODY, 10.5],
      ["搭平台：让创业者“拎包入驻”", 10.5, true],
      [BODY, 10.5],
      ["众创空间迎来大学生创业潮", 17, true, "center"],
      [BODY, 10.5],
    ]);
    const { articles } = parseBulletin(lines, "p.docx");
    expect(articles.map((a) => [a.kicker, a.title])).toEqual([
      ["聚焦创新生态", "某市孵化器走出“专精特新”之路"],
      [undefined, "众创空间迎来大学生创业潮"],
    ]);
    expect(articles[0]!.blocks[1]).toEqual({ kind: "heading", text: "搭平台：让创业者“拎包入驻”", depth: 3 });
  });

  it("follows the editor's --title, --subhead and --not-title, and says when a line number is not in the articles", () => {
    const text = ["甲市建设孵化器", "甲市新建孵化器三家。", "强化服务能力", "提供专业服务。", "乙市政策", "出台政策。"].join("\n");
    expect(parseBulletin(text, "x.txt").articles.map((a) => a.title)).toEqual(["甲市建设孵化器", "强化服务能力", "乙市政策"]);
    const parsed = parseBulletin(text, "x.txt", { subheads: [3], notTitles: [5], titles: [99] });
    expect(parsed.articles.map((a) => a.title)).toEqual(["甲市建设孵化器"]);
    expect(parsed.articles[0]!.blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "paragraph", "paragraph", "paragraph"]);
    expect(parsed.warnings.map((w) => w.message)).toContain("--title 99: no such line in the articles (see --show-text for the numbers)");
    const sourced = ["甲市建设孵化器", "甲市新建孵化器三家。", "强化服务能力", "提供专业服务。", "（来源：甲市科技局）"].join("\n");
    expect(parseBulletin(sourced, "x.txt", { titles: [3] }).articles.map((a) => a.title)).toEqual(["甲市建设孵化器", "强化服务能力"]);
  });
});
