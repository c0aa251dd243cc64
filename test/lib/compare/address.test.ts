/** The comparison page's address (src/lib/compare/address.ts): what it holds, and what it refuses. */
import { describe, expect, it } from "vitest";
import { compareHref, complete, readChoice } from "../../../src/lib/compare/address.ts";

const offered = {
  regions: new Set(["320000", "330000", "440000", "110000", "120000", "130000", "140000", "150000", "210000", "yannan-hi-tech-zone"]),
  indicators: new Set(["national_incubators", "incubators"]),
};

describe("the comparison's address", () => {
  it("round trip: the address written for a choice reads back as that choice, places in the reader's order", () => {
    const choice = { regions: ["330000", "320000", "yannan-hi-tech-zone"], indicator: "national_incubators" };
    const href = compareHref(choice);
    expect(href).toBe("/compare/?regions=330000,320000,yannan-hi-tech-zone&indicator=national_incubators");
    expect(readChoice(new URL(href, "http://x").search, offered)).toEqual({ ...choice, problems: [] });
  });

  it("an empty choice is the bare page", () => {
    expect(compareHref({ regions: [], indicator: "" })).toBe("/compare/");
  });

  it("unknown places and indicators are left out and said; a place twice counts once; more than eight are cut", () => {
    const read = readChoice("?regions=320000,999999,320000,330000&indicator=nonsense", offered);
    expect(read.regions).toEqual(["320000", "330000"]);
    expect(read.indicator).toBe("");
    expect(read.problems).toEqual(["没有这些地区的数字，已略去：999999", "没有可比较的指标“nonsense”"]);
    const many = readChoice(`?regions=${[...offered.regions].join(",")}&indicator=incubators`, offered);
    expect(many.regions).toHaveLength(8);
    expect(many.problems).toEqual(["最多比较8个地区，只取前8个"]);
  });

  it("draws two to eight places with an indicator, nothing less", () => {
    expect(complete({ regions: ["320000"], indicator: "incubators" })).toBe(false);
    expect(complete({ regions: ["320000", "330000"], indicator: "" })).toBe(false);
    expect(complete({ regions: ["320000", "330000"], indicator: "incubators" })).toBe(true);
  });
});
