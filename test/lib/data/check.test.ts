/**
 * data:check on small fixture tables: each kind of bad record is refused with its file, line and
 * column. The fixtures are synthetic (invented places' figures for testing only).
 */
import { describe, expect, it } from "vitest";
import { checkDataset, formatError, readTable, type SourceTexts, type TableData } from "../../../src/lib/data/check.ts";
import { table } from "../../../src/lib/data/tables.ts";

const csv = (header: string, ...rows: string[]) => [header, ...rows].join("\n") + "\n";

const base = {
  regions: csv("code,name,level,parent", "320000,江苏省,province,", "320900,盐城市,city,320000", "320981,东台市,county,320900", "320925,建湖县,county,320900", "320924,射阳县,county,320900"),
  zones: csv("id,name,kind,parent,aliases", "cn,中国,country,,全国"),
  indicators: csv(
    "id,name_zh,name_en,unit,carrier,level,measure,definition",
    "new_science_enclaves,新增科创飞地数,New science enclaves,个,science_enclave,all,flow,Synthetic test indicator.",
    "incubators,孵化器,Incubators,家,incubator,all,stock,Synthetic test indicator.",
  ),
  sources: csv(
    "id,kind,content_id,title,publisher,date,url,copy,original_publisher,caution,note",
    "demo/2023-01/01-a,article,demo/2023-01/01-a,示例文章,示例网站,2023-01-15,,original,,,",
    "demo/undated/01-b,article,demo/undated/01-b,无日期文章,示例网站,,,original,,,",
  ),
  observations: csv(
    "id,region,indicator,period,date_basis,kind,target_type,target_year,value,value_as_printed,qualifier,source,quote,note",
    "t-1,320000,incubators,2022-12-31,printed,actual,,,1000,1000家,more_than,demo/2023-01/01-a,截至2022年底，全省孵化器超过1000家。,",
  ),
  incentives: csv(
    "id,region,carrier,level,event,amount_wan,amount_as_printed,amount_type,policy,policy_date,source,quote,note",
    "i-1,320925,incubator,national,new_recognition,100,100万元,fixed,《示例政策》,,demo/2023-01/01-a,对新认定的国家级孵化器给予100万元奖励。,",
  ),
};

const texts: SourceTexts = {
  content: (id) =>
    id === "demo/undated/01-b"
      ? { title: "无日期文章", text: "截至目前，全省孵化器超过1100家。" }
      : id === "demo/2023-01/01-a"
      ? {
          title: "示例文章",
          text: "截至2022年底，全省孵化器超过1000家。对新认定的国家级孵化器给予100万元奖励。新增科创飞地数（2023-2025年） 6 3 2 1 东台市新增科创飞地3个。到2025年，全省孵化器力争达到1200家。每年新增孵化器50家以上。截至目前，全省孵化器超过1100家。2023年，全省新增孵化器60家。"
        }
      : undefined,
  external: () => undefined,
};

function check(overrides: Partial<typeof base> = {}) {
  const data = new Map<string, TableData>();
  const errors: string[] = [];
  for (const [name, text] of Object.entries({ ...base, ...overrides })) {
    const result = readTable(table(name), text);
    data.set(name, result.data);
    errors.push(...result.errors.map(formatError));
  }
  const result = checkDataset(data, texts);
  return { errors: [...errors, ...result.errors.map(formatError)], notes: result.notes };
}

const obsHeader = "id,region,indicator,period,date_basis,kind,target_type,target_year,value,value_as_printed,qualifier,source,quote,note";
const obs = (...rows: string[]) => ({ observations: csv(obsHeader, ...rows) });

