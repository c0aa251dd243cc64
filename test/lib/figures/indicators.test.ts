/** What a figure counts: the carrier and level words around it (labels.ts) and the indicator id (indicators.ts). */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { chooseIndicator, type IndicatorInfo } from "../../../src/lib/figures/indicators.ts";
import { readLabel, type LabelInput, type Reading } from "../../../src/lib/figures/labels.ts";

// The real indicator list: the rules name its ids, and this test fails if one disappears.
const indicators = new Map(
  (parse(readFileSync("data/indicators.csv"), { columns: true, bom: true }) as IndicatorInfo[]).map(
    (r) => [r.id, r] as [string, IndicatorInfo],
  ),
);

/** The indicator for the figure `figure` (its printed form) in `sentence`. */
function indicatorOf(
  sentence: string,
  figure: string,
  previous?: { sentence: string; figure: string },
): { indicator: string; reason: string } {
  const reading = read(sentence, figure, previous);
  const at = sentence.indexOf(figure);
  const unit = /平方米/.test(figure) ? "万平方米" : /元/.test(figure) ? "元" : /人/.test(figure) ? "人" : /%|\//.test(figure) ? "" : "家";
  return chooseIndicator(reading, indicators, { sentence, label: sentence.slice(0, at + figure.length + 12), unit, institution: false });
}

function read(sentence: string, figure: string, previous?: { sentence: string; figure: string }): Reading {
  const at = sentence.indexOf(figure);
  const clause = Math.max(...[...sentence.slice(0, at).matchAll(/[，；,;：]/g)].map((m) => m.index! + 1), 0);
  const end = at + figure.length;
  const clauseEnd = sentence.slice(end).search(/[，；,;。]/);
  const prevReading = previous ? read(previous.sentence, previous.figure) : undefined;
  const prevEnd = previous ? sentence.indexOf(previous.figure) + previous.figure.length : -1;
  const input: LabelInput = {
    before: sentence.slice(Math.max(clause, prevEnd >= clause ? prevEnd : 0), at).replace(/^[、，\s]+/, ""),
    after: sentence.slice(end, clauseEnd < 0 ? undefined : end + clauseEnd),
    earlier: sentence.slice(0, clause),
    sentence,
    unit: /%|\//.test(figure) ? "" : "家",
    share: /%|\//.test(figure),
    previous: prevReading,
    listedWithPrevious: prevEnd >= 0 && /^[^，；。]*、[^，；。]*$/.test(sentence.slice(prevEnd, at)),
    sameClauseAsPrevious: prevEnd >= 0 && !/[，；。]/.test(sentence.slice(prevEnd, at)),
  };
  return readLabel(input);
}

describe("indicator from carrier and level words", () => {
  const s = "截至目前，全省纳入统计的各类科技企业孵化器超过1000家、在孵企业超过4万家，其中国家级科技企业孵化器总数达到244家。";
  it("reads the carrier and level printed before the figure", () => {
    expect(indicatorOf(s, "1000家").indicator).toBe("incubators");
    expect(indicatorOf(s, "4万家").indicator).toBe("incubated_firms");
    expect(indicatorOf(s, "244家").indicator).toBe("national_incubators");
    expect(indicatorOf("截至目前，全市建有省级孵化器 5 家。", "5 家").indicator).toBe("provincial_incubators");
    expect(indicatorOf("目前，太仓共建有省级以上科创载体52家。", "52家").indicator).toBe("provincial_plus_carriers");
  });

  it("reads the head noun after the counter (30家…载体)", () => {
    expect(indicatorOf("截至2025年，新增30家科技孵化创业载体。", "30家").indicator).toBe("new_carriers");
    expect(indicatorOf("全省65家国家级科技企业孵化器绩效评价获评优秀（A类）。", "65家").indicator).toBe(
      "national_incubators_rated_excellent",
    );
    expect(indicatorOf("4家大学科技园在国家大学科技园绩效评价中获评优秀。", "4家").indicator).toBe(
      "university_science_parks_rated_excellent",
    );
  });

  it("reads a count of something else as no carrier figure (10余个设区市, 30家科技创新平台)", () => {
    expect(read("指导10余个设区市和多个县（市、区）开展本级孵化器认定。", "10余个").other).toBe(true);
    expect(read("打造30家科技创新平台。", "30家").other).toBe(true);
    expect(read("与企业共建研发中心18家。", "18家").other).toBe(true);
  });

  it("reads national incubators and maker spaces printed together as one indicator", () => {
    expect(indicatorOf("建有国家级科技企业孵化器、众创空间14家。", "14家").indicator).toBe("national_incubators_and_maker_spaces");
  });

  it("gives a level without a carrier the carrier of the figure before it", () => {
    const sentence = "全市新增省级及以上孵化载体11家，其中国家级4家。";
    expect(indicatorOf(sentence, "4家", { sentence, figure: "11家" }).indicator).toBe("new_national_carriers");
  });

  it("shares a listed figure's level (国家级科技企业孵化器3家、众创空间4家)", () => {
    const sentence = "其中包括国家级科技企业孵化器3家、众创空间4家。";
    expect(indicatorOf(sentence, "4家", { sentence, figure: "3家" }).indicator).toBe("national_maker_spaces");
  });

  it("reads lists, flows and annual targets", () => {
    expect(indicatorOf("科技部火炬中心公布了2021年度国家级科技企业孵化器名单，我省等25家单位上榜。", "25家").indicator).toBe(
      "national_incubators_newly_listed",
    );
    expect(indicatorOf("每年新增省级以上双创载体不少于20家。", "20家").indicator).toBe("new_provincial_plus_carriers");
    expect(indicatorOf("其中孵化器内新增在孵企业超1万家。", "1万家").indicator).toBe("new_incubated_firms");
  });

  it("reads shares", () => {
    expect(indicatorOf("江苏省92家单位获评优秀，占全国优秀总数的近1/4。", "1/4").indicator).toBe(
      "national_incubators_rated_excellent_share_of_country",
    );
    expect(indicatorOf("全省超过2/5的国家级孵化器获评优秀。", "2/5").indicator).toBe("national_incubators_rated_excellent_share_of_region");
    expect(indicatorOf("省级科技企业孵化器绩效评价“优良率”达46.7%。", "46.7%").indicator).toBe("provincial_incubators_good_rate");
  });

  it("reads money and people only where an indicator counts them", () => {
    expect(indicatorOf("2017年以来省级累计奖补资金达3亿元。", "3亿元").indicator).toBe("provincial_award_funds_cumulative");
    expect(indicatorOf("在孵企业和创业团队从业人员66.5万人。", "66.5万人").indicator).toBe("employees_in_incubated_firms_and_teams");
  });

  it("leaves the indicator empty with a reason when no carrier word is next to the figure", () => {
    const choice = indicatorOf("总数达到927家。", "927家");
    expect(choice.indicator).toBe("");
    expect(choice.reason).toMatch(/^indicator: no indicator for/);
  });

  it("names only indicators that data/indicators.csv has", () => {
    const without = new Map(indicators);
    without.delete("national_incubators");
    const reading = read(s, "244家");
    const choice = chooseIndicator(reading, without, { sentence: s, label: s, unit: "家", institution: false });
    expect(choice).toEqual({ indicator: "", reason: "indicator: national_incubators would fit, but it is not in data/indicators.csv" });
  });
});
