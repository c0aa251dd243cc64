import { describe, expect, it } from "vitest";
import { ImportError, decodeText, displayWidth, logicalLines, wrapWidth } from "../../../src/lib/bulletin/text.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeText", () => {
  it("refuses an empty file", () => {
    expect(() => decodeText(bytes("\n  \n"), "a.txt")).toThrow("a.txt:1: the file is empty");
  });
  it("refuses a binary file, naming the line of the first NUL byte", () => {
    expect(() => decodeText(new Uint8Array([0x61, 0x0a, 0x62, 0x00]), "b.txt")).toThrow("b.txt:2: this is a binary file");
  });
  // Windows Notepad saves "ANSI" as GBK on a Chinese system: such a file is read, with a notice
  // (it used to be refused).
  it("reads GBK text as GB18030, with a notice", () => {
    // 孵化 in GBK.
    const gbk = new Uint8Array([0x6f, 0x6b, 0x0a, 0x0a, 0xb7, 0xf5, 0xbb, 0xaf]);
    const notices: string[] = [];
    expect(decodeText(gbk, "c.txt", notices)).toBe("ok\n\n孵化");
    expect(notices[0]).toMatch(/^read as GB18030 \(GBK\) text/);
  });
  it("refuses text that is neither UTF-8 nor Chinese in GB18030, naming the line", () => {
    // Latin-1 é, which GB18030 would decode to something that is not Chinese text.
    const latin1 = new Uint8Array([0x6f, 0x6b, 0x0a, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]);
    expect(() => decodeText(latin1, "c.txt")).toThrow(ImportError);
    expect(() => decodeText(latin1, "c.txt")).toThrow("c.txt:3: the text is not valid UTF-8");
    expect(() => decodeText(new Uint8Array([0x61, 0x0a, 0xff, 0xff]), "e.txt")).toThrow("e.txt:2: the text is not valid UTF-8");
  });
  it("reads UTF-16 with a BOM and without one (Notepad's 'Unicode'), instead of calling it binary", () => {
    const text = "江苏双创载体信息\n\n2022年第2期\n";
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    const notices: string[] = [];
    expect(decodeText(le, "u.txt", notices)).toBe(text);
    expect(notices).toEqual(["read as UTF-16LE text"]);
    const be = new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
    expect(decodeText(be, "v.txt")).toBe(text);
    expect(decodeText(le.subarray(2), "w.txt")).toBe(text);
  });
  it("drops a BOM and Windows line ends", () => {
    expect(decodeText(bytes("\uFEFF甲\r\n乙"), "d.txt")).toBe("甲\n乙");
  });
});