describe("data:check", () => {
  it("accepts the valid fixture", () => {
    expect(check().errors).toEqual([]);
  });

  it("names an unknown region, indicator and source with file, line and column", () => {
    const { errors } = check(obs("t-1,329999,nope,2022-12-31,printed,actual,,,1000,1000家,more_than,nowhere,截至2022年底，全省孵化器超过1000家。,"));
    expect(errors).toEqual([
      'data/observations.csv:2:2: region: unknown region "329999" (not in data/regions.csv or data/zones.csv)',
      'data/observations.csv:2:3: indicator: unknown indicator "nope" (not in data/indicators.csv)',
      'data/observations.csv:2:12: source: unknown source "nowhere" (not in data/sources.csv)',
    ]);
  });

  it("refuses a value that is not a number", () => {
    expect(check(obs("t-1,320000,incubators,2022-12-31,printed,actual,,,1千,1000家,more_than,demo/2023-01/01-a,截至2022年底，全省孵化器超过1000家。,")).errors).toEqual([
      'data/observations.csv:2:9: value: "1千" is not a number',
    ]);
  });

  it("refuses a duplicate record", () => {
    const row = "320000,incubators,2022-12-31,printed,actual,,,1000,1000家,more_than,demo/2023-01/01-a,截至2022年底，全省孵化器超过1000家。,";
    expect(check(obs(`t-1,${row}`, `t-2,${row}`)).errors).toEqual([
      "data/observations.csv:3:9: value: duplicate record: same region, indicator, period, kind, source and value as line 2",
    ]);
  });

  it("refuses a target without a target year", () => {
    expect(check(obs("t-1,320000,incubators,2025,year,target,reach_by,,1200,1200家,exact,demo/2023-01/01-a,到2025年，全省孵化器力争达到1200家。,")).errors).toEqual([
      "data/observations.csv:2:8: target_year: a target needs the year it is for",
    ]);
  });

  it("refuses a missing quote", () => {
    expect(check(obs("t-1,320000,incubators,2022-12-31,printed,actual,,,1000,1000家,more_than,demo/2023-01/01-a,,")).errors).toContain(
      "data/observations.csv:2:13: quote: is empty",
    );
  });

  it("refuses a quote that is not in the source, even by one character", () => {
    expect(check(obs("t-1,320000,incubators,2022-12-31,printed,actual,,,1000,1000家,more_than,demo/2023-01/01-a,截至2022年底，全省的孵化器超过1000家。,")).errors).toEqual([
      'data/observations.csv:2:13: quote: the quote does not occur in source "demo/2023-01/01-a"',
    ]);
  });

  it("refuses a figure that is not in its quote", () => {
    expect(check(obs("t-1,320000,incubators,2022-12-31,printed,actual,,,1100,1100家,more_than,demo/2023-01/01-a,截至2022年底，全省孵化器超过1000家。,")).errors).toEqual([
      'data/observations.csv:2:10: value_as_printed: "1100家" does not occur in the quote',
    ]);
  });

  it("checks that parts add up to the whole, and explains when they do", () => {
    const q = "新增科创飞地数（2023-2025年） 6 3 2 1";
    const rows = (whole: string, note = "") => [
      `t-1,320900,new_science_enclaves,2023/2025,year,target,total_over,2025,${whole},${whole},exact,demo/2023-01/01-a,${q},${note}`,
      `t-2,320981,new_science_enclaves,2023/2025,year,target,total_over,2025,3,3,exact,demo/2023-01/01-a,${q},`,
      `t-3,320925,new_science_enclaves,2023/2025,year,target,total_over,2025,2,2,exact,demo/2023-01/01-a,${q},`,
      `t-4,320924,new_science_enclaves,2023/2025,year,target,total_over,2025,1,1,exact,demo/2023-01/01-a,${q},`,
    ];
    const ok = check(obs(...rows("6")));
    expect(ok.errors).toEqual([]);
    expect(ok.notes).toEqual(["320900 new_science_enclaves 2023/2025: 3 parts sum to 6, whole 6"]);
    expect(check(obs(...rows("3"))).errors).toEqual([
      'data/observations.csv:2:9: value: 3 parts (lines 3, 4, 5) sum to 6, not 3; explain in the note ("parts: …") if the source means it',
    ]);
  });

  it("refuses a file whose header is wrong", () => {
    expect(check({ incentives: csv("id,region,amount", "i-1,320925,100") }).errors).toEqual([
      "data/incentives.csv:1:1: header must be: id,region,carrier,level,event,amount_wan,amount_as_printed,amount_type,policy,policy_date,source,quote,note",
    ]);
  });

  it("checks an article source's title against the article", () => {
    const sources = csv("id,kind,content_id,title,publisher,date,url,copy,original_publisher,caution,note", "demo/2023-01/01-a,article,demo/2023-01/01-a,别的标题,,,,,,,");
    expect(check({ sources }).errors).toEqual(['data/sources.csv:2:4: title: "别的标题" is not the title of demo/2023-01/01-a ("示例文章")']);
  });
  it("refuses a figure that no quote prints in its note", () => {
    const row = "t-1,320000,incubators,2022-12-31,printed,actual,,,1000,1000家,more_than,demo/2023-01/01-a,截至2022年底，全省孵化器超过1000家。";
    expect(check(obs(`${row},Implies ~848 before 2022-05-05 (see s-041; code 320000).`)).errors).toEqual([
      "data/observations.csv:2:14: note: states 848, which no quote in the dataset prints: a note explains in words, it never states a figure of its own",
    ]);
    expect(check(obs(`${row},The same 1000 as the 2022 report; 第2期.`)).errors).toEqual([]);
  });

  it("refuses negative values", () => {
    expect(check(obs("t-1,320000,incubators,2022-12-31,printed,actual,,,-1000,1000家,more_than,demo/2023-01/01-a,截至2022年底，全省孵化器超过1000家。,")).errors).toEqual([
      "data/observations.csv:2:9: value: -1000 is negative: counts, amounts and shares never are",
    ]);
  });

  it("refuses a value that is not its printed figure, and a qualifier the printed figure contradicts", () => {
    const row = (value: string, printed: string, qualifier: string) =>
      `t-1,320000,incubators,2022-12-31,printed,actual,,,${value},${printed},${qualifier},demo/2023-01/01-a,截至2022年底，全省孵化器超过1000家。,`;
    expect(check(obs(row("26", "1000家", "more_than"))).errors).toEqual(["data/observations.csv:2:9: value: 26 is not 1000家 (which reads as 1000 in 家)"]);
    expect(check(obs(row("1000", "超过1000家", "exact"))).errors).toEqual(['data/observations.csv:2:11: qualifier: "超过1000家" says more_than, not exact']);
    expect(check(obs(row("-25", "1000家", "more_than"))).errors).toContain("data/observations.csv:2:9: value: -25 is negative: counts, amounts and shares never are");
  });

  it("reports an unclosed quote at the line where it opened", () => {
    const text = csv(obsHeader, 't-1,320000,incubators,2022-12-31,printed,actual,,,1000,1000家,more_than,demo/2023-01/01-a,"截至2022年底，全省孵化器超过1000家。,', "t-2,320000,x,y", "t-3,320000,x,y");
    expect(check({ observations: text }).errors).toEqual(['data/observations.csv:2:90: quote: not valid CSV: the quote (") that opens this field is never closed']);
  });
});

