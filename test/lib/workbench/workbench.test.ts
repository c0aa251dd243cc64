import { DuckDBInstance } from "@duckdb/node-api";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readHistory, remember } from "../../../src/lib/client/workbench/history.ts";
import { quoteIdent } from "../../../src/lib/sql/bind.ts";
import { compareValues, formatCell, sortedOrder, sqlTypeName, toJson } from "../../../src/lib/workbench/cells.ts";
import { errorPosition, explainError, lineAndColumn } from "../../../src/lib/workbench/error-position.ts";
import { explorerSql, facetSql, facetsOf } from "../../../src/lib/workbench/explorer-sql.ts";

describe("cells", () => {
  it("shows NULL as NULL, numbers in zh-CN style, BigInt exactly", () => {
    expect(formatCell(null)).toEqual({ text: "NULL", kind: "null" });
    expect(formatCell(1234567.5, "Float64")).toEqual({ text: "1,234,567.5", kind: "number" });
    expect(formatCell(9007199254740993n, "Int64")).toEqual({ text: "9,007,199,254,740,993", kind: "number" });
    expect(formatCell("<img src=x onerror=alert(1)>").text).toBe("<img src=x onerror=alert(1)>");
    expect(formatCell(0, "Date32<DAY>").text).toBe("1970-01-01");
  });
  it("never rounds a number for display: its shortest round-trip digits, the integer part grouped", () => {
    expect(formatCell(0.1234567891, "Float64").text).toBe("0.1234567891");
    expect(formatCell(1234567.123456789, "Float64").text).toBe("1,234,567.123456789");
    expect(formatCell(-9876543.25, "Float64").text).toBe("-9,876,543.25");
    expect(formatCell(0.1 + 0.2, "Float64").text).toBe("0.30000000000000004");
    expect(formatCell(123, "Int32").text).toBe("123");
    expect(formatCell(1.5e-7, "Float64").text).toBe("1.5e-7");
    expect(formatCell(Number.NaN, "Float64").text).toBe("NaN");
  });
  it("names Arrow types as DuckDB does", () => {
    expect(sqlTypeName("Utf8")).toBe("VARCHAR");
    expect(sqlTypeName("Int64")).toBe("BIGINT");
    expect(sqlTypeName("Float64")).toBe("DOUBLE");
  });
  it("sorts with NULLs last both ways, BigInt with numbers", () => {
    expect(compareValues(2n, 3)).toBe(-1);
    expect([...sortedOrder([3, null, 1, 2], false)]).toEqual([2, 3, 0, 1]);
    expect([...sortedOrder([3, null, 1, 2], true)]).toEqual([0, 3, 2, 1]);
    expect([...sortedOrder(["b", "a", null], false)]).toEqual([1, 0, 2]);
  });
  it("writes JSON with BigInt as strings", () => {
    expect(JSON.parse(toJson([{ n: 12345678901234567890n, s: "江苏", x: null }]))).toEqual([
      { n: "12345678901234567890", s: "江苏", x: null },
    ]);
  });
});

describe("error positions", () => {
  it("reads DuckDB's caret", () => {
    const sql = "SELECT *\nFROM observations\nWHERE regoin = '1'";
    const message = `Binder Error: Referenced column "regoin" not found\n\nLINE 3: WHERE regoin = '1'\n              ^`;
    const at = errorPosition(message, sql)!;
    expect(sql.slice(at, at + 6)).toBe("regoin");
    expect(lineAndColumn(sql, at)).toEqual({ line: 3, column: 7 });
  });
  it("reads a JSON position", () => {
    expect(errorPosition('{"exception_type":"Parser","position":"9"}', "SELECT * FORM x")).toBe(9);
  });
  it("explains the engine's refusals in plain words", () => {
    expect(explainError("Invalid Input Error: Cannot change enable_external_access setting while database is running")).toMatch(
      /^工作台只读/,
    );
    expect(explainError('Permission Error: Cannot access file "https://example.com/x.csv"')).toMatch(/^工作台只读/);
    expect(explainError('TransactionContext Error: Cannot write to database "memory" - transaction is launched in read-only mode')).toMatch(
      /^工作台只读/,
    );
    expect(explainError("query was canceled")).toBe("查询已取消。");
    expect(explainError("Parser Error: syntax error")).toBe("SQL 语法有误。");
  });
  // The messages are DuckDB's own (DuckDB on Node writes them as DuckDB-WASM does).
  const duckdbError = async (sql: string): Promise<string> => {
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    await connection.run("CREATE TABLE x (a INTEGER, 省份 VARCHAR)");
    try {
      await connection.run(sql);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`no error from ${sql}`);
  };
  const marked = async (sql: string) => {
    const at = errorPosition(await duckdbError(sql), sql);
    return at === undefined ? undefined : sql.slice(at);
  };
  it("counts the caret's columns as display width after Chinese text (binder errors)", async () => {
    expect(await marked("SELECT '江苏省' AS 省份, regoin FROM x")).toMatch(/^regoin/);
    expect(await marked("SELECT '江苏省' AS 省份,\n  '盐城' AS 市, regoin FROM x")).toMatch(/^regoin/);
    expect(await marked("SELECT 省份 FROM x WHERE 省份 = '江苏' AND regoin = 1")).toMatch(/^regoin/);
    expect(await marked("SELECT '江苏省' AS 省份, '😀' AS e, regoin FROM x")).toMatch(/^regoin/);
    expect(await marked("SELECT '江苏省' AS 省份 FROM nosuch")).toMatch(/^nosuch/);
    const sql = "SELECT '江苏省' AS 省份, regoin FROM x";
    expect(lineAndColumn(sql, errorPosition(await duckdbError(sql), sql)!)).toEqual({ line: 1, column: 21 });
  });
  it("finds a syntax error after Chinese text, where DuckDB's own caret stands too far left", async () => {
    expect(await marked("SELECT 1 AS 省份 FORM x")).toMatch(/^FORM x/);
    expect(await marked("SELECT '江苏省' AS 省份 FORM x")).toMatch(/^FORM x/);
    expect(await marked("SELECT '江苏省' AS 省份, '😀' AS e FORM x")).toMatch(/^FORM x/);
    // DuckDB shows line 1 here; the error is on line 2.
    expect(await marked("SELECT '江苏省' AS 省份,\n  1 AS b FORM x")).toMatch(/^FORM x/);
    expect(await marked("SELECT 1 AS 省份, FROM x WHERE")).toBe("");
    expect(await marked("SELECT 1 AS a FORM x")).toMatch(/^FORM x/);
  });
  it("gives none when DuckDB gives none", () => {
    expect(errorPosition("Catalog Error: no such table", "SELECT 1")).toBeUndefined();
  });
});

