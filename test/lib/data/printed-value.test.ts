/**
 * Reading a figure as printed: every number form the bulletins and the external pages use, the
 * unit a value is stored in, the qualifier words, and every row of data/observations.csv as it is
 * at the time the test runs.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  chineseNumeral,
  convert,
  parsePrintedValue,
  qualifierAfter,
  qualifierBefore,
  scanNumbers,
  unitPower,
} from "../../../src/lib/data/printed-value.ts";

const value = (printed: string, unit = "家") => {
  const parsed = parsePrintedValue(printed, unit);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const qualifier = (printed: string, unit = "家") => {
  const parsed = parsePrintedValue(printed, unit);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.qualifier;
};
const error = (printed: string, unit = "家") => {
  const parsed = parsePrintedValue(printed, unit);
  return parsed.ok ? undefined : parsed.error;
};

describe("parsePrintedValue: number forms", () => {
  it("reads plain digits with their counter", () => {
    expect(value("244家")).toBe(244);
    expect(value("109")).toBe(109);
    expect(value("46.7%", "%")).toBe(46.7);
    expect(value("22.6%", "%")).toBe(22.6);
  });

  it("converts 万 and 亿 into the indicator's unit", () => {
    expect(value("7.7万家（个）", "家（个）")).toBe(77000);
    expect(value("449.9万人", "人")).toBe(4499000); // exact, not 4499000.000000001
    expect(value("1.3万个（家）", "个（家）")).toBe(13000);
    expect(value("3.6萬家")).toBe(36000);
    expect(value("3亿元", "亿元")).toBe(3); // the unit is 亿元: the 亿 is the unit's
    expect(value("3亿元", "元")).toBe(300000000);
    expect(value("1748億元", "元")).toBe(174800000000);
    expect(value("539万平方米", "万平方米")).toBe(539);
    expect(value("36万平方米", "平方米")).toBe(360000);
    expect(value("4000平方米", "万平方米")).toBe(0.4);
    expect(value("1.5万亿元", "亿元")).toBe(15000);
  });

  it("reads fractions as a share in %, never rounding", () => {
    expect(value("1/4", "%")).toBe(25);
    expect(value("2/5", "%")).toBe(40);
    expect(value("1/8", "%")).toBe(12.5);
    expect(value("四分之一", "%")).toBe(25);
    expect(error("1/3", "%")).toMatch(/no exact decimal/);
    expect(error("1/4", "家")).toMatch(/fraction/);
    expect(error("25%", "家")).toMatch(/percentage/);
  });

  it("reads 余 and 多 as more than, before or after 万", () => {
    expect(value("900余家")).toBe(900);
    expect(qualifier("900余家")).toBe("more_than");
    expect(value("500多家")).toBe(500);
    expect(qualifier("500多家")).toBe("more_than");
    expect(value("50余万平方米", "平方米")).toBe(500000);
    expect(qualifier("50余万平方米", "平方米")).toBe("more_than");
    expect(value("100 余个", "个")).toBe(100);
    expect(qualifier("100 余个", "个")).toBe("more_than");
    expect(value("7900余家")).toBe(7900);
  });

  it("reads full-width digits and signs", () => {
    expect(value("１２３家")).toBe(123);
    expect(value("４６．７％", "%")).toBe(46.7);
    expect(value("１／４", "%")).toBe(25);
  });

  it("reads numbers with spaces: thousands groups and a space before the counter", () => {
    expect(value("8 507家")).toBe(8507);
    expect(value("2 469家")).toBe(2469);
    expect(value("5 家")).toBe(5);
    expect(value("781 家")).toBe(781);
    expect(value("3,255 incubators")).toBe(3255);
  });

  it("reads Chinese numerals where bulletins use them", () => {
    expect(value("两家")).toBe(2);
    expect(value("三家")).toBe(3);
    expect(value("十余个", "个")).toBe(10);
    expect(qualifier("十余个", "个")).toBe("more_than");
    expect(value("二十家")).toBe(20);
    expect(value("近万家")).toBe(10000);
    expect(qualifier("近万家")).toBe("nearly");
    expect(chineseNumeral("三百零五")).toBe(305);
    expect(chineseNumeral("一亿三千万")).toBe(130000000);
    expect(chineseNumeral("十二")).toBe(12);
    expect(chineseNumeral("二三")).toBeUndefined();
  });

  it("reads English and Japanese figures from external pages", () => {
    expect(value("720社")).toBe(720);
    expect(value("23 were national-level")).toBe(23);
    expect(value("eight national science and technology incubators")).toBe(8);
    expect(value("twenty-three incubators")).toBe(23);
    expect(value("more than 500 incubators and creative spaces")).toBe(500);
    expect(qualifier("more than 500 incubators and creative spaces")).toBe("more_than");
    expect(value("nearly 200 incubators")).toBe(200);
    expect(qualifier("nearly 200 incubators")).toBe("nearly");
    expect(value("3.6 million", "人")).toBe(3600000);
    expect(value("3万社以上")).toBe(30000);
    expect(qualifier("3万社以上")).toBe("more_than");
  });

  it("reads a figure with the words printed around it", () => {
    expect(value("其中国家级45家")).toBe(45);
    expect(value("(国家级45家)")).toBe(45);
    expect(value("34家省级孵化器")).toBe(34);
    expect(value("省级以上孵化器35家")).toBe(35);
    expect(qualifier("省级以上孵化器35家")).toBeUndefined(); // 以上 belongs to 省级, not to 35
  });

  it("refuses what is not one figure", () => {
    expect(error("家")).toMatch(/no number/);
    expect(error("10家、20家")).toMatch(/more than one/);
    expect(error("超过近10家")).toBeUndefined(); // only the word next to the number counts
    expect(error("超过10家以上")).toBeUndefined(); // the same qualifier twice is one qualifier
    expect(error("近10余家")).toMatch(/two qualifiers/);
  });

  it("keeps the sign so that a negative value never equals a printed count", () => {
    expect(value("25家")).toBe(25);
    expect(value("-25家")).toBe(25);
  });
});

describe("qualifier words", () => {
  const before = (t: string) => qualifierBefore(t)?.qualifier;
  const after = (t: string) => qualifierAfter(t)?.qualifier;
  it("reads the word before a number", () => {
    expect(before("在孵企业超过")).toBe("more_than");
    expect(before("孵化器超")).toBe("more_than");
    expect(before("逾")).toBe("more_than");
    expect(before("市级以上孵化器突破")).toBe("more_than");
    expect(before("带动地方投入近")).toBe("nearly");
    expect(before("约")).toBe("about");
    expect(before("每年新增省级以上双创载体不少于")).toBe("at_least");
    expect(before("至少")).toBe("at_least");
    expect(before("总数达到")).toBeUndefined();
    expect(before("省级以上")).toBeUndefined();
  });
  it("reads the word after a figure's unit", () => {
    expect(after("以上，")).toBe("more_than");
    expect(after("左右")).toBe("about");
    expect(after("，其中")).toBeUndefined();
  });
});

describe("scanNumbers", () => {
  const texts = (t: string) => scanNumbers(t).map((n) => n.text);
  it("keeps a table row's numbers apart", () => {
    expect(texts("新增省级以上孵化载体 20 2 2 1 1 1 1 2 3 2 2 3")).toEqual(["20", "2", "2", "1", "1", "1", "1", "2", "3", "2", "2", "3"]);
    expect(texts("年度新增在孵科技企业数 500以上 60 50")).toEqual(["500", "60", "50"]);
  });
  it("finds every form in a sentence with its offsets", () => {
    const text = "截至2021年底，全省拥有在孵企业7.7万家，占全国的近1/4，增长13.5%。";
    const found = scanNumbers(text);
    expect(found.map((n) => [n.text, n.form])).toEqual([
      ["2021", "digits"],
      ["7.7万", "digits"],
      ["1/4", "fraction"],
      ["13.5%", "percent"],
    ]);
    for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
  });
  it("does not read a year as a thousands group", () => {
    expect(texts("2020 年以来，先后与 13 家高校")).toEqual(["2020", "13"]);
  });
});

describe("units", () => {
  it("knows the power of ten a unit starts with", () => {
    expect(unitPower("万平方米")).toBe(4);
    expect(unitPower("亿元")).toBe(8);
    expect(unitPower("家")).toBe(0);
  });
  it("converts a token exactly", () => {
    const [token] = scanNumbers("0.1万");
    expect(convert(token!, "家")).toEqual({ ok: true, value: 1000, text: "1000" });
  });
});

describe("every row of data/observations.csv", () => {
  const indicators = new Map(
    (parse(readFileSync("data/indicators.csv"), { columns: true, bom: true }) as Record<string, string>[]).map((r) => [r.id!, r]),
  );
  const rows = parse(readFileSync("data/observations.csv"), { columns: true, bom: true }) as Record<string, string>[];
  it("has rows to check", () => expect(rows.length).toBeGreaterThan(100));
  it("parses value_as_printed to its value, in its indicator's unit", () => {
    const wrong = rows.flatMap((row) => {
      const unit = indicators.get(row.indicator!)?.unit ?? "";
      const parsed = parsePrintedValue(row.value_as_printed!, unit);
      if (!parsed.ok) return [`${row.id}: ${parsed.error}`];
      if (parsed.value !== Number(row.value)) return [`${row.id}: ${row.value_as_printed} (${unit}) reads ${parsed.value}, row says ${row.value}`];
      if (parsed.qualifier && parsed.qualifier !== row.qualifier) return [`${row.id}: ${row.value_as_printed} says ${parsed.qualifier}, row says ${row.qualifier}`];
      return [];
    });
    expect(wrong).toEqual([]);
  });
});
