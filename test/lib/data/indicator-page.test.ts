import { describe, expect, it } from "vitest";
import { indicatorPage } from "../../../src/lib/data/indicator-page.ts";
import type { Indicator, Observation } from "../../../src/lib/data/tables.ts";

const indicator = {
  id: "national_incubators",
  name_zh: "国家级科技企业孵化器",
  name_en: "National-level incubators",
  unit: "家",
  carrier: "incubator",
  level: "national",
  measure: "stock",
  definition: "Incubators recognised by MOST.",
} as Indicator;

const figure = {
  id: "s-001",
  region: "320000",
  indicator: "national_incubators",
  period: "2021-12-31",
  date_basis: "printed",
  kind: "actual",
  value: "244",
  value_as_printed: "244家",
  qualifier: "",
  source: "x-001",
  quote: "截至2021年底，全省国家级科技企业孵化器244家。",
} as unknown as Observation;

describe("an indicator's page", () => {
  const context = {
    places: new Map([["320000", { id: "320000", name: "江苏省", level: "province", parent: "" } as never]]),
    indicators: new Map([[indicator.id!, indicator]]),
    sources: new Map(),
  };

  it("says what the indicator counts in the tables' own labels", () => {
    const page = indicatorPage(indicator, [figure], context);
    expect(page.title).toBe("国家级科技企业孵化器");
    // The label of measure=stock comes from tables.ts, not from a second map on the page.
    expect(page.facts.find((f) => f.term === "口径")?.detail).toBe("存量（某一时点）");
    expect(page.caption).toBe("国家级科技企业孵化器：全部数据（1 条）");
  });

  it("lists every figure by place, linked, with its source id when the dataset does not know the source", () => {
    const [row] = indicatorPage(indicator, [figure], context).rows;
    expect(row?.name).toEqual({ href: expect.stringMatching(/\/regions\/320000\/$/), text: "江苏省" });
    expect(row?.value).toBe("244家");
    expect(row?.source).toEqual({ text: "x-001", href: undefined });
  });
});