describe("explorer SQL", () => {
  const columns = ["id", "region", "region_name", "indicator", "indicator_zh", "period", "kind", "value"];
  it("quotes identifiers and escapes values", () => {
    const sql = explorerSql(
      { table: "observations_full", filters: { region: "32'0000", kind: "" }, sort: { column: "period", descending: true } },
      columns,
    );
    expect(sql).toBe(`SELECT *\nFROM "observations_full"\nWHERE "region" = '32''0000'\nORDER BY "period" DESC NULLS LAST`);
  });
  it("refuses columns the table does not have", () => {
    expect(() => explorerSql({ table: "t", filters: { "x; DROP": "1" } }, columns)).toThrow();
    expect(() => explorerSql({ table: "t", filters: {}, sort: { column: "nope", descending: false } }, columns)).toThrow();
  });
  it("counts a facet under the other filters only", () => {
    const sql = facetSql({ table: "observations_full", filters: { region: "320000", kind: "actual" } }, columns, "region");
    expect(sql).toContain(`WHERE "kind" = 'actual'`);
    expect(sql).not.toContain(`"region" = '320000'`);
    expect(sql).toContain(`any_value("region_name")`);
  });
  it("offers only the facets a table has", () => {
    expect(facetsOf(["region", "amount_wan"]).map((f) => f.column)).toEqual(["region"]);
  });
});

describe("query history", () => {
  afterEach(() => vi.unstubAllGlobals());
  const storage = (stored: unknown) => {
    const items = new Map<string, string>([["workbench.history", JSON.stringify(stored)]]);
    vi.stubGlobal("localStorage", {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => items.set(k, v),
      removeItem: (k: string) => items.delete(k),
    });
  };
  it("leaves out an entry that is not as the page wrote it, keeping the good ones", () => {
    const good = { sql: "SELECT 1", snapshot: "2026-11-23", at: "2026-11-30T10:00:00.000Z" };
    storage([good, { sql: "SELECT 2" }, { sql: "SELECT 3", snapshot: "x", at: 5 }, null, "SELECT 4", { ...good, at: "yesterday" }]);
    expect(readHistory()).toEqual([good]);
    // Every entry read can be listed as the page lists it.
    expect(() => readHistory().map((e) => `${e.at.slice(5, 16)} · ${e.sql.slice(0, 60)}`)).not.toThrow();
    expect(remember("SELECT 5", "2026-11-23").map((e) => e.sql)).toEqual(["SELECT 5", "SELECT 1"]);
  });
  it("reads a history that is not a list, or not JSON, as empty", () => {
    storage({ sql: "SELECT 1" });
    expect(readHistory()).toEqual([]);
    vi.stubGlobal("localStorage", { getItem: () => "{not json" });
    expect(readHistory()).toEqual([]);
  });
});

describe("identifiers", () => {
  it("are quoted, with quotes doubled", () => {
    expect(quoteIdent("2026-11-23")).toBe('"2026-11-23"');
    expect(quoteIdent('a"b')).toBe('"a""b"');
  });
});
