import { describe, expect, it } from "vitest";
import { chartListEntries } from "../../../src/lib/charts/chart-list.ts";

describe("the list of charts", () => {
  it("puts charts that share a caption in one entry, each linked by the page it is drawn on", () => {
    const peer = "国家级科技企业孵化器（实际数）：各省份最新的数字（各年份）";
    const entries = chartListEntries([
      { href: "/charts/b/", caption: peer, usedOn: [{ href: "/regions/130000/", title: "河北省" }] },
      { href: "/charts/c/", caption: "江苏各设区市众创空间：各地最新的数字", usedOn: [{ href: "/regions/", title: "地区" }] },
      {
        href: "/charts/a/",
        caption: peer,
        usedOn: [
          { href: "/regions/620000/", title: "甘肃省" },
          { href: "/x/", title: "一篇文章" },
        ],
      },
    ]);
    expect(entries.map((e) => e.caption)).toEqual([peer, "江苏各设区市众创空间：各地最新的数字"]);
    expect(entries[0]!.charts).toEqual([
      { href: "/charts/a/", label: "甘肃省、一篇文章" },
      { href: "/charts/b/", label: "河北省" },
    ]);
    expect(entries[1]!.charts).toEqual([{ href: "/charts/c/", label: "地区" }]);
  });
});
