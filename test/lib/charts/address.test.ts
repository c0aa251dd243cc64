/** Charts' choices in the page's address (src/lib/charts/address.ts). */
import { describe, expect, it } from "vitest";
import { chartHash, formatChartHash, parseChartHash } from "../../../src/lib/charts/address.ts";

describe("a chart's choices in the address", () => {
  it("writes each chart's choices readably and reads them back", () => {
    const states = new Map<string, Record<string, string>>([
      ["chart-peers-latest-f181fcbf", { indicator: "provincial_plus_incubators", until: "2021-12-31" }],
      ["chart-region-series-0a1b2c3d", { indicators: "maker_spaces,provincial_plus_maker_spaces" }],
    ]);
    const hash = formatChartHash(states);
    expect(hash).toBe(
      "#chart-peers-latest-f181fcbf:indicator=provincial_plus_incubators&until=2021-12-31;chart-region-series-0a1b2c3d:indicators=maker_spaces,provincial_plus_maker_spaces",
    );
    expect(parseChartHash(hash)).toEqual(states);
  });

  it("names no chart left as built, encodes what would break the form, and keeps empty values", () => {
    expect(formatChartHash(new Map([["chart-a", {}]]))).toBe("");
    const odd = new Map([["chart-a", { q: "a&b=c;d #e", level: "" }]]);
    expect(parseChartHash(formatChartHash(odd))).toEqual(odd);
    expect(chartHash("chart-a")).toBe("#chart-a");
    expect(chartHash("chart-a", { snapshot: "2026-11-23" })).toBe("#chart-a:snapshot=2026-11-23");
  });

  it("leaves aside what is no chart's: a plain anchor, an empty hash, a stray percent sign", () => {
    expect(parseChartHash("#main")).toEqual(new Map());
    expect(parseChartHash("")).toEqual(new Map());
    expect(parseChartHash("#chart-a:indicator=100%")).toEqual(new Map([["chart-a", { indicator: "100%" }]]));
  });
});
