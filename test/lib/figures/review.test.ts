/**
 * The review file: statuses against the recorded rows, reading it back, and the checks on the
 * accepted rows (fixture rows with invented figures, for testing only).
 */
import { describe, expect, it } from "vitest";
import { OBSERVATION_COLUMNS, type ObservationRow, type Suggestion } from "../../../src/lib/figures/extract.ts";
import {
  acceptedRows,
  assignIds,
  formatReviewError,
  markStatus,
  readReview,
  reviewCsv,
  type ReviewRow,
} from "../../../src/lib/figures/review.ts";

const row = (values: Partial<ObservationRow>): ObservationRow => ({
  ...(Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, ""])) as ObservationRow),
  region: "320900",
  indicator: "incubators",
  period: "2023-12-31",
  date_basis: "printed",
  kind: "actual",
  value: "120",
  value_as_printed: "120家",
  qualifier: "more_than",
  source: "demo/2024-01/01-a",
  quote: "截至2023年底，全市孵化器超过120家。",
  ...values,
});
const suggestion = (values: Partial<ObservationRow>, reason = ""): Suggestion => ({
  row: row(values),
  reason,
  file: "content/issues/demo/2024-01/01-a.mdx",
  line: 7,
});
const recorded = [
  row({ id: "s-001" }),
  row({
    id: "x-001",
    source: "x-other",
    region: "320900",
    indicator: "national_incubators",
    value: "17",
    value_as_printed: "17家",
    qualifier: "exact",
    quote: "全市国家级孵化器17家。",
  }),
];

describe("markStatus", () => {
  const rows = markStatus(
    [
      suggestion({}),
      suggestion({ quote: "到2023年底，全市孵化器超过120家，比上年增加。" }),
      suggestion({
        indicator: "national_incubators",
        value: "18",
        value_as_printed: "18家",
        qualifier: "exact",
        quote: "其中国家级18家。",
      }),
      suggestion(
        { indicator: "maker_spaces", value: "30", value_as_printed: "30家", quote: "众创空间30家。" },
        "period: from the paragraph",
      ),
      suggestion({ indicator: "maker_spaces", value: "30", value_as_printed: "30家", quote: "全市众创空间共30家。" }),
    ],
    recorded,
  );

  it("marks a figure already recorded from the same source, by its quote or as the same figure", () => {
    expect(rows[0]).toMatchObject({ status: "recorded", decision: "" });
    expect(rows[0]!.reason).toMatch(/^recorded as s-001; at content\/issues\/demo\/2024-01\/01-a.mdx:7$/);
    expect(rows[1]).toMatchObject({ status: "recorded" });
  });

  it("marks a figure another source records differently as a conflict, naming the other row", () => {
    expect(rows[2]).toMatchObject({ status: "conflict" });
    expect(rows[2]!.reason).toMatch(/^conflict: x-001 records 17家 \(exact\) from x-other/);
  });

  it("says where another source gives the same figure, without calling it a conflict", () => {
    const [same] = markStatus(
      [
        suggestion({
          source: "demo/2024-02/01-b",
          indicator: "national_incubators",
          value: "17",
          value_as_printed: "17家",
          qualifier: "exact",
          quote: "国家级孵化器17家。",
        }),
      ],
      recorded,
    );
    expect(same).toMatchObject({ status: "new" });
    expect(same!.reason).toMatch(/^another source gives the same figure: x-001 \(x-other\)/);
  });

  it("marks a figure printed twice in the source as a repeat, and keeps the extractor's reason", () => {
    expect(rows[3]).toMatchObject({ status: "new", reason: "period: from the paragraph; at content/issues/demo/2024-01/01-a.mdx:7" });
    expect(rows[4]).toMatchObject({ status: "repeat" });
  });

  it("writes a file that reads back the same", () => {
    const { rows: back, errors } = readReview(reviewCsv(rows), "r.csv");
    expect(errors).toEqual([]);
    expect(back.map((b) => b.row)).toEqual(rows);
    expect(back.map((b) => b.line)).toEqual([2, 3, 4, 5, 6]);
  });
});

