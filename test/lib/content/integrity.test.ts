import { describe, expect, it } from "vitest";
import { checkIntegrity, checkRawDates, type IntegrityInput } from "../../../src/lib/content/integrity.ts";

function input(overrides: Partial<IntegrityInput> = {}): IntegrityInput {
  return {
    series: [{ id: "js", filePath: "content/series/js.yaml", data: { sections: ["政策速递"] } }],
    issues: [{ id: "js/2022-02", filePath: "content/issues/js/2022-02/issue.yaml", data: { series: "js", year: 2022, number: 2 } }],
    articles: [
      { id: "js/2022-02/01-a", filePath: "content/issues/js/2022-02/01-a.mdx", issue: "js/2022-02", data: { section: "政策速递", places: ["320000"] } },
    ],
    policies: [],
    placeIds: new Set(["320000"]),
    ...overrides,
  };
}

describe("checkIntegrity", () => {
  it("passes consistent content", () => {
    expect(checkIntegrity(input())).toEqual([]);
  });
  it("names the file and field of an unknown section", () => {
    const bad = input();
    bad.articles[0]!.data.section = "不存在";
    expect(checkIntegrity(bad)).toEqual([
      'content/issues/js/2022-02/01-a.mdx: section: unknown section "不存在" for series js (known: 政策速递); add it to content/series/js.yaml if it is right',
    ]);
  });
  it("finds two issues with the same series, year and number", () => {
    const bad = input();
    bad.issues.push({ id: "js/again", filePath: "content/issues/js/again/issue.yaml", data: { series: "js", year: 2022, number: 2 } });
    expect(checkIntegrity(bad)).toEqual(["content/issues/js/again/issue.yaml: number: js 2022年第2期 is also content/issues/js/2022-02/issue.yaml"]);
  });
  it("allows several issues whose number is unknown", () => {
    const ok = input();
    ok.issues.push({ id: "js/x", filePath: "x", data: { series: "js" } }, { id: "js/y", filePath: "y", data: { series: "js" } });
    expect(checkIntegrity(ok)).toEqual([]);
  });
  it("names an unknown place code", () => {
    const bad = input();
    bad.articles[0]!.data.places = ["329999"];
    expect(checkIntegrity(bad)).toEqual([
      'content/issues/js/2022-02/01-a.mdx: places: unknown place "329999" (not in data/regions.csv or data/zones.csv)',
    ]);
  });
  it("names an unknown series", () => {
    const bad = input();
    bad.issues[0]!.data.series = "nope";
    expect(checkIntegrity(bad)[0]).toBe('content/issues/js/2022-02/issue.yaml: series: unknown series "nope" (known: js)');
  });
});

describe("checkRawDates", () => {
  // Regression: YAML rolled 2023-13-45 over to 2024-02-14 and the build accepted it.
  it("refuses a date YAML would roll over to another day", () => {
    expect(checkRawDates("a.yaml", "series: s\ndate: 2023-13-45\n")).toEqual(['a.yaml: date: not a valid date: "2023-13-45" (write YYYY-MM-DD)']);
    expect(checkRawDates("b.mdx", '---\nnotBefore: "2022-02-30"\n---\n')).toEqual(['b.mdx: notBefore: not a valid date: "2022-02-30" (write YYYY-MM-DD)']);
  });
  it("accepts real days", () => {
    expect(checkRawDates("c.yaml", "date: 2024-02-29\nnotBefore: 2022-12-30\n")).toEqual([]);
  });
});
