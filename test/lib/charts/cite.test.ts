/** How a chart is cited (src/lib/charts/cite.ts). */
import { describe, expect, it } from "vitest";
import { chartBibtex, chartGbt7714 } from "../../../src/lib/charts/cite.ts";

const input = {
  title: "江苏各设区市国家级科技企业孵化器：各地最新的数字（各年份；灰色为无数据）",
  url: "https://example.org/charts/chart-peers-latest-f181fcbf/",
  snapshot: "2026-12-01",
  released: "2026-12-01",
  snapshotUrl: "https://example.org/data/2026-12-01/",
  accessed: "2026-12-01",
};

describe("citing a chart", () => {
  it("in GB/T 7714: an online resource naming its snapshot", () => {
    expect(chartGbt7714(input)).toBe(
      "双创载体信息. 江苏各设区市国家级科技企业孵化器：各地最新的数字（各年份；灰色为无数据）（数据：双创载体统计数据集，快照 2026-12-01）[EB/OL]. (2026-12-01)[2026-12-01]. https://example.org/charts/chart-peers-latest-f181fcbf/.",
    );
  });

  it("in BibTeX: keyed by the chart's id, the snapshot in the note, TeX's special characters escaped", () => {
    const entry = chartBibtex("chart-peers-latest-f181fcbf", { ...input, title: "50% of {x} & y_z" });
    expect(entry).toMatch(/^@misc\{shuangchuang_chart_peers_latest_f181fcbf,$/m);
    expect(entry).toContain("title = {50\\% of \\{x\\} \\& y\\_z},");
    expect(entry).toContain("note = {数据：双创载体统计数据集，快照 2026-12-01, https://example.org/data/2026-12-01/},");
    expect(entry).toContain("year = {2026},");
  });
});
