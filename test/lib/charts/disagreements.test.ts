/**
 * Figures that disagree, by the one rule (when.ts windows, disagreements.ts values), and the
 * workbench's example src/queries/examples/5-disagreements.sql giving the same answer as the charts
 * on the same SYNTHETIC rows (made up for this test, not figures from any source).
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compatible, disagree, disagreements, type FigureRow } from "../../../src/lib/charts/disagreements.ts";
import { sqlLiteral } from "../../../src/lib/sql/bind.ts";
import { seriesV2 } from "./fixtures.ts";

const row = (id: string, fields: Partial<FigureRow> & { value: number; source: string }): FigureRow & { id: string } => ({
  id,
  region: "990000",
  region_name: "示例省",
  // One indicator per case (the id's letter), so that cases never meet.
  indicator: `example-${id[0]}`,
  indicator_zh: "示例指标",
  kind: "actual",
  target_type: null,
  period: "2021-12-31",
  date_basis: "printed",
  value_as_printed: String(fields.value),
  qualifier: "exact",
  source_title: fields.source,
  ...fields,
});

// Each case: rows about one subject, and whether they disagree.
const cases: [string, (FigureRow & { id: string })[], boolean][] = [
  [
    "超过960 and 965: both can be true",
    [row("a1", { value: 965, source: "a" }), row("a2", { value: 960, qualifier: "more_than", source: "b" })],
    false,
  ],
  ["不少于100 and 100", [row("b1", { value: 100, source: "a" }), row("b2", { value: 100, qualifier: "at_least", source: "b" })], false],
  [
    "超过100 and 90: the exact figure misses the bound",
    [row("c1", { value: 90, source: "a" }), row("c2", { value: 100, qualifier: "more_than", source: "b" })],
    true,
  ],
  [
    "two lower bounds",
    [row("d1", { value: 5, qualifier: "more_than", source: "a" }), row("d2", { value: 7, qualifier: "at_least", source: "b" })],
    false,
  ],
  [
    "近7 and 超过5: for the reader to judge, so listed",
    [row("e1", { value: 7, qualifier: "nearly", source: "a" }), row("e2", { value: 5, qualifier: "more_than", source: "b" })],
    true,
  ],
  [
    "one source, two values: a correction, not a disagreement",
    [row("f1", { value: 1, source: "a" }), row("f2", { value: 2, source: "a" })],
    false,
  ],
  [
    "a year and a day in it",
    [
      row("g1", { value: 500, period: "2021", date_basis: "year", source: "a" }),
      row("g2", { value: 520, period: "2021-06-30", source: "b" }),
    ],
    true,
  ],
  [
    "an undated figure is compared with nothing",
    [row("h1", { value: 500, source: "a" }), row("h2", { value: 520, period: null, date_basis: "none", source: "b" })],
    false,
  ],
  [
    "an old snapshot (NULL basis): different days do not overlap",
    [
      row("i1", { value: 244, period: "2022-05-05", date_basis: null, source: "a" }),
      row("i2", { value: 219, period: "2022-12-30", date_basis: null, source: "b" }),
    ],
    false,
  ],
  [
    "targets of different kinds are different things",
    [
      row("j1", { value: 5, kind: "target", target_type: "each_year", period: "2023/2025", date_basis: "year", source: "a" }),
      row("j2", { value: 20, kind: "target", target_type: "total_over", period: "2023/2025", date_basis: "year", source: "b" }),
    ],
    false,
  ],
  [
    "targets of one kind",
    [
      row("k1", { value: 5, kind: "target", target_type: "each_year", period: "2023/2025", date_basis: "year", source: "a" }),
      row("k2", { value: 6, kind: "target", target_type: "each_year", period: "2024", date_basis: "year", source: "b" }),
    ],
    true,
  ],
  ["different places", [row("l1", { value: 1, source: "a" }), row("l2", { value: 2, region: "990100", source: "b" })], false],
];

describe("disagreements", () => {
  for (const [name, rows, expected] of cases)
    it(name, () => {
      expect(disagree(rows[0]!, rows[1]!)).toBe(expected);
      expect(disagreements(rows)).toEqual(expected ? [[0, 1]] : []);
    });

  it("compatible values are symmetric", () => {
    for (const [, [a, b]] of cases) expect(compatible(a!, b!)).toBe(compatible(b!, a!));
  });

  it("244 against 219 in the synthetic series: one group of the four figures", () => {
    const groups = disagreements(seriesV2);
    expect(groups.map((g) => g.map((i) => `${seriesV2[i]!.value}@${seriesV2[i]!.period}`))).toEqual([
      ["244@2021-12-31", "244@2022-05-05", "219@2022-12-30"],
    ]);
  });
});

describe("the workbench example finds what the charts find", () => {
  const rows = [...cases.flatMap(([, r]) => r), ...seriesV2.map((r, i) => ({ ...r, id: `s${i}`, indicator_zh: r.label }))];

  it("on the same rows, the same figures", async () => {
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const columns = [
      "id",
      "region",
      "region_name",
      "indicator",
      "indicator_zh",
      "kind",
      "target_type",
      "period",
      "date_basis",
      "value_as_printed",
      "qualifier",
      "source",
      "source_title",
    ];
    await connection.run(`CREATE TABLE observations_full (${columns.map((c) => `${c} VARCHAR`).join(", ")}, value DOUBLE)`);
    for (const r of rows) {
      const values = columns.map((c) => sqlLiteral(((r as Record<string, unknown>)[c] ?? null) as string | null));
      await connection.run(`INSERT INTO observations_full VALUES (${[...values, String(r.value)].join(", ")})`);
    }
    const sql = readFileSync(new URL("../../../src/queries/examples/5-disagreements.sql", import.meta.url), "utf8");
    const found = (await connection.runAndReadAll(sql)).getRowObjectsJson().flatMap((r) => r["编号"] as string[]);
    const expected = disagreements(rows).flatMap((g) => g.map((i) => rows[i]!.id));
    expect(found.sort()).toEqual(expected.sort());
    expect(found).toEqual(expect.arrayContaining(["s6", "s7", "s8"]));
    connection.closeSync();
  });
});
