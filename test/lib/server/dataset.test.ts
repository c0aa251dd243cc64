import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/lib/server/dataset.ts";

const header = "region,indicator,period,value,value_as_printed,qualifier,quote,url,page_title,publisher,published_date,source_type,note";

describe("loadDataset: stored copies of external pages", () => {
  let root = "";
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("reads every CSV in data/external/ and gathers one page's passages by URL", () => {
    root = mkdtempSync(join(tmpdir(), "dataset-"));
    mkdirSync(join(root, "data/external"), { recursive: true });
    writeFileSync(
      join(root, "data/external/external-figures.csv"),
      `${header}\n全国,x,2020,1,1家,exact,第一段1家。,https://a.example/1,,,,original,\n`,
    );
    writeFileSync(
      join(root, "data/external/province-figures.csv"),
      `${header},caution\n全国,x,2020,2,2家,exact,第二段2家。,https://a.example/1,,,,original,,\n江苏省,x,2020,3,3家,exact,别页3家。,https://b.example/2,,,,original,,\n湖南省,x,2022,4,4家,exact,无址4家。,,,,,original,,no_url\n`,
    );
    writeFileSync(join(root, "data/external/README.txt"), "not a copy");
    const { texts } = loadDataset(root);
    expect(texts.external("https://a.example/1")).toBe("第一段1家。\n第二段2家。");
    expect(texts.external("https://b.example/2")).toBe("别页3家。");
    // A passage stored without an address is not reachable under an empty URL.
    expect(texts.external("")).toBeUndefined();
    expect(texts.external("https://c.example/3")).toBeUndefined();
  });
});
