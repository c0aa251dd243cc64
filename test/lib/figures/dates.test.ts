/** When a figure is: date phrases, the article's date, targets and their types. */
import { describe, expect, it } from "vitest";
import { planSpan, timing, type DocumentDate, type TimingInput } from "../../../src/lib/figures/dates.ts";

const printed: DocumentDate = { date: "2022-05-05", basis: "printed" };
const undated: DocumentDate = { date: "2022-12-30", basis: "not_before" };

function when(sentence: string, figure: string, doc: DocumentDate = printed, extra: Partial<TimingInput> = {}) {
  const at = sentence.indexOf(figure);
  if (at < 0) throw new Error(`${figure} not in ${sentence}`);
  const clauseFrom = Math.max(...[...sentence.slice(0, at).matchAll(/[，；]/g)].map((m) => m.index! + 1), 0);
  const t = timing({ sentence, at, clauseFrom, respectively: -1, before: [], isNew: false, doc, ...extra });
  return [t.period, t.date_basis, t.kind, t.target_type, t.target_year].join(" ").trim();
}

describe("actual figures", () => {
  it("reads the year's end as that day (printed)", () => {
    expect(when("截至2021年底，全省科技创业载体总数达2145家。", "2145")).toBe("2021-12-31 printed actual");
    expect(when("2013年底，该省建成各类科技企业孵化器219家。", "219")).toBe("2013-12-31 printed actual");
    expect(when("截止2015年末，全市共有创新创业服务组织450余家。", "450")).toBe("2015-12-31 printed actual");
  });

  it("reads a printed day or month's end", () => {
    expect(when("截至6月17日，苏州共有省级以上科技企业孵化器112家。", "112", { date: "2019-06-20", basis: "printed" })).toBe(
      "2019-06-17 printed actual",
    );
    expect(when("截至今年3月底，全省累计建有国家级科技企业孵化器136家。", "136", { date: "2016-04-15", basis: "printed" })).toBe(
      "2016-03-31 printed actual",
    );
    expect(when("截至2017年12月，广东省科技企业孵化器更是高达781家。", "781")).toBe("2017-12-31 printed actual");
  });

  it("reads a bare year as the year", () => {
    expect(when("2021年，全省科技创业载体拥有在孵企业和创业团队7.7万家（个）。", "7.7万")).toBe("2021 year actual");
    expect(when("截至2023年，西湖区落地创新载体66个。", "66", { basis: "none", year: 2024 })).toBe("2023 year actual");
  });

  it("gives each figure the year printed nearest before it", () => {
    const s = "A类国家级孵化器数量占全国的比重由2016年的14%上升到2021年的25%。";
    expect(when(s, "14%", undated)).toBe("2016 year actual");
    expect(when(s, "25%", undated)).toBe("2021 year actual");
  });

  it("reads 截至目前 as the article's date: publication, or not_before for an undated issue", () => {
    expect(when("截至目前，全省纳入统计的各类科技企业孵化器超过1000家。", "1000")).toBe("2022-05-05 publication actual");
    expect(when("截至目前，全省列统各类科技企业孵化器超1000家。", "1000", undated)).toBe("2022-12-30 not_before actual");
    expect(when("目前，太仓共建有省级以上科创载体52家。", "52", undated)).toBe("2022-12-30 not_before actual");
  });

  it("reads 截至目前 in an issue that prints only its year as not before that year's first day", () => {
    const t = timing({
      sentence: "截至目前，全市建有省级孵化器 5 家。",
      at: 12,
      clauseFrom: 5,
      respectively: -1,
      before: [],
      isNew: false,
      doc: { basis: "none", year: 2024 },
    });
    expect([t.period, t.date_basis]).toEqual(["2024-01-01", "not_before"]);
    expect(t.reason).toMatch(/prints only its year/);
  });

  it("never dates a source that prints no date", () => {
    expect(when("目前，全市建有孵化器5家。", "5", { basis: "none" })).toBe("none actual");
  });

  it("reads 以来…累计 as the span up to the article's year", () => {
    expect(when("2017年以来省级累计奖补资金达3亿元。", "3亿")).toBe("2017/2022 year actual");
  });

  it("reads 今年 and 去年底 against the article's date", () => {
    expect(when("今年以来，全市新增孵化载体11家。", "11", undated)).toBe("2022 year actual");
    expect(when("去年底之前，全省已建各类科技企业孵化器567家。", "567", { date: "2016-04-15", basis: "printed" })).toBe(
      "2015-12-31 printed actual",
    );
  });

  it("takes the date from the paragraph when the sentence prints none, and says so", () => {
    const t = timing({
      sentence: "国家级孵化器244家，继续保持全国第一。",
      at: 6,
      clauseFrom: 0,
      respectively: -1,
      before: ["截至2021年底，全省科技创业载体总数达2145家。"],
      isNew: false,
      doc: undated,
    });
    expect([t.period, t.date_basis]).toEqual(["2021-12-31", "printed"]);
    expect(t.reason).toMatch(/from the paragraph \(截至2021年底\)/);
  });

  it("does not take a year named in passing in the paragraph", () => {
    const t = timing({
      sentence: "并布局24个创新载体。",
      at: 4,
      clauseFrom: 0,
      respectively: -1,
      before: ["西湖区将发展“高校经济”工作列入“十四五”规划和2035年远景目标。"],
      isNew: false,
      doc: printed,
    });
    expect(t.period).toBe("2022-05-05");
  });

  it("gives a flow with no date the article's year", () => {
    expect(when("全市新增省级及以上孵化载体11家。", "11", undated, { isNew: true })).toBe("2022 year actual");
  });
});

