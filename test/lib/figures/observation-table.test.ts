/** Tables of figures and their source links (src/lib/figures/), on synthetic rows made up for this test. */
import { describe, expect, it } from "vitest";
import { observationTable } from "../../../src/lib/figures/observation-table.ts";
import { sourceLink } from "../../../src/lib/figures/source-link.ts";

const sources = new Map([
  [
    "copy",
    { id: "copy", kind: "external", title: "合成转载页", url: "https://example.org/c", copy: "repost", original_publisher: "合成原发布者" },
  ],
  ["orig", { id: "orig", kind: "external", title: "合成原文", url: "https://example.org/o", copy: "original" }],
  ["art", { id: "art", kind: "article", content_id: "s/2022-01/01-a", title: "合成文章" }],
]);

describe("source links", () => {
  it("link an article to its page and an external source to its address", () => {
    expect(sourceLink("art", sources)).toEqual({ href: "/issues/s/2022-01/01-a/", title: "合成文章", label: "合成文章" });
    expect(sourceLink("orig", sources)).toEqual({ href: "https://example.org/o", title: "合成原文", label: "合成原文" });
  });

  it("say when what was read is a copy, with the original publisher", () => {
    expect(sourceLink("copy", sources).label).toBe("合成转载页（转载，原发布：合成原发布者）");
  });

  it("name an unknown source by its id, unlinked", () => {
    expect(sourceLink("nope", sources)).toEqual({ title: "nope", label: "nope" });
  });
});

describe("a table of figures", () => {
  const row = (region: string, indicator: string, period: string, extra: Record<string, string> = {}) => ({
    region,
    indicator,
    period,
    kind: "actual",
    value_as_printed: "100家",
    qualifier: "more_than",
    source: "copy",
    quote: "合成引文",
    note: "",
    ...extra,
  });
  const context = {
    places: new Map([["320000", { id: "320000", name: "江苏省", kind: "province", parent: "" }]]),
    indicators: new Map([["incubators", { id: "incubators", name_zh: "科技企业孵化器" }]]),
    sources,
  };

  it("on a place's page: rows by indicator then period, the qualifier shown, the copy said", () => {
    const rows = observationTable(
      [
        row("320000", "incubators", "2022-05-05"),
        row("320000", "incubators", "2015-12-31", { kind: "target", target_year: "2025", note: "合成说明" }),
      ],
      "indicator",
      context,
    );
    expect(rows.map((r) => r.period)).toEqual(["2015-12-31", "2022-05-05"]);
    expect(rows[0]).toEqual({
      name: { href: "/data/indicators/incubators/", text: "科技企业孵化器" },
      period: "2015-12-31",
      kind: "目标（2025年）",
      value: "超过100家",
      source: { href: "https://example.org/c", title: "合成转载页", label: "合成转载页（转载，原发布：合成原发布者）" },
      quote: "合成引文",
      note: "合成说明",
    });
    expect(rows[1]!.kind).toBe("实际");
    expect(rows[1]!.note).toBeUndefined();
  });

  it("on an indicator's page: rows name the place, or its code when the place is unknown", () => {
    const rows = observationTable([row("320000", "incubators", "2022"), row("999999", "incubators", "2021")], "region", context);
    expect(rows.map((r) => r.name)).toEqual([
      { href: "/regions/320000/", text: "江苏省" },
      { href: "/regions/999999/", text: "999999" },
    ]);
  });
});
