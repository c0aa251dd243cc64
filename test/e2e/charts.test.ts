/**
 * Charts in a real browser: drawn at build time (there with JavaScript off), interactive on
 * demand (nothing heavy loads before the reader acts), redrawn for the chart's own choices from
 * the rows the build ran (no engine), and for any other choice with the rows of the chart's query
 * run by DuckDB-WASM over the released snapshot, downloadable as CSV, and never a request to
 * another origin. The expected rows come from the same named query run by DuckDB on Node, for
 * both paths.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import type { Page, Request } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { chartTable } from "../../src/lib/charts/table.ts";
import { runNamed } from "../../src/lib/server/query.ts";
import { readReleases } from "../../src/lib/server/releases.ts";
import { useBrowser } from "./chromium.ts";

const baseUrl = inject("baseUrl");
const origin = new URL(baseUrl).origin;
const outDir = new URL(`../../${process.env.OUT_DIR ?? "dist"}/`, import.meta.url);
const browser = useBrowser();

/** The Jiangsu page: a line chart over time and the 13-city tile grid, both with controls. */
const JIANGSU = "regions/320000/";
/** Anything that belongs to the interactive half: engine, worker, wasm, data, chart module, rows built ahead. */
const HEAVY = /duckdb|worker|\.wasm|\.parquet|manifest\.json|chart-interactive|engine|\/charts\/.*\.json/;
/** What only the engine loads: DuckDB, its worker and wasm, parquet-wasm, the snapshot's files. */
const ENGINE = /duckdb|worker|\.wasm|\.parquet|manifest\.json|\/engine\./;
/** The latest release: the snapshot region pages' charts are drawn from. */
const latest = readReleases().latest;

/** The Jiangsu tile grid's query: peers_latest for Jiangsu's cities. */
const jiangsuCities = (indicator: string, until = "") =>
  runNamed(latest, "peers_latest", { indicator, parent: "320000", level: "city", kind: "actual", until, year: "" });

interface Watch {
  page: Page;
  requests: Request[];
  violations: string[];
}

async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Watch> {
  const context = await browser().newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1000, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const requests: Request[] = [];
  const violations: string[] = [];
  page.on("request", (r) => requests.push(r));
  page.on("console", (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
  page.on("pageerror", (e) => violations.push(`page error: ${e.message}`));
  await page.goto(`${baseUrl}${path}`, { waitUntil: "load" });
  return { page, requests, violations };
}

/** The tile grid's figure: it has the indicator control. */
const tileGrid = (page: Page) =>
  page
    .locator("figure[data-chart]")
    .filter({ has: page.locator('select[name="indicator"]') })
    .first();

async function choose(page: Page, value: string, name = "indicator") {
  const figure = tileGrid(page);
  const status = figure.locator(".chart-status");
  // Emptied first: two redraws can say the same words.
  await status.evaluate((el) => (el.textContent = ""));
  await figure.locator(`select[name="${name}"]`).selectOption(value);
  await expect.poll(async () => (await status.textContent()) ?? "", { timeout: 60_000 }).toMatch(/已更新|未能更新/);
  expect(await status.textContent()).toMatch(/^已更新/);
  return figure;
}

/** The table a figure shows, as text. */
const shownTable = (page: Page) =>
  tileGrid(page)
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)));

