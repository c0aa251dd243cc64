/** When a figure is: its date as written, its place on a time axis, its year, its window. */
import { describe, expect, it } from "vitest";
import { axisDate, dateLabel, dateWindow, figureYear, newestYear, overlaps, targetLabel, whenLabel } from "../../../src/lib/charts/when.ts";

describe("dates as pages write them", () => {
  it("say what the date rests on", () => {
    expect(dateLabel({ period: "2021-12-31", date_basis: "printed" })).toBe("2021-12-31");
    expect(dateLabel({ period: "2021", date_basis: "year" })).toBe("2021");
    expect(dateLabel({ period: "2023-02-02", date_basis: "publication" })).toBe("截至2023-02-02（报道日期）");
    expect(dateLabel({ period: "2022-12-30", date_basis: "not_before" })).toBe("不早于2022-12-30");
    expect(dateLabel({ period: null, date_basis: "none" })).toBe("未注明日期");
    // A snapshot from before date_basis: the period as stored.
    expect(dateLabel({ period: "2022-12-30", date_basis: null })).toBe("2022-12-30");
  });

  it("targets say their kind: 到…年, 每年, 累计", () => {
    expect(targetLabel({ period: "2023/2025", target_type: "reach_by", target_year: 2025 })).toBe("到2025年");
    expect(targetLabel({ period: "2023/2025", target_type: "each_year" })).toBe("2023—2025年每年");
    expect(targetLabel({ period: "2024", target_type: "each_year" })).toBe("2024年度");
    expect(targetLabel({ period: "2023/2025", target_type: "total_over" })).toBe("2023—2025年累计");
    expect(targetLabel({ period: "2023/2025", target_type: null })).toBe("");
    expect(whenLabel({ period: "2023/2025", target_type: "total_over" })).toBe("2023—2025年累计");
    expect(whenLabel({ period: "2023-02-02", date_basis: "publication" })).toBe("截至2023-02-02（报道日期）");
  });
});

describe("time axis and years", () => {
  it("a day is that day, a year or span its end; an undated figure has no place", () => {
    expect(axisDate({ period: "2022-05-05", date_basis: "publication" })).toBe("2022-05-05");
    expect(axisDate({ period: "2021", date_basis: "year" })).toBe("2021-12-31");
    expect(axisDate({ period: "2023/2025", date_basis: "year" })).toBe("2025-12-31");
    expect(axisDate({ period: null, date_basis: "none" })).toBeNull();
    expect(axisDate({ period: "2021", date_basis: "none" })).toBeNull();
    expect(figureYear({ period: "2022-12-30", date_basis: "not_before" })).toBe(2022);
    expect(newestYear([{ period: "2019" }, { period: "2022-05-05" }, { period: null, date_basis: "none" }])).toBe(2022);
    expect(newestYear([{ period: null, date_basis: "none" }])).toBeNull();
  });
});

describe("date windows: what overlapping dates means", () => {
  const printed = { period: "2021-12-31", date_basis: "printed" };
  const publication = { period: "2022-05-05", date_basis: "publication" };
  const notBefore = { period: "2022-12-30", date_basis: "not_before" };

  it("are as wide as the quote leaves them", () => {
    expect(dateWindow(printed)).toEqual({ from: "2021-12-31", to: "2021-12-31" });
    expect(dateWindow({ period: "2021", date_basis: "year" })).toEqual({ from: "2021-01-01", to: "2021-12-31" });
    expect(dateWindow({ period: "2023/2025", date_basis: "year" })).toEqual({ from: "2023-01-01", to: "2025-12-31" });
    expect(dateWindow(publication)).toEqual({ from: "2021-12-31", to: "2022-05-05" });
    expect(dateWindow(notBefore)).toEqual({ from: "2021-12-31", to: "2023-12-31" });
    expect(dateWindow({ period: null, date_basis: "none" })).toBeNull();
    expect(dateWindow({ period: "2022-12-30", date_basis: null })).toEqual({ from: "2022-12-30", to: "2022-12-30" });
  });

  it("244 at end-2021 and in May 2022 overlap 219 from the undated late-2022 issue", () => {
    expect(overlaps(printed, notBefore)).toBe(true);
    expect(overlaps(publication, notBefore)).toBe(true);
    expect(overlaps(printed, publication)).toBe(true);
    // Two printed days apart do not overlap, nor does anything with an undated figure.
    expect(overlaps(printed, { period: "2020-12-31", date_basis: "printed" })).toBe(false);
    expect(overlaps(notBefore, { period: null, date_basis: "none" })).toBe(false);
    // Without date_basis (an old snapshot) the same periods are single days: no overlap.
    expect(overlaps({ period: "2022-05-05" }, { period: "2022-12-30" })).toBe(false);
  });
});
