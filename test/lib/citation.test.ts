/** Citing a source: linked where a reader may follow it, with what the reader must know of the copy. */
import { describe, expect, it } from "vitest";
import { citeAll, citeSource, sourceFromRow } from "../../src/lib/citation.ts";

// Synthetic sources, made up for this test.
const external = {
  id: "x-example",
  kind: "external",
  title: "示例报道",
  publisher: "示例网",
  date: "2021-04-14",
  url: "http://copy.example.com/a.html",
  copy: "repost",
  original_publisher: "示例日报",
  caution: "",
};

describe("citing a source", () => {
  it("an article or policy links to its page here; an external original to its URL", () => {
    expect(citeSource({ id: "series/2022-02/01-a", kind: "article", content_id: "series/2022-02/01-a", title: "文章" })).toEqual({
      text: "文章",
      href: "/issues/series/2022-02/01-a/",
    });
    expect(citeSource({ id: "policy:p", kind: "policy", content_id: "policy:p", title: "政策" }).href).toBe("/policies/p/");
    expect(citeSource({ ...external, copy: "original" })).toEqual({ text: "示例报道", href: external.url });
  });

  it("a copy says it is one, naming the original publisher", () => {
    expect(citeSource(external)).toEqual({ text: "示例报道（转载，原发布：示例日报）", href: external.url });
  });

  it("a copy on a spam site is never linked: the original publisher and date are named", () => {
    const cited = citeSource({ ...external, caution: "spam_domain" });
    expect(cited.href).toBeUndefined();
    expect(cited.text).toBe("示例报道（原发布：示例日报，2021-04-14；所见转载网站不可靠，不提供链接）");
  });

  it("an unofficial domain is named as such, a machine translation says so, no URL means no link", () => {
    expect(citeSource({ ...external, copy: "original", caution: "unofficial_domain" })).toEqual({
      text: "示例报道（见于 copy.example.com，非官方网站）",
      href: external.url,
    });
    expect(citeSource({ ...external, copy: "translation", original_publisher: "", caution: "machine_translation" }).text).toBe(
      "示例报道（转载；机器翻译）",
    );
    const noUrl = citeSource({ ...external, copy: "original", url: "", caution: "no_url" });
    expect(noUrl).toEqual({ text: "示例报道（示例网，2021-04-14）", href: undefined });
    expect(citeSource({ ...external, caution: "spam_domain|machine_translation" }).text).toContain("机器翻译");
  });

  it("from a chart query's row: the kind from the id; an old snapshot's external page is named, not linked", () => {
    const row = {
      source: "x-example",
      source_title: "示例报道",
      source_url: external.url,
      source_copy: "original",
      source_caution: null,
      date_basis: "printed",
    };
    expect(citeSource(sourceFromRow(row))).toEqual({ text: "示例报道", href: external.url });
    expect(citeSource(sourceFromRow({ ...row, source_caution: "spam_domain" })).href).toBeUndefined();
    // A snapshot released before caution existed: whether the page is safe to link is not known.
    expect(citeSource(sourceFromRow({ ...row, date_basis: null })).href).toBeUndefined();
    expect(sourceFromRow({ source: "policy:p", source_title: "政策" }).kind).toBe("policy");
    expect(citeSource(sourceFromRow({ source: "series/2022-02/01-a", source_title: "文章" })).href).toBe("/issues/series/2022-02/01-a/");
  });
});

describe("citing every source of a chart", () => {
  it("cites the known ones by id and leaves the unknown to the rows", () => {
    const sources = new Map([["x-example", { ...external, caution: "spam_domain" }]]);
    expect(citeAll(["x-example", "x-unknown"], sources)).toEqual({
      "x-example": { text: "示例报道（原发布：示例日报，2021-04-14；所见转载网站不可靠，不提供链接）", href: undefined },
    });
  });
});

describe("a source known only from a chart's row", () => {
  it("links an article by its content path, and never an id of no known form", () => {
    expect(citeSource(sourceFromRow({ source: "s/2022-01/01-a", source_title: "合成文章" })).href).toBe("/issues/s/2022-01/01-a/");
    expect(citeSource(sourceFromRow({ source: "s-unknown", source_title: "未知来源" }))).toEqual({ text: "未知来源" });
  });
});
