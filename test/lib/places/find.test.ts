import { describe, expect, it } from "vitest";
import { findPlaces } from "../../helpers/importer.ts";

describe("PlaceFinder", () => {
  it("finds cities by full and short names, and home-province counties by short name", () => {
    expect(findPlaces("太仓大力推进多层次科创孵化载体建设")).toEqual(["320585"]);
    expect(findPlaces("南京高新区发布实施细则")).toEqual(["320100", "nanjing-hi-tech-zone"]);
  });
  // Regression: 合作 (a common word) was read as 合作市 in Gansu.
  it("does not read a common word as a distant county's short name", () => {
    expect(findPlaces("开展国际合作交流")).toEqual([]);
  });
  it("takes a recurring county name only beside its city or province", () => {
    expect(findPlaces("朝阳区")).toEqual([]);
    expect(findPlaces("北京市朝阳区")).toEqual(["110000", "110105"]);
  });
});
