/**
 * Every named query (src/queries/*.sql) runs on every released snapshot with DuckDB on Node and
 * returns what the charts, their tables and the browser expect: the chart columns, `value` as a
 * DOUBLE, and each column's values of one JavaScript type that matches its DuckDB type (numbers
 * for numeric columns, text for text), never a BigInt or an object, so that the browser's engine,
 * which shares the row conversion (src/lib/sql/rows.ts), hands over the same values.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ParamValue } from "../../src/lib/sql/bind.ts";
import { describeNamed, runNamed } from "../../src/lib/server/query.ts";
import { readReleases } from "../../src/lib/server/releases.ts";

const snapshots = readReleases().releases.map((r) => r.id);

/** Parameters that give each query rows on every release. A new query needs an entry here. */
const PARAMS: Record<string, Record<string, ParamValue>> = {
  incentives_by_region: { region: "", source: "" },
  peers_latest: { indicator: "national_incubators", parent: "", level: "province", kind: "actual", until: "", year: "" },
  compare_choices: {},
  compare_latest: { regions: "320000,330000,440000", indicator: "national_incubators" },
  compare_series: { regions: "320000,330000,440000", indicator: "national_incubators" },
  coverage: {},
  figures_compared: {},
  places_under: { parent: "", level: "province" },
  region_parts: { region: "320000", whole: "carriers", parts: "incubators,maker_spaces", period: "2021-12-31" },
  region_series: { region: "320000", indicators: "incubators,provincial_plus_incubators,national_incubators" },
  targets_by_parent: { parent: "320900", source: "policy:yancheng-incubator-plan-2023-2025" },
};

/** Not a named query: the definition of each snapshot's observations_full table (test/data/snapshots.test.ts). */
const NOT_CHARTS = new Set(["observations_full"]);
/** Named queries that feed a page's tables rather than a chart: their own columns, typed the same way. */
const PAGE_QUERIES = new Set(["compare_choices", "coverage", "figures_compared", "places_under"]);

const names = readdirSync(new URL("../../src/queries/", import.meta.url))
  .filter((f) => f.endsWith(".sql"))
  .map((f) => f.slice(0, -4))
  .filter((n) => !NOT_CHARTS.has(n));

const CHART_COLUMNS = ["label", "period", "value", "value_as_printed", "qualifier", "source", "source_title"];
const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/;

describe("named queries", () => {
  it("each has parameters in this test", () => {
    expect(names.filter((n) => !PARAMS[n])).toEqual([]);
  });

  describe.each(snapshots.flatMap((snapshot) => names.map((name) => [name, snapshot] as const)))("%s on %s", (name, snapshot) => {
    const params = PARAMS[name] ?? {};

    it("returns the chart columns, value as DOUBLE, every column's values of one type matching DuckDB's", async () => {
      const columns = await describeNamed(snapshot, name, params);
      const rows = await runNamed(snapshot, name, params);
      expect(rows.length).toBeGreaterThan(0);
      if (!PAGE_QUERIES.has(name)) {
        expect(columns.map((c) => c.name)).toEqual(expect.arrayContaining(CHART_COLUMNS));
        expect(columns.find((c) => c.name === "value")?.type).toBe("DOUBLE");
      }
      for (const { name: column, type } of columns) {
        const kinds = new Set(
          rows
            .map((r) => r[column])
            .filter((v) => v !== null)
            .map((v) => typeof v),
        );
        const expected = NUMERIC.test(type) ? "number" : type === "BOOLEAN" ? "boolean" : "string";
        expect([...kinds], `${name}.${column} (${type})`).toEqual(kinds.size === 0 ? [] : [expected]);
      }
      for (const row of rows) expect(Object.keys(row)).toEqual(columns.map((c) => c.name));
    });
  });
});
