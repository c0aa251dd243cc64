/**
 * The data pages in Chromium: downloads that match their checksums, figures shown with their
 * qualifiers and sources, and disagreeing figures kept side by side.
 */
import { createHash } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium.ts";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("the data pages", () => {
  it("offer every table of the latest snapshot, and each download matches its checksum", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}data/`);
    const rows = page.locator("table").first().locator("tbody tr");
    expect(await rows.count()).toBe(7);
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      const href = await row.getByRole("link", { name: "Parquet" }).getAttribute("href");
      const bytes = Buffer.from(await (await fetch(new URL(href!, baseUrl))).arrayBuffer());
      expect(bytes.subarray(0, 4).toString()).toBe("PAR1");
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(await row.locator("code").textContent());
    }
    expect(await page.locator("pre.citation").first().textContent()).toMatch(/\[DS\/OL\]/);
    expect(await page.locator("pre.citation").nth(1).textContent()).toMatch(/^@misc\{/);
  });

  it("show the coverage before querying: every province a row, gaps marked, counts linked to indicators", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}data/`);
    const provinces = page.locator("table.coverage").nth(1);
    // The country and every province-level division GB/T 2260 lists (34: Taiwan, Hong Kong and
    // Macau included), with or without figures.
    const rows = provinces.locator("tbody tr");
    expect(await rows.count()).toBe(35);
    expect(await rows.first().locator("th").textContent()).toBe("全国");
    const jiangsu = rows.filter({ has: page.getByRole("link", { name: "江苏省", exact: true }) });
    expect(await jiangsu.locator("td").first().textContent()).toMatch(/^\d{4}$/);
    expect(await provinces.locator("td.gap").count()).toBeGreaterThan(0);
    const byYear = page.locator("table.coverage").first();
    const national = byYear.locator("tbody tr", { has: page.getByRole("link", { name: "国家级科技企业孵化器", exact: true }) });
    expect(Number(await national.locator("td").first().textContent())).toBeGreaterThan(1);
  });

  it("announce every release in a feed of their own, newest first, each item linking its changelog", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}data/`);
    const href = await page.locator('link[rel="alternate"][href$="data/releases.xml"]').getAttribute("href");
    const items = await page.evaluate(async (url) => {
      const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), "application/xml");
      if (xml.querySelector("parsererror")) throw new Error(`${url} is not well-formed XML`);
      return [...xml.querySelectorAll("channel > item")].map((item) => ({
        title: item.querySelector("title")?.textContent,
        link: item.querySelector("link")?.textContent ?? "",
        description: item.querySelector("description")?.textContent ?? "",
      }));
    }, new URL(href!, baseUrl).href);
    const releases = JSON.parse(await (await fetch(`${baseUrl}data/releases.json`)).text()) as { releases: { id: string }[] };
    expect(items.map((i) => i.title)).toEqual([...releases.releases].reverse().map((r) => `数据快照 ${r.id}`));
    for (const item of items) {
      const id = new URL(item.link).hash.slice(1);
      expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    }
    // The second release's item carries its changelog in counts; the first has none to carry.
    expect(items.at(-2)!.description).toMatch(/observations：新增 \d+，修改 \d+，删除 \d+，新列 date_basis、target_type/);
    expect(items.at(-1)!.description).toContain("首个快照");
  });

  it("list the rows a release changed, with old and new values and the reason", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}data/#release-2026-12-01`);
    const observations = page.locator("#release-2026-12-01 details.changes", { hasText: /^observations/ });
    await observations.locator("summary").click();
    // s-038 (219, the late-2022 issue) now rests on the earliest date its undated issue can have.
    const row = observations.locator("li", { has: page.locator("code", { hasText: /^s-038$/ }) }).first();
    expect(await row.innerText()).toMatch(/修改/);
    const removed = observations.locator("li", { has: page.locator("code", { hasText: /^x-080$/ }) }).first();
    expect(await removed.innerText()).toMatch(/删除[\s\S]*unidentified publisher/);
  });

  it("a chart whose figures disagree says so and links the list of disagreeing figures, where each has its note", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}issues/jiangsu-shuangchuang/2022-02/02-wo-sheng-guo-jia-ji-fu/`);
    const link = page.locator('figure.chart a[href*="#disagreement-320000-national_incubators"]').first();
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(/\/data\/#disagreement-320000-national_incubators$/);
    const entry = page.locator('[id="disagreement-320000-national_incubators"]');
    const text = await entry.innerText();
    expect(text).toContain("244家");
    expect(text).toContain("219家（不早于2022-12-30");
    expect(await entry.locator("li p.meta").count()).toBe(await entry.locator("li").count());
  });

  it("show both of two disagreeing figures, with qualifiers and linked sources", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}data/indicators/national_incubators/`);
    const jiangsu = page.locator("tbody tr", { has: page.getByRole("link", { name: "江苏省", exact: true }) });
    const values = await jiangsu.locator("td.num").allTextContents();
    expect(values).toContain("244家");
    expect(values).toContain("219家");
    const sources = await jiangsu.locator("td:last-child a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(sources.some((h) => h?.includes("/issues/jiangsu-shuangchuang/2022-02/"))).toBe(true);
    expect(sources.some((h) => h?.includes("/issues/jiangsu-shuangchuang/late-2022/"))).toBe(true);
  });

  it("keep a printed qualifier with its figure", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}data/indicators/incubators/`);
    expect(await page.locator("td.num").allTextContents()).toContain("超过1000家");
  });

  it("list a county's targets on its region page", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}regions/320981/`);
    // Every figure is listed last, one collapsed group per indicator.
    const text = (await page.locator("#figures").textContent()) ?? "";
    expect(text).toContain("新增科创飞地数");
    // Each target says what kind it is: 到2025年, 2023—2025年每年 or 2023—2025年累计.
    expect(text).toMatch(/目标（(到\d{4}年|\d{4}—\d{4}年(每年|累计)|\d{4}年度)）/);
  });

  it("draws charts at build time, whole with JavaScript off, with their data as a table", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}regions/320000/`);
    const chart = page.locator("figure.chart").first();
    const svg = chart.locator('.chart-wide svg[role="img"]');
    expect(await svg.getAttribute("aria-label")).toContain("江苏省科技企业孵化器");
    expect(await svg.boundingBox()).not.toBeNull();
    // The figure printed as 超过1000家 is drawn as a hollow point and listed with its qualifier.
    expect(await chart.locator("details table").textContent()).toContain("超过1000家");
    await context.close();
  });
});