describe("logicalLines", () => {
  /** Wraps text at a measure of `n` CJK characters, as a PDF page would (digits are half width). */
  const wrapped = (s: string, n: number) => {
    const lines = [""];
    for (const ch of s) {
      if (displayWidth(lines.at(-1)! + ch) > n * 2) lines.push("");
      lines[lines.length - 1] += ch;
    }
    return lines;
  };

  it("joins a hard-wrapped paragraph across a page number and a page's leading space", () => {
    const paragraph = "截至2021年底，全省科技创业载体总数达2145家，较上年增长13.5%，其中科技企业孵化器1070家，众创空间1075家。".repeat(6);
    const pieces = wrapped(paragraph, 28);
    const text = [...pieces.slice(0, 3), "- 2 -", ...pieces.slice(3).map((p, i) => (i === 0 ? ` ${p}` : p))].join("\n\n");
    const lines = logicalLines(text);
    expect(lines.map((l) => l.text)).toEqual([paragraph]);
    expect(lines[0]!.line).toBe(1);
  });

  it("keeps web text, one paragraph a line, as it is", () => {
    const text = "第一段很长的文字，说明有关情况。\n\n第二段。";
    expect(wrapWidth(text.split("\n"))).toBeUndefined();
    expect(logicalLines(text).map((l) => l.text)).toEqual(["第一段很长的文字，说明有关情况。", "第二段。"]);
  });

  it("joins a soft wrap: a long line that stops mid-sentence", () => {
    const text = `${"科技金融".repeat(20)}提供低\n\n支持。首次把首贷补贴纳入财政支持范畴。`;
    expect(logicalLines(text)).toHaveLength(1);
  });

  // Regression: a full line holding Latin letters measured short of the wrap width and was taken
  // for a subheading (001: 案例：引进MIT科技评论TR35获得者崔好博士在京建设巢生).
  it("joins a full line that holds Latin letters, but not a headline after a section label", () => {
    const filler = wrapped(
      "近年来，各地围绕科技创业孵化载体建设出台了一系列政策措施，推动孵化器提档升级和提质增效，成效显著。".repeat(6),
      28,
    );
    const latin = "案例：引进MIT科技评论TR35获得者崔好博士在京建设巢生";
    expect(displayWidth(latin)).toBe(51);
    const text = [
      ...filler,
      latin,
      "（引领类）生物医药标杆孵化器。",
      "（来源：某网站）",
      "他山之石",
      "北京打造首批标杆孵化器 高位引领硬科技孵化服务升级",
      "为加快引导孵化器提升硬科技企业培育效能。",
    ].join("\n\n");
    const texts = logicalLines(text).map((l) => l.text);
    expect(texts).toContain(`${latin}（引领类）生物医药标杆孵化器。`);
    expect(texts).toContain("北京打造首批标杆孵化器 高位引领硬科技孵化服务升级");
  });
});

describe("logicalLines: text copied page by page", () => {
  it("drops the running head beside a page number, so the paragraph the page break cut joins again", () => {
    const full = "本报讯 近日，科技部公布新一批国家级科技";
    const lines = Array.from({ length: 12 }, (_, i) => `第${i + 1}行的文字，排满了这一栏的宽度，一直到行尾的`).map((t) => t.slice(0, 20));
    const text = [
      "科技创新导报",
      ...lines.slice(0, 6),
      full,
      "- 1 -",
      "科技创新导报",
      "企业孵化器名单，南京市3家孵化器入选。",
      ...lines.slice(6),
    ].join("\n");
    const joined = logicalLines(text).map((l) => l.text);
    expect(joined).toContain(`${full}企业孵化器名单，南京市3家孵化器入选。`);
    expect(joined.filter((l) => l === "科技创新导报")).toHaveLength(1);
  });

  it("joins a clause that ends in a comma to the line after it, however short", () => {
    expect(logicalLines("路演活动正在进行，\n十余位投资人现场点评项目\n多个项目当场达成合作意向。\n下一段。").map((l) => l.text)).toEqual([
      "路演活动正在进行，十余位投资人现场点评项目多个项目当场达成合作意向。",
      "下一段。",
    ]);
  });

  it("keeps a newspaper's dateline, byline line and 本报讯 lead apart from the lines around them", () => {
    const text = [
      "2024年3月15日 星期五 第11期（总第586期）",
      "聚焦创新生态",
      "本报记者 王晓燕",
      "本报讯 走进某市科技企业孵化器，一排排实验室里，",
      "创业团队正在调试设备。",
    ].join("\n");
    expect(logicalLines(text).map((l) => [l.line, l.end, l.text])).toEqual([
      [1, undefined, "2024年3月15日 星期五 第11期（总第586期）"],
      [2, undefined, "聚焦创新生态"],
      [3, undefined, "本报记者 王晓燕"],
      [4, 5, "本报讯 走进某市科技企业孵化器，一排排实验室里，创业团队正在调试设备。"],
    ]);
  });

  it("gives back the ideographs a PDF named by their radicals, and plain spaces for full-width ones", () => {
    expect(decodeText(new TextEncoder().encode("⽕炬中⼼　人⺠政府　⼾籍 江阴―清华"), "a.txt")).toBe("火炬中心 人民政府 户籍 江阴—清华");
  });
});
