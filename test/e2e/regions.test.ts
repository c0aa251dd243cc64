/**
 * Region profiles in Chromium: the order a reader meets them in (the place at a glance, then its
 * charts, every figure last) on a desktop and on a phone, for every region page in the sitemap;
 * the key figures as the data has them; the link to a comparison with the place's peers.
 */
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium.ts";
import { sitemapPaths } from "./sitemap.ts";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
/** Jiangsu: the hard case, with the most figures and charts. */
const JIANGSU = "regions/320000/";

async function open(b: Browser, width: number, javaScriptEnabled = false): Promise<Page> {
  const context = await b.newContext({ viewport: { width, height: width > 800 ? 800 : 844 }, javaScriptEnabled });
  return context.newPage();
}

/** Where each part of the page starts, in px from the top of the document (null when absent). */
const layout = (page: Page) =>
  page.evaluate(() => {
    const top = (selector: string) => {
      const element = document.querySelector(selector);
      return element ? element.getBoundingClientRect().top + window.scrollY : null;
    };
    return {
      glance: top("#glance"),
      keyFigure: top(".key-figure"),
      firstChart: top("main figure.chart"),
      targets: top("#targets"),
      articles: top("#articles"),
      figures: top("#figures"),
      scrollWidth: document.documentElement.scrollWidth,
    };
  });

const regionPaths = async () => (await sitemapPaths(baseUrl)).filter((p) => /\/regions\/[^/]+\/$/.test(p));

describe("region profiles", () => {
  it("on a 1280 × 800 screen every region page shows its first chart within 1200 px, after the key figures and before the full list", async () => {
    const paths = await regionPaths();
    expect(paths.length).toBeGreaterThan(50);
    const page = await open(browser(), 1280);
    const late: string[] = [];
    let charted = 0;
    for (const path of paths) {
      await page.goto(new URL(path, baseUrl).href);
      const at = await layout(page);
      if (at.firstChart === null) continue;
      charted++;
      if (at.firstChart > 1200) late.push(`${path}: first chart at ${Math.round(at.firstChart)} px`);
      if (at.keyFigure !== null) expect(at.keyFigure, path).toBeLessThan(at.firstChart);
      if (at.figures !== null) expect(at.firstChart, path).toBeLessThan(at.figures);
    }
    expect(late).toEqual([]);
    expect(charted).toBeGreaterThan(20);
    await page.context().close();
  });

  it("Jiangsu, the hard case: key figures, then charts, targets and articles, the full list last", async () => {
    const page = await open(browser(), 1280);
    await page.goto(`${baseUrl}${JIANGSU}`);
    const at = await layout(page);
    expect(at.glance).not.toBeNull();
    expect(at.firstChart!).toBeLessThanOrEqual(1200);
    expect(at.glance!).toBeLessThan(at.firstChart!);
    expect(at.firstChart!).toBeLessThan(at.articles!);
    expect(at.articles!).toBeLessThan(at.figures!);
    // The full list is there, grouped and closed: one group per indicator, every figure in it.
    const groups = page.locator("#figures details.figure-group");
    expect(await groups.count()).toBeGreaterThan(20);
    expect(await page.locator("#figures details.figure-group[open]").count()).toBe(0);
    const listed = await page.locator("#figures table.observations tbody tr").count();
    expect(await page.locator("#figures > p.meta").textContent()).toContain(` ${listed} 条`);
    await page.context().close();
  });

  it("on a 390 px phone every region page reads top to bottom: no sideways scrolling, key figures before the full list", async () => {
    const page = await open(browser(), 390);
    const wide: string[] = [];
    for (const path of await regionPaths()) {
      await page.goto(new URL(path, baseUrl).href);
      const at = await layout(page);
      if (at.scrollWidth > 390) wide.push(`${path}: ${at.scrollWidth} px wide`);
      if (at.keyFigure !== null && at.figures !== null) expect(at.keyFigure, path).toBeLessThan(at.figures);
      if (at.firstChart !== null && at.figures !== null) expect(at.firstChart, path).toBeLessThan(at.figures);
    }
    expect(wide).toEqual([]);
    await page.context().close();
  });

  it("a key figure: the latest with its date's basis and source, a disagreeing figure beside it, a standing within one year", async () => {
    const page = await open(browser(), 390);
    await page.goto(`${baseUrl}${JIANGSU}`);
    const card = page.locator(".key-figure", { has: page.getByRole("heading", { name: "国家级科技企业孵化器", exact: true }) });
    const lines = await card.locator(".key-line").allInnerTexts();
    // 244 said to be current on 2023-02-02; 219 from an undated issue disagrees, and is shown too.
    expect(lines[0]).toMatch(/^244家\s*截至2023-02-02（报道日期）/);
    expect(lines.some((l) => /^219家\s*不早于2022-12-30/.test(l))).toBe(true);
    expect(await card.locator(".key-line a").count()).toBeGreaterThan(0);
    expect(await card.locator(".key-disagreement a").getAttribute("href")).toMatch(/\/data\/#disagreement-320000-national_incubators$/);
    expect(await card.locator(".key-standing").textContent()).toMatch(/^2023年：244家，在有2023年数字的\d+个省份中居第1位$/);
    // 超过 stays with its figure.
    expect(await page.locator(".key-figure .key-value").allTextContents()).toContain("超过1100家");
    await page.context().close();
  });

  it("links a comparison with its peers that names the place and an indicator it has", async () => {
    const page = await open(browser(), 1280);
    await page.goto(`${baseUrl}${JIANGSU}`);
    const href = await page.locator(".compare-link a").getAttribute("href");
    const target = new URL(href!, baseUrl);
    expect(target.pathname).toBe(`${new URL(baseUrl).pathname}compare/`);
    const regions = target.searchParams.get("regions")!.split(",");
    expect(regions[0]).toBe("320000");
    expect(regions.length).toBeGreaterThanOrEqual(2);
    expect(regions.length).toBeLessThanOrEqual(8);
    expect(target.searchParams.get("indicator")).toBe("national_incubators");
    await page.context().close();
  });
});