describe("data:check: a figure's date says what its quote says", () => {
  const row = (period: string, basis: string, quote: string, source = "demo/2023-01/01-a", value = "1000家") =>
    `t-1,320000,incubators,${period},${basis},actual,,,${parseInt(value.replace(/\D/g, ""), 10)},${value},more_than,${source},${quote},`;
  const endOf2022 = "截至2022年底，全省孵化器超过1000家。";
  const now = "截至目前，全省孵化器超过1100家。";

  it("printed: the quote prints the day", () => {
    expect(check(obs(row("2022-12-31", "printed", endOf2022))).errors).toEqual([]);
    expect(check(obs(row("2022-12-30", "printed", endOf2022))).errors).toEqual([
      "data/observations.csv:2:5: date_basis: the quote does not print 2022-12-30 (days it prints: 2022-12-31); use year, publication or not_before as the quote says",
    ]);
  });

  it("printed: 截至目前 is never printed", () => {
    expect(check(obs(row("2023-01-15", "printed", now, undefined, "1100家"))).errors).toEqual([
      "data/observations.csv:2:5: date_basis: 截至目前 is never printed: the quote gives no date of its own, so it is publication (the source's date) or not_before (an undated source)",
    ]);
  });

  it("publication: the source's date, and only a dated source", () => {
    expect(check(obs(row("2023-01-15", "publication", now, undefined, "1100家"))).errors).toEqual([]);
    expect(check(obs(row("2023-01-01", "publication", now, undefined, "1100家"))).errors).toEqual([
      'data/observations.csv:2:4: period: a figure dated by its publication is on the source\'s date 2023-01-15, not "2023-01-01"',
    ]);
    expect(check(obs(row("2022-12-30", "publication", now, "demo/undated/01-b", "1100家"))).errors).toEqual([
      "data/observations.csv:2:5: date_basis: the source has no date, so the figure cannot take it: use not_before with the earliest date the source can have",
    ]);
  });

  it("not_before: only for an undated source", () => {
    expect(check(obs(row("2022-12-30", "not_before", now, "demo/undated/01-b", "1100家"))).errors).toEqual([]);
    expect(check(obs(row("2023-01-15", "not_before", now, undefined, "1100家"))).errors).toEqual([
      "data/observations.csv:2:5: date_basis: the source is dated 2023-01-15: use publication (not_before is for undated sources)",
    ]);
  });

  it("year: the year is printed, and a stock dated by a year is not a day", () => {
    expect(check(obs(row("2022", "year", endOf2022))).errors).toEqual([]);
    expect(check(obs(row("2021", "year", endOf2022))).errors).toEqual([
      "data/observations.csv:2:4: period: 2021 is not printed in the quote or the source's title",
    ]);
    expect(check(obs(row("2022-12-31", "year", endOf2022))).errors).toEqual([
      'data/observations.csv:2:4: period: date_basis year needs a year or a span (YYYY or YYYY/YYYY), not "2022-12-31"',
    ]);
  });

  it("a stock is on a day unless its date rests on a year or on nothing", () => {
    expect(check(obs(row("2022", "publication", now, undefined, "1100家"))).errors).toContain(
      "data/observations.csv:2:4: period: a stock is counted on a day (YYYY-MM-DD) unless date_basis is year or none",
    );
  });

  it("none: no period, and a period needs a basis", () => {
    expect(check(obs(row("", "none", now, "demo/undated/01-b", "1100家"))).errors).toEqual([]);
    expect(check(obs(row("2022-12-31", "none", endOf2022))).errors).toEqual([
      'data/observations.csv:2:4: period: a figure whose date_basis is none has no period ("2022-12-31")',
    ]);
    expect(check(obs(row("", "printed", endOf2022))).errors).toEqual(["data/observations.csv:2:4: period: is empty; a figure with no date has date_basis none"]);
  });
});

