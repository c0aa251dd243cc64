/** Where a place stands among its peers (src/lib/regions/standing.ts), on made-up figures. */
import { describe, expect, it } from "vitest";
import { standing, standingText, type StandingFigure } from "../../../src/lib/regions/standing.ts";

const f = (region: string, period: string, value: number, qualifier = "exact", date_basis = "printed"): StandingFigure => ({
  region,
  period,
  date_basis,
  value,
  value_as_printed: `${value}家`,
  qualifier,
});
const peers = (...figures: StandingFigure[]) => {
  const map = new Map<string, StandingFigure[]>();
  for (const figure of figures) map.set(figure.region, [...(map.get(figure.region) ?? []), figure]);
  return map;
};
const provinces = { within: "", noun: "省份" };

describe("a place's standing among its peers", () => {
  it("ranks only figures of the same year: the newest year both the place and a peer have", () => {
    const own = [f("A", "2021-12-31", 244), f("A", "2023-02-02", 250, "exact", "publication")];
    // B's 2022 figure is larger but of another year: never ranked against A's.
    const s = standing(own, peers(f("B", "2022-06-24", 300), f("C", "2021-12-31", 100), f("D", "2021", 200, "exact", "year")));
    expect(s).toEqual({ year: 2021, figures: ["244家"], count: 3, best: 1, worst: 1, tied: false });
    expect(standingText(s!, provinces)).toBe("2021年：244家，在有2021年数字的3个省份中居第1位");
  });

  it("says nothing when no peer has a figure of any year the place has, nor for undated figures", () => {
    expect(standing([f("A", "2021-12-31", 1)], peers(f("B", "2020-12-31", 2)))).toBeUndefined();
    expect(standing([f("A", "", 1, "exact", "none")], peers(f("B", "", 2, "exact", "none")))).toBeUndefined();
  });

  it("a lower bound may be anywhere above its bound: the rank becomes a span, said as such", () => {
    // B printed 超过200: above A's 150 for sure; C printed 超过100: maybe above A, maybe not.
    const s = standing([f("A", "2021", 150, "exact", "year")], peers(f("B", "2021", 200, "more_than"), f("C", "2021", 100, "more_than")))!;
    expect([s.best, s.worst, s.tied]).toEqual([2, 3, false]);
    expect(standingText(s, provinces)).toBe(
      "2021年：150家，在有2021年数字的3个省份中居第2—3位（有的数字只是约数、下限或来源不一致，名次不能再确定）",
    );
    // 超过100 is above an exact 100 for sure; 不少于100 is not.
    expect(standing([f("A", "2021", 100)], peers(f("B", "2021", 100, "more_than")))!.best).toBe(2);
    expect(standing([f("A", "2021", 100)], peers(f("B", "2021", 100, "at_least")))!.worst).toBe(2);
  });

  it("a place whose sources disagree within the year may be anywhere between its figures", () => {
    const s = standing([f("A", "2021-06-30", 90), f("A", "2021-12-31", 130)], peers(f("B", "2021", 100, "exact", "year")))!;
    expect(s.figures).toEqual(["90家", "130家"]);
    expect([s.best, s.worst]).toEqual([1, 2]);
  });

  it("the same exact figure is a shared rank; an approximate one printed alike is not", () => {
    const tie = standing([f("A", "2021", 100)], peers(f("B", "2021", 100), f("C", "2021", 300)))!;
    expect(standingText(tie, { within: "盐城市下辖", noun: "地区" })).toBe("2021年：100家，在盐城市下辖有2021年数字的3个地区中居并列第2位");
    const near = standing([f("A", "2021", 100)], peers(f("B", "2021", 100, "nearly")))!;
    expect([near.best, near.worst, near.tied]).toEqual([1, 2, false]);
  });
});