describe("readReview", () => {
  it("refuses a file whose header is not the review columns", () => {
    expect(readReview("id,value\n1,2\n", "r.csv").errors.map(formatReviewError)).toEqual([
      expect.stringMatching(/^r\.csv:1:1: header must be: id,region,indicator,.*decision,status,reason/),
    ]);
  });

  it("names the line of a row with a field missing", () => {
    const text = reviewCsv([{ ...row({}), decision: "", status: "new", reason: "" }]).replace(/,new,\n$/, ",new\n");
    expect(readReview(text, "r.csv").errors.map(formatReviewError)).toEqual(["r.csv:2:17: expected 17 fields, found 16"]);
  });

  it("reports unclosed quotes as not valid CSV", () => {
    expect(readReview(reviewCsv([]) + '"unclosed\n', "r.csv").errors[0]!.message).toMatch(/not valid CSV/);
  });
});

describe("acceptedRows", () => {
  const text = "截至2023年底，全市孵化器超过130家。全市众创空间共30家。";
  const ctx = {
    recorded,
    unitOf: (id: string) => ({ incubators: "家", maker_spaces: "家", national_incubators: "家" })[id],
    sourceText: (source: string) => (source === "demo/2024-01/01-a" ? text : undefined),
  };
  const review = (...rows: Partial<ReviewRow>[]) =>
    rows.map((r, i) => ({
      line: i + 2,
      row: {
        ...row({ value: "130", value_as_printed: "130家", quote: "截至2023年底，全市孵化器超过130家。" }),
        decision: "accept",
        status: "new" as const,
        reason: "",
        ...r,
      },
    }));
  const check = (...rows: Partial<ReviewRow>[]) => acceptedRows(review(...rows), "data/review/r.csv", ctx);

  it("accepts a row whose quote, value and source check out; leaves undecided and rejected rows", () => {
    const { accepted, errors } = check({}, { decision: "reject", value: "1" }, { decision: "", value: "2" });
    expect(errors).toEqual([]);
    expect(accepted.map((a) => a.line)).toEqual([2]);
  });

  it("refuses an unknown decision", () => {
    expect(check({ decision: "acept" }).errors.map(formatReviewError)).toEqual([
      'data/review/r.csv:2:15: decision: "acept" is not accept, reject or empty (undecided)',
    ]);
  });

  it("refuses a quote edited so that it no longer occurs in the source", () => {
    expect(check({ quote: "截至2023年底，全市孵化器超过130家！" }).errors.map(formatReviewError)).toEqual([
      'data/review/r.csv:2:13: quote: the quote does not occur in source "demo/2024-01/01-a" (was it edited?)',
    ]);
  });

  it("refuses a value that does not read from value_as_printed", () => {
    expect(check({ value: "13" }).errors.map(formatReviewError)).toEqual([
      'data/review/r.csv:2:9: value: "13" does not match value_as_printed "130家", which reads 130 in 家',
    ]);
  });

  it("refuses a row accepted twice, and a row already recorded", () => {
    expect(check({}, {}).errors.map(formatReviewError)).toEqual([
      "data/review/r.csv:3:15: decision: a duplicate of line 2 (same region, indicator, period, kind, source and value)",
    ]);
    expect(
      check({ value: "120", value_as_printed: "120家", quote: "截至2023年底，全市孵化器超过120家。" }).errors.map((e) => e.message),
    ).toContain("decision: a duplicate: already recorded as s-001");
  });

  it("refuses an empty or unknown indicator and a quote that does not print the figure", () => {
    expect(check({ indicator: "" }).errors.map((e) => e.message)).toEqual([
      "indicator: is empty: choose an indicator id from data/indicators.csv",
    ]);
    expect(check({ indicator: "bogus" }).errors.map((e) => e.message)).toEqual([
      'indicator: unknown indicator "bogus" (not in data/indicators.csv)',
    ]);
    expect(check({ value: "25", value_as_printed: "25家" }).errors.map((e) => e.message)).toEqual([
      'value_as_printed: "25家" does not occur in the quote',
    ]);
  });
});

describe("assignIds", () => {
  it("numbers new rows after the highest id of their prefix", () => {
    const rows = [
      { line: 2, row: { ...row({ source: "demo/2024-01/01-a" }), decision: "accept", status: "new" as const, reason: "" } },
      { line: 3, row: { ...row({ source: "x-new" }), decision: "accept", status: "new" as const, reason: "" } },
      { line: 4, row: { ...row({ source: "demo/2024-01/01-a", id: "s-900" }), decision: "accept", status: "new" as const, reason: "" } },
    ];
    expect(assignIds(rows, [...recorded, row({ id: "s-135" })], (s) => s.startsWith("x-")).map((r) => r.id)).toEqual([
      "s-136",
      "x-002",
      "s-900",
    ]);
  });
});
