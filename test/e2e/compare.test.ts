/**
 * /compare/ in Chromium: a comparison opened from its address draws the rows of the same named
 * queries run by DuckDB on Node over the latest snapshot; changing the choice (with the mouse or
 * the keyboard) rewrites the address, and opening that address draws the same; without
 * JavaScript the page explains itself and links the places' and indicators' pages; the engine is
 * requested only after the page has loaded, and nothing leaves the origin; axe finds nothing
 * serious on the drawn page, on a phone and a desktop.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page, Request } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { chartTable } from "../../src/lib/charts/table.ts";
import { runNamed } from "../../src/lib/server/query.ts";
import { readReleases } from "../../src/lib/server/releases.ts";
import { useBrowser } from "./chromium.ts";

const baseUrl = inject("baseUrl");
const origin = new URL(baseUrl).origin;
const browser = useBrowser();
const latest = readReleases().latest;
const HEAVY = /duckdb|worker|\.wasm|\.parquet|manifest\.json|compare-draw/;

const CHOICE = { regions: "320000,330000,440000,110000", indicator: "national_incubators" };
const address = (choice: { regions: string; indicator: string }) => `compare/?regions=${choice.regions}&indicator=${choice.indicator}`;

interface Watch {
  page: Page;
  requests: Request[];
  errors: string[];
}

async function open(path: string, options: { width?: number; javaScriptEnabled?: boolean } = {}): Promise<Watch> {
  const context = await browser().newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const requests: Request[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => /Content.Security.Policy/i.test(m.text()) && errors.push(m.text()));
  await page.goto(`${baseUrl}${path}`, { waitUntil: "load" });
  return { page, requests, errors };
}

/** Waits until the page says it drew (or failed), and expects that it drew. */
async function drawn(page: Page, before = "") {
  const status = page.locator("#compare-status");
  await expect.poll(async () => ((await status.textContent()) ?? "").replace(before, ""), { timeout: 60_000 }).toMatch(/已画出|未能/);
  expect(await status.textContent()).toMatch(/^已画出/);
}

const tableOf = (page: Page, figure: string) =>
  page.locator(`${figure} tbody tr`).evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)));

async function expectDrawnAsOnNode(page: Page, choice: { regions: string; indicator: string }) {
  const series = await runNamed(latest, "compare_series", choice);
  const newest = await runNamed(latest, "compare_latest", choice);
  expect(series.length).toBeGreaterThan(0);
  expect(await tableOf(page, "#compare-over")).toEqual(chartTable(series, "地区").body);
  expect(await tableOf(page, "#compare-side")).toEqual(chartTable(newest, "地区").body);
  for (const figure of ["#compare-over", "#compare-side"]) {
    const svg = page.locator(`${figure} .chart-svg svg[role="img"]`);
    expect(await svg.count()).toBe(1);
    expect(await svg.isVisible()).toBe(true);
  }
  return { series, newest };
}

