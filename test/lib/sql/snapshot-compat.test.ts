/**
 * Reading a snapshot released before a column existed: the columns it lacks come as NULL of their
 * type, on Node (query.ts) as in the browser (engine.ts runs the same ALTER statements), so that
 * charts pinned to 2026-11-23 still draw with today's queries.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tables } from "../../../src/lib/data/tables.ts";
import type { Manifest } from "../../../src/lib/data/releases.ts";
import { quoteIdent } from "../../../src/lib/sql/bind.ts";
import { addColumnStatements, currentColumns, missingColumns, selectWithNulls } from "../../../src/lib/sql/snapshot-compat.ts";
import { runNamed } from "../../../src/lib/server/query.ts";

const fullSql = readFileSync(new URL("../../../src/queries/observations_full.sql", import.meta.url), "utf8");
const first = JSON.parse(readFileSync(new URL("../../../public/data/2026-11-23/manifest.json", import.meta.url), "utf8")) as Manifest;

describe("snapshot compatibility", () => {
  it("the current schema: the CSV tables as declared, observations_full as DuckDB builds it", async () => {
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    for (const t of tables)
      await connection.run(`CREATE TABLE ${quoteIdent(t.name)} (${t.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(", ")})`);
    await connection.run(`CREATE TABLE observations_full AS ${fullSql}`);
    const described = (await connection.runAndReadAll("DESCRIBE observations_full"))
      .getRowObjectsJson()
      .map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
    expect(currentColumns(fullSql).get("observations_full")).toEqual(described);
    connection.closeSync();
  });

  it("the first release lacks exactly the v2 columns", () => {
    const current = currentColumns(fullSql);
    const missing = Object.fromEntries(
      first.tables.map((t) => [t.name, missingColumns(t.columns, current.get(t.name)!).map((c) => c.name)]),
    );
    expect(missing).toEqual({
      regions: [],
      zones: [],
      indicators: [],
      sources: ["caution"],
      observations: ["date_basis", "target_type"],
      incentives: [],
      observations_full: ["date_basis", "target_type", "source_original_publisher", "source_caution"],
    });
  });

  it("writes the SQL both engines run", () => {
    const missing = [
      { name: "date_basis", type: "VARCHAR" },
      { name: "target_year", type: "INTEGER" },
    ];
    expect(selectWithNulls(missing)).toBe('*, NULL::VARCHAR AS "date_basis", NULL::INTEGER AS "target_year"');
    expect(selectWithNulls([])).toBe("*");
    expect(addColumnStatements("2026-11-23", "observations", missing)).toEqual([
      'ALTER TABLE "2026-11-23"."observations" ADD COLUMN "date_basis" VARCHAR',
      'ALTER TABLE "2026-11-23"."observations" ADD COLUMN "target_year" INTEGER',
    ]);
    expect(() => selectWithNulls([{ name: "x", type: "VARCHAR); DROP TABLE t; --" }])).toThrow("unexpected column type");
  });

  it("the browser's statements give a loaded table the missing columns as NULL (run here by DuckDB on Node)", async () => {
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const table = first.tables.find((t) => t.name === "observations_full")!;
    const file = new URL(`../../../public/data/2026-11-23/${table.parquet}`, import.meta.url).pathname;
    await connection.run(`CREATE SCHEMA "2026-11-23"`);
    await connection.run(`CREATE TABLE "2026-11-23".observations_full AS SELECT * FROM read_parquet('${file}')`);
    for (const s of addColumnStatements(
      "2026-11-23",
      "observations_full",
      missingColumns(table.columns, currentColumns(fullSql).get("observations_full")!),
    ))
      await connection.run(s);
    const rows = (
      await connection.runAndReadAll(
        `SELECT count(*)::INTEGER AS n, count(date_basis)::INTEGER AS dated FROM "2026-11-23".observations_full`,
      )
    ).getRowObjectsJson();
    expect(rows).toEqual([{ n: table.rows, dated: 0 }]);
    connection.closeSync();
  });

  it("every chart query runs on the first release, its new columns NULL", async () => {
    const queries: [string, Record<string, string>][] = [
      ["region_series", { region: "320000", indicators: "national_incubators" }],
      ["peers_latest", { indicator: "national_incubators", parent: "", level: "province", kind: "actual", until: "", year: "" }],
      ["peers_latest", { indicator: "national_incubators", parent: "320000", level: "city", kind: "actual", until: "", year: "" }],
      ["targets_by_parent", { parent: "320900", source: "policy:yancheng-incubator-plan-2023-2025" }],
      ["region_parts", { region: "320000", whole: "carriers", parts: "incubators,maker_spaces", period: "2021-12-31" }],
      ["incentives_by_region", { region: "", source: "" }],
    ];
    for (const [name, params] of queries) {
      const rows = await runNamed("2026-11-23", name, params);
      expect(rows.length, name).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.source_caution, name).toBeNull();
        if ("date_basis" in r) expect(r.date_basis, name).toBeNull();
      }
    }
  });
});