describe("data:check: targets say what kind of target they are", () => {
  const target = (id: string, period: string, type: string, value: string, printed: string, quote: string) =>
    `${id},320000,incubators,${period},year,target,${type},2025,${value},${printed},exact,demo/2023-01/01-a,${quote},`;
  const reach = "到2025年，全省孵化器力争达到1200家。";
  const yearly = "每年新增孵化器50家以上。";

  it("needs a target_type, and only a target has one", () => {
    expect(check(obs(target("t-1", "2025", "", "1200", "1200家", reach))).errors).toEqual([
      "data/observations.csv:2:7: target_type: a target says whether it is reach_by, each_year or total_over",
    ]);
    expect(check(obs("t-1,320000,incubators,2022-12-31,printed,actual,reach_by,,1000,1000家,more_than,demo/2023-01/01-a,截至2022年底，全省孵化器超过1000家。,")).errors).toEqual([
      "data/observations.csv:2:7: target_type: only a target has a target_type",
    ]);
  });

  it("each_year needs a quote that says so", () => {
    expect(check(obs(target("t-1", "2025", "each_year", "1200", "1200家", reach))).errors).toEqual([
      "data/observations.csv:2:7: target_type: each_year needs a quote that says 每年, 年度 or 年均",
    ]);
  });

  it("reach_by prints its target year; total_over has a span", () => {
    expect(check(obs(target("t-1", "2025", "reach_by", "1200", "1200家", reach))).errors).toEqual([]);
    // A plan's year printed elsewhere in the source (its name at the head of the article) serves a target.
    expect(check(obs(target("t-1", "2025", "reach_by", "1200", "1200家", "全省孵化器力争达到1200家。"))).errors).toEqual([]);
    const noYear = "t-1,320000,incubators,2022,year,target,reach_by,2024,1200,1200家,exact,demo/2023-01/01-a,到2025年，全省孵化器力争达到1200家。,";
    expect(check(obs(noYear)).errors).toContain("data/observations.csv:2:8: target_year: 2024 is not printed in the quote, the source's title or its text");
    expect(check(obs(target("t-1", "2025", "total_over", "1200", "1200家", reach))).errors).toEqual([
      'data/observations.csv:2:4: period: a total over a span has a span (YYYY/YYYY), not "2025"',
    ]);
  });

  it("refuses two values for one target key from one source", () => {
    // Synthetic: the yearly amount filed as if it were the level to reach.
    const rows = [target("t-1", "2025", "reach_by", "1200", "1200家", reach), target("t-2", "2025", "reach_by", "50", "50家以上", yearly)];
    expect(check(obs(...rows)).errors).toContain(
      "data/observations.csv:3:7: target_type: line 2 sets 1200家 for the same place, indicator, period and target_type: is one of them each_year or total_over?",
    );
  });
});