describe("comparing places", () => {
  it("from its address: the figures drawn are the rows of the same queries on Node; engine after load; nothing leaves the origin", async () => {
    const { page, requests, errors } = await open(address(CHOICE));
    await drawn(page);
    const { series, newest } = await expectDrawnAsOnNode(page, CHOICE);
    // Every chosen place with a figure is drawn and named in the key; the bars hold each place's latest.
    const text = await page.locator("#compare-over .chart-svg").textContent();
    for (const name of new Set(series.filter((r) => r.period).map((r) => String(r.region_name)))) expect(text).toContain(name);
    expect(newest.map((r) => r.region)).toEqual(CHOICE.regions.split(",").filter((r) => series.some((s) => s.region === r)));
    // Jiangsu's figures disagree: said under the drawing, linked to the explanation.
    expect(await page.locator("#compare-over .chart-disagreement").isVisible()).toBe(true);
    expect(await page.locator('#compare-over .chart-disagreement a[href*="#disagreement-320000-national_incubators"]').count()).toBe(1);
    // The places' own pages are linked.
    expect(await page.locator(".compare-pages a").count()).toBe(4);
    // The engine came from this site, and the module that starts it was asked for only once the
    // page had loaded (the page's own clock: the worker and its wasm come after that module).
    expect(requests.some((r) => /duckdb-eh.*\.wasm$/.test(r.url()))).toBe(true);
    const timing = await page.evaluate(() => {
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const drawing = performance.getEntriesByType("resource").filter((e) => /compare-draw/.test(e.name));
      return { loaded: navigation.loadEventStart, drawing: drawing.map((e) => e.startTime) };
    });
    expect(timing.drawing).toHaveLength(1);
    expect(timing.drawing[0]).toBeGreaterThanOrEqual(timing.loaded);
    expect(requests.map((r) => r.url()).filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("round trip: a changed choice rewrites the address, and that address draws the same", async () => {
    const { page } = await open(address(CHOICE));
    await drawn(page);
    const status = (await page.locator("#compare-status").textContent()) ?? "";
    // Zhejiang out, by the keyboard: focus its box and press the space bar.
    await page.locator('input[name="region"][value="330000"]').focus();
    await page.keyboard.press("Space");
    await drawn(page, status);
    const after = { regions: "320000,440000,110000", indicator: CHOICE.indicator };
    expect(new URL(page.url()).search).toBe(`?regions=${after.regions}&indicator=${after.indicator}`);
    // Another indicator, from its labelled control.
    await page.getByLabel("指标").selectOption("incubators");
    await expect.poll(() => new URL(page.url()).searchParams.get("indicator")).toBe("incubators");
    const changed = { ...after, indicator: "incubators" };
    await expect
      .poll(async () => tableOf(page, "#compare-over"), { timeout: 60_000 })
      .toEqual(chartTable(await runNamed(latest, "compare_series", changed), "地区").body);
    const shown = { over: await tableOf(page, "#compare-over"), side: await tableOf(page, "#compare-side") };

    const reopened = await open(page.url().slice(baseUrl.length));
    await drawn(reopened.page);
    expect(await reopened.page.getByLabel("指标").inputValue()).toBe("incubators");
    const checked = await reopened.page
      .locator('input[name="region"]:checked')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(checked.sort()).toEqual(after.regions.split(",").sort());
    expect(await tableOf(reopened.page, "#compare-over")).toEqual(shown.over);
    expect(await tableOf(reopened.page, "#compare-side")).toEqual(shown.side);
    await expectDrawnAsOnNode(reopened.page, changed);
    await page.context().close();
    await reopened.page.context().close();
  });

  it("an address it cannot draw whole says what it left out, and draws the rest", async () => {
    const { page } = await open("compare/?regions=320000,999999,330000&indicator=national_incubators");
    await drawn(page);
    expect(await page.locator(".compare-chosen").textContent()).toContain("江苏省、浙江省");
    expect(await page.locator(".compare-problems").textContent()).toContain("没有这些地区的数字，已略去：999999");
    await page.context().close();
    const none = await open("compare/?regions=320000&indicator=national_incubators");
    await expect.poll(() => none.page.locator("#compare-status").textContent()).toMatch(/请选择2到8个地区/);
    expect(await none.page.locator("#compare-over").isVisible()).toBe(false);
    await none.page.context().close();
  });

  it("a failed download of the drawing script is said, and the next change loads it", async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let refused = 0;
    await page.route(/compare-draw[^/]*\.js$/, async (route) => (refused++ === 0 ? route.abort("connectionfailed") : route.continue()));
    await page.goto(`${baseUrl}${address(CHOICE)}`);
    await expect.poll(() => page.locator("#compare-status").textContent(), { timeout: 30_000 }).toMatch(/^未能载入画图功能/);
    await page.locator('input[name="region"][value="110000"]').uncheck();
    await drawn(page);
    expect(refused).toBe(2);
    await context.close();
  });

  it("the bare page loads no engine until the reader has chosen", async () => {
    const { page, requests } = await open("compare/");
    await page.waitForTimeout(500);
    expect(requests.map((r) => r.url()).filter((u) => HEAVY.test(u))).toEqual([]);
    expect(await page.locator("form.compare-form").isVisible()).toBe(true);
    await page.context().close();
  });

  it("without JavaScript it explains itself and links the places' and indicators' pages", async () => {
    const { page } = await open(address(CHOICE), { javaScriptEnabled: false });
    expect(await page.locator(".compare-needs-js").isVisible()).toBe(true);
    expect(await page.locator("form.compare-form").isVisible()).toBe(false);
    expect(await page.locator("#compare-over").isVisible()).toBe(false);
    const jiangsu = page.getByRole("link", { name: "江苏省", exact: true });
    expect(await jiangsu.getAttribute("href")).toMatch(/\/regions\/320000\/$/);
    const indicator = page.locator(".compare-static").getByRole("link", { name: "国家级科技企业孵化器", exact: true });
    expect(await indicator.getAttribute("href")).toMatch(/\/data\/indicators\/national_incubators\/$/);
    await page.context().close();
  });

  it("drawn, it has no serious accessibility problem and no sideways scrolling, on a phone and a desktop", async () => {
    for (const width of [390, 1280]) {
      const { page } = await open(address(CHOICE), { width });
      await drawn(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${width} px: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      await page.context().close();
    }
  });
});
