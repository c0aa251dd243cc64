import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv } from "../../../src/lib/data/csv.ts";
import { bindNamed, inlineParams, parameterNames } from "../../../src/lib/sql/bind.ts";
import { toQueryError } from "../../../src/lib/sql/errors.ts";
import { plainRow, plainValue } from "../../../src/lib/sql/rows.ts";
import { tablesMentioned } from "../../../src/lib/sql/tables.ts";
import { parseWorkbenchUrl, workbenchUrl } from "../../../src/lib/sql/workbench-url.ts";
import type { Manifest } from "../../../src/lib/data/releases.ts";

describe("named parameters", () => {
  const sql = `-- $region: a comment, not a parameter
SELECT '$region' AS literal, "$odd" AS ident, $indicator AS i
FROM t WHERE region = $region AND x = $indicator /* $skip */ AND y = $region`;

  it("become numbered, in order of first use, with repeats sharing a number", () => {
    const bound = bindNamed(sql, { region: "320000", indicator: "incubators" });
    expect(bound.values).toEqual(["incubators", "320000"]);
    expect(bound.sql).toContain("$1 AS i");
    expect(bound.sql).toContain("region = $2 AND x = $1");
    expect(bound.sql).toContain("y = $2");
  });

  it("inside comments, strings and quoted names are left alone", () => {
    const bound = bindNamed(sql, { region: "r", indicator: "i" });
    expect(bound.sql).toContain("-- $region: a comment");
    expect(bound.sql).toContain("'$region' AS literal");
    expect(bound.sql).toContain('"$odd" AS ident');
    expect(bound.sql).toContain("/* $skip */");
    expect(parameterNames(sql)).toEqual(["indicator", "region"]);
  });

  it("a parameter without a value is an error, not a NULL", () => {
    expect(() => bindNamed(sql, { region: "r" })).toThrow("$indicator has no value");
  });

  it("inlined for the workbench, values become escaped literals", () => {
    expect(inlineParams("SELECT * FROM t WHERE a = $a AND n = $n", { a: "it's", n: 3 })).toBe(
      "SELECT * FROM t WHERE a = 'it''s' AND n = 3",
    );
  });
});

describe("tables a query reads", () => {
  const manifest = { tables: [{ name: "observations_full" }, { name: "observations" }, { name: "zones" }] } as unknown as Manifest;
  it("are the snapshot's tables it names outside comments", () => {
    expect(tablesMentioned("-- not zones\nSELECT * FROM observations_full", manifest)).toEqual(["observations_full"]);
    expect(tablesMentioned("SELECT * FROM observations o JOIN zones z ON true", manifest)).toEqual(["observations", "zones"]);
  });
});

describe("workbench addresses", () => {
  it("round-trip a named query with its parameters, the snapshot and chart settings", () => {
    const state = {
      snapshot: "2026-11-23",
      query: "region_series",
      params: { region: "320000", indicators: "a,b" },
      chart: { mark: "line", x: "period" },
    };
    const href = workbenchUrl("/data/sql/", state);
    expect(parseWorkbenchUrl(new URL(href, "http://x").search)).toEqual(state);
  });

  it("keep a reader's SQL as text, and refuse names that are not ours", () => {
    const sql = "SELECT '<img src=x onerror=alert(1)>' AS x";
    expect(parseWorkbenchUrl(new URL(workbenchUrl("/data/sql/", { sql }), "http://x").search).sql).toBe(sql);
    expect(parseWorkbenchUrl("?query=../../etc&snapshot=<b>")).toEqual({});
  });
});

describe("CSV for readers", () => {
  it("starts with a byte-order mark and keeps Chinese, commas and quotes intact", () => {
    const rows = [{ region: "南京市", note: '含"超过", 以上', value: 12.5, empty: null }];
    const csv = toCsv(rows);
    expect(csv.startsWith("\ufeff")).toBe(true);
    expect(parse(csv.slice(1), { columns: true })).toEqual([{ region: "南京市", note: '含"超过", 以上', value: "12.5", empty: "" }]);
  });
});

describe("query errors", () => {
  it("keep DuckDB's message without its internal prefix (the position is read from it by errorPosition)", () => {
    const error = toQueryError(new Error('Error: Parser Error: syntax error at or near "FORM" {"position": "9"}'));
    expect(error.message).toBe('Parser Error: syntax error at or near "FORM" {"position": "9"}');
  });
});

describe("rows from either engine", () => {
  it("are JSON scalars: BigInt as a number when exact, else as its digits; null for a missing value", () => {
    expect(plainRow({ a: 1n, b: 9007199254740993n, c: "x", d: 1.5, e: true, f: null, g: undefined })).toEqual({
      a: 1,
      b: "9007199254740993",
      c: "x",
      d: 1.5,
      e: true,
      f: null,
      g: null,
    });
  });

  it("refuse a date, a list or a struct, naming the column", () => {
    expect(() => plainValue(new Date(0), "period")).toThrow("column period");
    expect(() => plainValue([1, 2], "parts")).toThrow("not [object Array]");
  });
});

describe("links to merged queries", () => {
  it("open the query they were merged into, with the parameters that make it the same", () => {
    expect(parseWorkbenchUrl("?query=jiangsu_cities_latest&param.indicator=incubators&param.until=")).toEqual({
      query: "peers_latest",
      params: { indicator: "incubators", until: "", parent: "320000", level: "city", kind: "actual", year: "" },
    });
  });

  it("run as they did before a query gained a parameter", () => {
    const old = "?query=peers_latest&param.indicator=incubators&param.parent=&param.level=province&param.kind=actual&param.until=";
    expect(parseWorkbenchUrl(old).params).toEqual({
      indicator: "incubators",
      parent: "",
      level: "province",
      kind: "actual",
      until: "",
      year: "",
    });
    expect(parseWorkbenchUrl(`${old}&param.year=2021`).params?.year).toBe("2021");
  });
});
