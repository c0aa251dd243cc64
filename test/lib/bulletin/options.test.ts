/** The importer's options, checked before anything is read: each bad one named, with what is allowed. */
import { describe, expect, it } from "vitest";
import { checkId, checkLines, checkOptions, isRealDate } from "../../../src/lib/bulletin/options.ts";

describe("checkOptions", () => {
  it("turns good options into facts", () => {
    expect(
      checkOptions({
        series: "jiangsu-shuangchuang",
        "series-name": " 江苏双创载体信息 ",
        year: "2023",
        number: "3",
        total: "14",
        date: "2023-03-15",
        title: ["12,40"],
        "not-title": ["7-8"],
      }),
    ).toEqual({
      series: "jiangsu-shuangchuang",
      seriesName: "江苏双创载体信息",
      year: 2023,
      number: 3,
      totalNumber: 14,
      date: "2023-03-15",
      titles: [12, 40],
      notTitles: [7, 8],
    });
  });

  it("refuses ids that could leave the content folder or are not lower-case ASCII words", () => {
    for (const bad of ["../x", "a/b", "..", "Jiangsu", "jiang su", "a--b", "-a", "江苏", ""])
      expect(() => checkId("--series", bad), bad).toThrow(/is not an id/);
    expect(checkId("--slug", "late-2022")).toBe("late-2022");
  });

  it("refuses days that do not exist and numbers the schema refuses, naming the option", () => {
    expect(isRealDate("2024-02-29")).toBe(true);
    expect(isRealDate("2023-02-29")).toBe(false);
    expect(() => checkOptions({ date: "2023-02-30" })).toThrow("--date 2023-02-30 is not a day of the calendar");
    expect(() => checkOptions({ year: "1800" })).toThrow("--year 1800 is out of range: give a year from 1949 to 2100");
    expect(() => checkOptions({ number: "0" })).toThrow("--number 0 is out of range");
    expect(() => checkOptions({ kind: "memo" })).toThrow('--kind must be bulletin or policy, not "memo"');
    expect(() => checkOptions({ "series-name": "甲\n乙" })).toThrow(
      /--series-name [\s\S]* must be the periodical's name as printed, on one line/,
    );
  });

  it("reads line lists and refuses a line given to two overrides", () => {
    expect(checkLines("--title", "3, 5-7")).toEqual([3, 5, 6, 7]);
    expect(() => checkLines("--title", "3a")).toThrow('--title "3a": give line numbers like 12 or 12,40 or 12-14');
    expect(() => checkOptions({ subhead: ["4"], "not-title": ["2-4"] })).toThrow("line 4 is given to both --subhead and --not-title");
  });
});
