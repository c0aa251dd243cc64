/**
 * SVG snapshots of every chart spec, drawn from fixed fixtures (synthetic figures, made up for
 * these tests). Numbers are rounded and Plot's generated ids renumbered so that snapshots change
 * only when the drawing does; on a mismatch the new drawing is written beside the expected one as
 * *-changed.svg for a reviewer to compare.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderSvg, type PlotOptions } from "../../../src/lib/charts/render.ts";
import { seriesOverTime } from "../../../src/lib/charts/series-over-time.ts";
import { jiangsuTileGrid } from "../../../src/lib/charts/tile-grid.ts";

function normalise(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/plot-[0-9a-f]{6}/g, (id) => {
      if (!ids.has(id)) ids.set(id, `plot-${ids.size + 1}`);
      return ids.get(id)!;
    })
    .replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, ">\n<");
}

function snapshot(name: string, options: PlotOptions) {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = normalise(renderSvg(options, document as unknown as Document, name)) + "\n";
  const expected = new URL(`../../output/charts/${name}.svg`, import.meta.url);
  const changed = new URL(`../../output/charts/${name}-changed.svg`, import.meta.url);
  if (!existsSync(expected)) {
    writeFileSync(expected, svg);
    if (process.env.CI === "true") throw new Error(`missing snapshot ${expected.pathname} (written now; commit it after review)`);
    return svg;
  }
  if (readFileSync(expected, "utf8") !== svg) writeFileSync(changed, svg);
  else rmSync(changed, { force: true });
  expect(svg).toBe(readFileSync(expected, "utf8"));
  return svg;
}

// Synthetic fixture rows: not figures from any source.
const series = [
  { period: "2015-12-31", value: 500, qualifier: "exact", series: "孵化器（纳入统计的各类）" },
  { period: "2018-12-31", value: 800, qualifier: "exact", series: "孵化器（纳入统计的各类）" },
  { period: "2022-05-05", value: 1000, qualifier: "more_than", series: "孵化器（纳入统计的各类）" },
  { period: "2016-12-31", value: 100, qualifier: "exact", series: "国家级孵化器" },
  { period: "2021-12-31", value: 200, qualifier: "exact", series: "国家级孵化器" },
];

describe("chart specs", () => {
  it("series over time: scopes apart, lower bounds hollow", () => {
    const svg = snapshot("series-over-time", seriesOverTime(series, { unit: "家" }));
    expect(svg).toContain("国家级孵化器");
    // One hollow point: the figure printed as 超过.
    expect(svg.match(/fill="white"/g)).toHaveLength(1);
  });

  it("Jiangsu tile grid: 13 cities, missing data shown as such", () => {
    const svg = snapshot(
      "jiangsu-tile-grid",
      jiangsuTileGrid(
        [
          { region: "320500", value: 60, value_as_printed: "60家" },
          { region: "320100", value: 40, value_as_printed: "40家" },
          { region: "320900", value: 10, value_as_printed: "10家" },
        ],
        { label: "示例指标（家）" },
      ),
    );
    for (const city of ["徐州", "连云港", "宿迁", "淮安", "盐城", "扬州", "泰州", "南通", "南京", "镇江", "常州", "无锡", "苏州"])
      expect(svg).toContain(city);
    expect(svg.match(/无数据/g)).toHaveLength(10);
  });

  it("leaves no aria-label on plain <g> elements (axe: aria-prohibited-attr)", () => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const svg = renderSvg(seriesOverTime(series, { unit: "家" }), document as unknown as Document, "测试");
    expect(svg).not.toMatch(/<g[^>]*aria-label/);
    // Nothing the Content-Security-Policy (style-src 'self') would refuse.
    expect(svg).not.toMatch(/<style|style="/);
    expect(svg).toMatch(/<svg[^>]*role="img"[^>]*aria-label="测试"|<svg[^>]*aria-label="测试"[^>]*role="img"/);
  });
});