describe("charts", () => {
  beforeAll(() => {
    expect(browser()).toBeDefined();
  });

  it("with JavaScript off, every chart is there as SVG, with its data table, and no controls", async () => {
    const { page } = await open(JIANGSU, { javaScriptEnabled: false });
    const figures = page.locator("figure[data-chart]");
    expect(await figures.count()).toBeGreaterThanOrEqual(2);
    for (const figure of await figures.all()) {
      expect(await figure.locator('.chart-wide svg[role="img"]').isVisible()).toBe(true);
      expect(await figure.locator(".chart-controls").isVisible()).toBe(false);
      expect(await figure.locator("tbody tr").count()).toBeGreaterThan(0);
    }
    await page.context().close();
  });

  it("on a phone, the narrow drawing is the one shown", async () => {
    const { page } = await open(JIANGSU, { javaScriptEnabled: false, width: 360 });
    const figure = page.locator("figure[data-chart]").first();
    expect(await figure.locator('.chart-narrow svg[role="img"]').isVisible()).toBe(true);
    expect(await figure.locator('.chart-wide svg[role="img"]').isVisible()).toBe(false);
    expect(await figure.locator('.chart-narrow svg[role="img"]').getAttribute("width")).toBe("340");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it("before any interaction, no engine, worker, wasm or data is requested, and the page's script fits in 10 KB gzipped", async () => {
    const { page, requests } = await open(JIANGSU);
    await page.waitForTimeout(500);
    expect(requests.map((r) => r.url()).filter((u) => HEAVY.test(u))).toEqual([]);
    const scripts = requests.filter((r) => r.resourceType() === "script").map((r) => new URL(r.url()).pathname);
    expect(scripts.length).toBeGreaterThan(0);
    const base = new URL(baseUrl).pathname;
    const gzipped = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(new URL(path.slice(base.length), outDir))).length, 0);
    expect(gzipped).toBeLessThanOrEqual(10 * 1024);
    await page.context().close();
  });

  it("the first change of the chart's own choice redraws at once from the rows the build ran: no engine, the same rows as Node's", async () => {
    const { page, requests, violations } = await open(JIANGSU);
    const figure = await choose(page, "provincial_plus_incubators");
    expect(await figure.locator(".chart-status").textContent()).toContain("未启动数据引擎");
    // The caption names what is shown now.
    expect(await figure.locator(".chart-caption").textContent()).toBe(
      "江苏各设区市省级以上科技企业孵化器：各地最新的数字（各年份；灰色为无数据）",
    );
    const expected = chartTable(await jiangsuCities("provincial_plus_incubators"));
    expect(expected.body.length).toBeGreaterThan(0);
    expect(await shownTable(page)).toEqual(expected.body);
    // The drawing is new: one SVG, drawn at the figure's width, naming each city with a figure.
    const svg = figure.locator('.chart-svg svg[role="img"]');
    expect(await svg.count()).toBe(1);
    const text = await svg.textContent();
    for (const [label] of expected.body) expect(text).toContain(label!.replace(/市$/, ""));
    // Its rows came from beside the chart's page; no engine, worker, wasm or snapshot was asked for.
    const urls = requests.map((r) => r.url());
    expect(urls.some((u) => /\/charts\/chart-[a-z-]+-[0-9a-f]{8}\/[0-9a-f]{8}\.json$/.test(u))).toBe(true);
    expect(urls.filter((u) => ENGINE.test(u))).toEqual([]);
    expect(urls.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it("a choice the build did not run (two controls changed) starts the engine, whose rows equal Node's, all from this origin", async () => {
    const { page, requests, violations } = await open(JIANGSU);
    await choose(page, "provincial_plus_incubators");
    const years = await tileGrid(page)
      .locator('select[name="until"] option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    // A year whose figures the Node engine finds, so that the comparison compares something.
    let until = years[0]!;
    for (const year of years) {
      if ((await jiangsuCities("provincial_plus_incubators", year)).length > 0) {
        until = year;
        break;
      }
    }
    expect((await jiangsuCities("provincial_plus_incubators", until)).length).toBeGreaterThan(0);
    const figure = await choose(page, until, "until");
    expect(await figure.locator(".chart-status").textContent()).toContain("查询用时");
    expect(await shownTable(page)).toEqual(chartTable(await jiangsuCities("provincial_plus_incubators", until)).body);
    // The engine came from this site: its wasm, its worker, the snapshot's Parquet.
    const urls = requests.map((r) => r.url());
    expect(urls.some((u) => /duckdb-eh.*\.wasm$/.test(u))).toBe(true);
    expect(urls.some((u) => /observations_full\.parquet$/.test(u))).toBe(true);
    expect(urls.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(violations).toEqual([]);

    // A second change is served by the warm engine, and the workbench link carries the query.
    await choose(page, "national_incubators");
    expect(await shownTable(page)).toEqual(chartTable(await jiangsuCities("national_incubators", until)).body);
    const link = new URL((await figure.locator(".chart-workbench").getAttribute("href")) ?? "", baseUrl);
    expect(link.searchParams.get("query")).toBe("peers_latest");
    expect(link.searchParams.get("param.parent")).toBe("320000");
    expect(link.searchParams.get("param.indicator")).toBe("national_incubators");
    expect(link.searchParams.get("param.until")).toBe(until);
    expect(link.searchParams.get("snapshot")).toBe(latest);
    expect(requests.filter((r) => /duckdb-eh.*\.wasm$/.test(r.url()))).toHaveLength(1);
    await page.context().close();
  });

  it("hovering over a chart fetches its drawing module and rows, never the engine", async () => {
    const { page, requests } = await open(JIANGSU);
    await tileGrid(page).hover();
    await expect.poll(() => requests.some((r) => /\/charts\/.*\.json$/.test(r.url())), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => requests.some((r) => /chart-interactive/.test(r.url())), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(300);
    expect(requests.map((r) => r.url()).filter((u) => ENGINE.test(u))).toEqual([]);
    await page.context().close();
  });

  it("if the rows built ahead cannot be fetched, the engine redraws the chart", async () => {
    const { page } = await open(JIANGSU);
    await page.route(/\/charts\/.*\.json$/, (route) => route.abort("connectionfailed"));
    const figure = await choose(page, "provincial_plus_incubators");
    expect(await figure.locator(".chart-status").textContent()).toContain("查询用时");
    expect(await shownTable(page)).toEqual(chartTable(await jiangsuCities("provincial_plus_incubators")).body);
    await page.context().close();
  });

  it("a failed download of the data is said, and the next change tries again", async () => {
    const { page } = await open(JIANGSU);
    let refused = 0;
    await page.route("**/observations_full.parquet", async (route) => {
      if (refused++ === 0) return route.abort("connectionfailed");
      return route.continue();
    });
    // Two controls changed: a choice for the engine, which needs the snapshot's data.
    await choose(page, "provincial_plus_incubators");
    const figure = tileGrid(page);
    const status = figure.locator(".chart-status");
    const years = await figure
      .locator('select[name="until"] option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await figure.locator('select[name="until"]').selectOption(years[0]!);
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^未能更新/);
    await choose(page, years[1]!, "until");
    expect(refused).toBe(2);
    await page.context().close();
  });

  it("a failed download of the chart module is said, and the next change loads it", async () => {
    const { page } = await open(JIANGSU);
    let refused = 0;
    await page.route(/chart-interactive[^/]*\.js$/, async (route) => {
      if (refused++ === 0) return route.abort("connectionfailed");
      return route.continue();
    });
    const figure = tileGrid(page);
    const status = figure.locator(".chart-status");
    await figure.locator('select[name="indicator"]').selectOption("provincial_plus_incubators");
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^未能载入交互功能/);
    await choose(page, "national_incubators");
    expect(refused).toBe(2);
    await page.context().close();
  });

  it("source links survive a redraw that drops and brings back a source", async () => {
    const { page } = await open(JIANGSU);
    const figure = tileGrid(page);
    const links = () => figure.locator(".chart-sources a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href).sort());
    const built = await links();
    expect(built.length).toBeGreaterThan(0);
    await choose(page, "provincial_plus_incubators");
    await choose(page, "national_incubators");
    expect(await links()).toEqual(built);
    await page.context().close();
  });

  it("the CSV download holds the chart's rows, before and after a redraw", async () => {
    const { page } = await open(JIANGSU);
    const download = async () => {
      const [file] = await Promise.all([page.waitForEvent("download"), tileGrid(page).locator(".chart-csv").click()]);
      const text = readFileSync((await file.path())!, "utf8");
      expect(text.startsWith("\ufeff")).toBe(true);
      return parse(text.slice(1), { columns: true }) as Record<string, string>[];
    };
    const asCsv = (rows: Record<string, unknown>[]) =>
      rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? "" : String(v)])));

    const built = await jiangsuCities("national_incubators");
    expect(await download()).toEqual(asCsv(built));

    await choose(page, "provincial_plus_incubators");
    const redrawn = await jiangsuCities("provincial_plus_incubators");
    const rows = await download();
    expect(rows).toEqual(asCsv(redrawn));
    expect(rows.map((r) => r.region_name ?? r.label).join("")).toMatch(/[\u4e00-\u9fff]/);
    await page.context().close();
  });
});
