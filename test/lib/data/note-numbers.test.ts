/** The numbers a note states, as data:check finds them: years, days, codes and ids are not figures. */
import { describe, expect, it } from "vitest";
import { numbersPrinted, numbersStated } from "../../../src/lib/data/note-numbers.ts";

describe("numbersStated", () => {
  it("finds derived and unsourced figures", () => {
    expect(numbersStated("Implies ~735 national incubators nationwide (derived, not printed).")).toEqual(["735"]);
    expect(numbersStated("Consistent with 224 in 2020-04 after +56 (224-56=168).")).toEqual(["224", "56", "224", "56", "168"]);
    expect(numbersStated("781/4069 = 19.2%")).toEqual(["781/4069", "19.2"]);
    expect(numbersStated("Torch statistics give 8 507 maker spaces")).toEqual(["8507"]);
  });

  it("leaves out years, days, spans, codes, ids, issue and document numbers, addresses and dates", () => {
    expect(
      numbersStated(
        "As of 2022-05-05 (江苏双创载体信息 2022年第2期, 总第13期); the plan covers 2023/2025 and 2023-2025; see s-041 and x-009; region 320900; 苏府〔2022〕91号, issued 12月20日; also on sti666.com.",
      ),
    ).toEqual([]);
  });
});

describe("numbersPrinted", () => {
  it("collects every number of the quotes, fractions' parts and spaced thousands", () => {
    const printed = numbersPrinted(["占全国优秀总数的近1/4，全省超过2/5的", "2020年我國眾創空間8 507家", "在孵企业超过4万家"]);
    for (const n of ["1/4", "1", "4", "2/5", "5", "8507", "2020"]) expect(printed.has(n), n).toBe(true);
    expect(printed.has("848")).toBe(false);
  });
});
