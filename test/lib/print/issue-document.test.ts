/** The printed issue's document, and finding each headline's page in the printed PDF. */
import { describe, expect, it } from "vitest";
import { headlinePages, issueDocument, type PrintIssue } from "../../../src/lib/print/issue-document.ts";
import { issuePdfName, issuePdfsBuilt } from "../../../src/lib/print/pdf-file.ts";

const issue: PrintIssue = {
  seriesName: "江苏双创载体信息",
  label: "2022年第2期（总第13期）",
  date: "2022年5月5日",
  publisher: "江苏省高新技术创业服务中心",
  articles: [
    { slug: "01-a", title: "科技部火炬中心印发<工作要点>", section: "政策速递", source: "科技部", body: "<p>正文。</p>" },
    {
      slug: "02-b",
      title: "我省国家级孵化器队伍再添新兵",
      section: "政策速递",
      kicker: "引题",
      subtitle: "副题",
      byline: "记者 张三",
      body: "<p>正文。</p>",
    },
  ],
  footer: { editor: ["江苏省高新技术创业服务中心"], to: ["江苏省科学技术厅"], cc: ["各设区市科技局", "各省级以上高新区管委会"] },
};

describe("issueDocument", () => {
  it("lays out masthead, contents, sections, articles and footer, escaping the text it is given", () => {
    const html = issueDocument(issue, { css: "p{}" });
    expect(html).toContain('<p class="series">江苏双创载体信息</p>');
    expect(html).toContain('<p class="number">2022年第2期（总第13期）</p>');
    expect(html).toContain("<span>江苏省高新技术创业服务中心 编辑</span><span>2022年5月5日</span>");
    expect(html.match(/【政策速递】/g)).toHaveLength(1);
    expect(html).toContain("科技部火炬中心印发&lt;工作要点&gt;");
    expect(html).toContain('<p class="kicker">引题</p><h3 class="title">我省国家级孵化器队伍再添新兵</h3><p class="subtitle">——副题</p>');
    expect(html).toContain('<p class="source">（来源：科技部）</p>');
    expect(html).toContain(
      '<span class="label">抄送：</span><span class="lines"><span>各设区市科技局</span><span>各省级以上高新区管委会</span></span>',
    );
  });

  it("keeps room for the page numbers, and fills them in once known", () => {
    expect(issueDocument(issue, { css: "" })).toContain('<span class="page"></span>');
    expect(issueDocument(issue, { css: "", pages: [1, 3] })).toMatch(
      /工作要点&gt;<\/span><span class="leader">…+<\/span><span class="page">1<\/span>[\s\S]*<span class="page">3<\/span>/,
    );
  });
});

describe("headlinePages", () => {
  it("takes each headline's page from the outline, in order, whatever the pages' text repeats", () => {
    // The outline of a synthetic issue: the contents, a section, two articles; the second
    // article's title is also cited on page 1 (in a chart's sources), which must not count.
    const headings = [
      { title: "本期要目", page: 1 },
      { title: "地方动态", page: 1 },
      { title: "甲市建设孵化器", page: 1 },
      { title: "乙市 政策", page: 3 },
    ];
    expect(headlinePages(headings, ["甲市建设孵化器", "乙市政策"])).toEqual([1, 3]);
    expect(headlinePages(headings, ["甲市建设孵化器", "丙市"])).toEqual([1, undefined]);
    expect(headlinePages(headings, ["乙市政策", "甲市建设孵化器"])).toEqual([3, undefined]);
  });
});

describe("pdf-file", () => {
  it("names the PDF after the issue, and links it only in a build that prints them", () => {
    expect(issuePdfName("jiangsu-shuangchuang/2022-02")).toBe("jiangsu-shuangchuang-2022-02.pdf");
    expect(issuePdfsBuilt({ ISSUE_PDFS: "1" })).toBe(true);
    expect(issuePdfsBuilt({})).toBe(false);
  });
});
