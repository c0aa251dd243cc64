/** A chart as a picture that stands alone (src/lib/charts/picture.ts). */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { standaloneSvg, textWidth, wrap } from "../../../src/lib/charts/picture.ts";

const text = {
  title: "江苏省科技企业孵化器：各口径分列，不相加",
  when: "数据时间：2015-12-31 至 2022-12-30；快照 2026-12-01",
  notes: ["来源不一致：江苏省国家级科技企业孵化器"],
  sources: "来源：江苏省科学技术厅（2023-01-05）；新华日报",
  credit: "双创载体信息 · https://example.org/charts/chart-x/",
};

describe("a chart's picture", () => {
  it("wraps Chinese text between characters to the width given", () => {
    expect(textWidth("孵化器", 12)).toBe(36);
    expect(textWidth("ab", 10)).toBeCloseTo(11.2);
    const lines = wrap("一二三四五六七八九十", 10, 35);
    expect(lines).toEqual(["一二三", "四五六", "七八九", "十"]);
  });

  it("draws the title, the key, the drawing, the dates, notes, sources and credit, as an SVG file", () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><figure class="plot-1-figure"><div class="plot-1-swatches"><span class="plot-1-swatch"><svg fill="#4e79a7" width="15" height="15"></svg>国家级</span></div>' +
        '<svg class="plot-1" role="img" width="640" height="300" viewBox="0 0 640 300"><text>1&nbsp;000</text><g aria-label="tip"></g></svg></figure></body></html>',
    );
    const drawing = document.body.firstElementChild!;
    const picture = standaloneSvg(drawing as unknown as Element, text);
    expect(picture.width).toBe(640);
    expect(picture.height).toBeGreaterThan(300 + 100);
    expect(picture.markup).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="\d+"/);
    for (const t of [text.title, "国家级", text.when, text.notes[0]!, "江苏省科学技术厅", text.credit]) expect(picture.markup).toContain(t);
    expect(picture.markup).toContain('fill="#4e79a7"');
    // XML, not HTML: no &nbsp;; pointer tips left out; the drawing itself unchanged.
    expect(picture.markup).not.toContain("&nbsp;");
    expect(picture.markup).not.toContain('aria-label="tip"');
    expect(drawing.querySelector('[aria-label="tip"]')).not.toBeNull();
    const xml = new (parseHTML("").DOMParser)().parseFromString(picture.markup, "image/svg+xml");
    expect(xml.querySelectorAll("text").length).toBeGreaterThan(5);
  });
});
