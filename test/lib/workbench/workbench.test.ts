import { describe, expect, it } from "vitest";
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