describe("targets", () => {
  it("reads 到…年 in the article's future as a target to reach by that year", () => {
    expect(when("到2024年，全市国家级双创载体达到50家。", "50", { ...undated, planSpan: [2022, 2024] })).toBe(
      "2022/2024 year target reach_by 2024",
    );
    expect(when("截至2025年，新增30家科技孵化创业载体。", "30", { ...printed, planSpan: [2022, 2025] }, { isNew: true })).toBe(
      "2022/2025 year target total_over 2025",
    );
  });

  it("reads 每年 as a target for each year", () => {
    const s = "到2024年，全市国家级双创载体达到50家；每年新增省级以上双创载体不少于20家，其中专业型载体不少于10家。";
    expect(when(s, "20家", { ...undated, planSpan: [2022, 2024] }, { isNew: true })).toBe("2022/2024 year target each_year 2024");
    expect(when(s, "10家", { ...undated, planSpan: [2022, 2024] }, { isNew: true })).toBe("2022/2024 year target each_year 2024");
  });

  it("reads a policy's figures as targets unless the sentence reports the past", () => {
    const policy: DocumentDate = { date: "2024-01-10", basis: "printed", planSpan: [2023, 2025], policy: true };
    expect(when("到2025年,全市打造3个以上标杆孵化器。", "3个", policy)).toBe("2023/2025 year target reach_by 2025");
    expect(when("截至目前,全市已建成孵化器40家。", "40", policy)).toBe("2024-01-10 publication actual");
  });

  it("gives each of 2023年、2024年、2025年分别达60%、65%、70% its own year", () => {
    const policy: DocumentDate = { date: "2024-01-10", basis: "printed", planSpan: [2023, 2025], policy: true };
    const s = "在孵企业通过国家科技型中小企业评价占比2023年、2024年、2025年分别达60%、65%、70%。";
    expect(when(s, "65%", policy, { respectively: 1 })).toBe("2024 year target each_year 2024");
    expect(when(s, "70%", policy, { respectively: 2 })).toBe("2025 year target each_year 2025");
  });
});

describe("planSpan", () => {
  it("reads a plan's span from its title", () => {
    expect(planSpan("盐城市科技企业孵化器建设三年行动计划(2023-2025年)")).toEqual([2023, 2025]);
    expect(planSpan("《南通市…三年行动方案（2022-2024年）》")).toEqual([2022, 2024]);
    expect(planSpan("2022年工作要点")).toBeUndefined();
  });
});
