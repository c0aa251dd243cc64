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
  ),
  observations: csv(
    "id,region,indicator,period,date_basis,kind,target_type,target_year,value,value_as_printed,qualifier,source,quote,note",
    "t-1,320000,incubators,2022-12-31,printed,actual,,,1000,1000家,more_than,demo/2023-01/01-a,全省孵化器超过1000家。,",
  ),
  incentives: csv(
    "id,region,carrier,level,event,amount_wan,amount_as_printed,amount_type,policy,policy_date,source,quote,note",
    "i-1,320925,incubator,national,new_recognition,100,100万元,fixed,《示例政策》,,demo/2023-01/01-a,对新认定的国家级孵化器给予100万元奖励。,",
  ),
};

const texts: SourceTexts = {
  content: (id) =>
    id === "demo/2023-01/01-a"
      ? { title: "示例文章", text: "全省孵化器超过1000家。对新认定的国家级孵化器给予100万元奖励。新增科创飞地数 6 3 2 1 东台市新增科创飞地3个。" }
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
    const { errors } = check(obs("t-1,329999,nope,2022-12-31,printed,actual,,,1000,1000家,more_than,nowhere,全省孵化器超过1000家。,"));
    expect(errors).toEqual([
      'data/observations.csv:2:2: region: unknown region "329999" (not in data/regions.csv or data/zones.csv)',
      'data/observations.csv:2:3: indicator: unknown indicator "nope" (not in data/indicators.csv)',
      'data/observations.csv:2:12: source: unknown source "nowhere" (not in data/sources.csv)',
    ]);
  });

  it("refuses a value that is not a number", () => {
    expect(check(obs("t-1,320000,incubators,2022-12-31,printed,actual,,,1千,1000家,more_than,demo/2023-01/01-a,全省孵化器超过1000家。,")).errors).toEqual([
      'data/observations.csv:2:9: value: "1千" is not a number',
    ]);
  });

  it("refuses a duplicate record", () => {
    const row = "320000,incubators,2022-12-31,printed,actual,,,1000,1000家,more_than,demo/2023-01/01-a,全省孵化器超过1000家。,";
    expect(check(obs(`t-1,${row}`, `t-2,${row}`)).errors).toEqual([
      "data/observations.csv:3:9: value: duplicate record: same region, indicator, period, kind, source and value as line 2",
    ]);
  });

  it("refuses a target without a target year", () => {
    expect(check(obs("t-1,320000,incubators,2025,year,target,reach_by,,1000,1000家,more_than,demo/2023-01/01-a,全省孵化器超过1000家。,")).errors).toEqual([
      "data/observations.csv:2:8: target_year: a target needs the year it is for",
    ]);
  });

  it("refuses a missing quote", () => {
    expect(check(obs("t-1,320000,incubators,2022-12-31,printed,actual,,,1000,1000家,more_than,demo/2023-01/01-a,,")).errors).toContain(
      "data/observations.csv:2:13: quote: is empty",
    );
  });

  it("refuses a quote that is not in the source, even by one character", () => {
    expect(check(obs("t-1,320000,incubators,2022-12-31,printed,actual,,,1000,1000家,more_than,demo/2023-01/01-a,全省的孵化器超过1000家。,")).errors).toEqual([
      'data/observations.csv:2:13: quote: the quote does not occur in source "demo/2023-01/01-a"',
    ]);
  });

  it("refuses a figure that is not in its quote", () => {
    expect(check(obs("t-1,320000,incubators,2022-12-31,printed,actual,,,1100,1100家,more_than,demo/2023-01/01-a,全省孵化器超过1000家。,")).errors).toEqual([
      'data/observations.csv:2:10: value_as_printed: "1100家" does not occur in the quote',
    ]);
  });

  it("checks that parts add up to the whole, and explains when they do", () => {
    const q = "新增科创飞地数 6 3 2 1";
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
});
