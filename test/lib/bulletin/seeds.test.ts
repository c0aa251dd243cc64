/** The four seed documents: every article found, titles as printed, the policy's table whole. */
import { describe, expect, it } from "vitest";
import { importCase } from "../../helpers/importer.ts";

const titles = (name: string) =>
  importCase(name)
    .files.filter((f) => f.path.endsWith(".mdx"))
    .map((f) => /^title: (.*)$/m.exec(f.content)![1]);

describe("seed documents", () => {
  it("000: 9 articles, in print order", () => {
    expect(titles("seed-000-jiangsu-2022-02")).toEqual([
      "科技部火炬中心印发2022年工作要点",
      "我省国家级孵化器队伍再添新兵总数继续领跑全国",
      "我省多地出台科技创新政策支持创业孵化体系建设",
      "江阴（北京）创新中心启用",
      "昆山市“三张牌”打出科创空间新格局",
      "苏州市吴中区全力打造环太湖科技创新圈",
      "宿迁市泗洪县多措并举推动科技创新载体建设",
      "望京留创园：构建“产业+国际孵化+资本引导+跨境加速”平台",
      "重庆众创之家探索“五有”“三型”企业孵化新路",
    ]);
  });

  it("000: masthead and footer as printed", () => {
    const issue = importCase("seed-000-jiangsu-2022-02").files.find((f) => f.path === "issue.yaml")!.content;
    expect(issue).toMatch(/^year: 2022$/m);
    expect(issue).toMatch(/^number: 2$/m);
    expect(issue).toMatch(/^totalNumber: 13$/m);
    expect(issue).toMatch(/^date: 2022-05-05$/m);
    expect(issue).toContain("江苏省科技企业孵化器协会会员单位");
  });

  it("001: 12 articles across five sections, no masthead", () => {
    const plan = importCase("seed-001-jiangsu-late-2022");
    const t = titles("seed-001-jiangsu-late-2022");
    expect(t).toHaveLength(12);
    expect(t[0]).toBe("中国将与海合会国家共建一批创新创业孵化器");
    expect(t[11]).toBe("北京打造首批标杆孵化器 高位引领硬科技孵化服务升级");
    const issue = plan.files.find((f) => f.path === "issue.yaml")!.content;
    expect(issue).not.toMatch(/^number:/m);
    expect(issue).toMatch(/^sections:\n {2}- 行业动态\n {2}- 载体建设\n {2}- 创业活动\n {2}- 地方动态\n {2}- 他山之石$/m);
  });

  it("001: a paragraph split by a page break is one paragraph", () => {
    const report = importCase("seed-001-jiangsu-late-2022").files.find((f) => f.path.startsWith("02-"))!.content;
    expect(report).toContain("国家级孵化器244家，数量、面积及在孵企业数继续保持全国第一。");
    expect(report).not.toContain("- 2 -");
  });

  it("003: 8 articles although the table of contents lists 7, with a warning", () => {
    const plan = importCase("seed-003-keji-qingbao-2024-02");
    expect(titles("seed-003-keji-qingbao-2024-02")).toHaveLength(8);
    expect(titles("seed-003-keji-qingbao-2024-02")[6]).toBe("宁波聚力“创新深化”打造“科教产共同体”");
    expect(plan.warnings.map((w) => w.message)).toEqual([
      "article 「宁波聚力“创新深化”打造“科教产共同体”」 is not in the table of contents",
    ]);
  });

  it("002: a policy with its metadata and a 4 × 12 target table, numbers as printed", () => {
    const plan = importCase("seed-002-yancheng-policy");
    expect(plan.kind).toBe("policy");
    const mdx = plan.files[0]!.content;
    expect(mdx).toMatch(/^issuer: 盐城市科学技术局$/m);
    expect(mdx).toMatch(/^level: 市级$/m);
    expect(mdx).toMatch(/^date: 2024-01-10$/m);
    expect(mdx).not.toMatch(/点赞|收藏|转发/);
    const rows = mdx.split("\n").filter((l) => /^\| \d /.test(l));
    expect(rows).toHaveLength(4);
    const numbers = rows.flatMap((r) =>
      r
        .split("|")
        .slice(3, -1)
        .map((c) => c.trim()),
    );
    expect(numbers).toHaveLength(48);
    expect(rows[2]).toBe("| 3 | 年度新增在孵科技企业数 | 500以上 | 60 | 50 | 50 | 50 | 40 | 40 | 55 | 60 | 50 | 45 | 50 |");
    expect(mdx).toContain(
      "| 序号 | 指标 | 全市 | 东台市 | 建湖县 | 射阳县 | 阜宁县 | 滨海县 | 响水县 | 大丰区 | 盐都区 | 亭湖区 | 市开发区 | 盐南高新区 |",
    );
    expect(mdx).toMatch(/^#### 1、完善孵化链条$/m);
    expect(mdx).toMatch(/^## 四、组织保障$/m);
  });
});
