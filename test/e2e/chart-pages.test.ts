/**
 * Charts readers can share, embed and cite, in a real browser: every figure links to its chart's
 * own page (/charts/<id>/), which draws the same chart with its data, sources, the pages it is on,
 * how to cite it and how to embed it; a chart's choices live in the address and come back when
 * the address is opened; the picture downloads (SVG written at build, PNG from the browser) say
 * what they show; and the generated _headers lets other sites frame /charts/ pages and no other
 * page, which a browser framing them from another origin confirms. Nothing is requested from
 * another origin.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { parseHTML } from "linkedom";
import type { Download, Page, Request } from "playwright-core";
import sirv from "sirv";
import { afterAll, describe, expect, inject, it } from "vitest";
import { parseChartHash } from "../../src/lib/charts/address.ts";
import { chartTable } from "../../src/lib/charts/table.ts";
import { runNamed } from "../../src/lib/server/query.ts";
import { readReleases } from "../../src/lib/server/releases.ts";
import { useBrowser } from "./chromium.ts";

const baseUrl = inject("baseUrl");
const origin = new URL(baseUrl).origin;
const base = new URL(baseUrl).pathname;
/** The public origin the build names in citations, pictures and embed snippets (astro.config.mjs). */
const site = process.env.SITE ?? "https://bulletin.example.org";
const outDir = new URL(`../../${process.env.OUT_DIR ?? "dist"}/`, import.meta.url);
const browser = useBrowser();
const latest = readReleases().latest;

/** The Jiangsu tile grid: on /regions/ and on Jiangsu's page, with a page of its own (its id is pinned in test/lib/charts/requests.test.ts). */
const GRID = "chart-peers-latest-f181fcbf";
const JIANGSU = "regions/320000/";
const ENGINE = /duckdb|worker|\.wasm|\.parquet|manifest\.json|\/engine\./;

const jiangsuCities = (indicator: string, until = "") =>
  runNamed(latest, "peers_latest", { indicator, parent: "320000", level: "city", kind: "actual", until, year: "" });

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser().newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1000, height: 900 },
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

const offOrigin = (requests: Request[]) =>
  requests.map((r) => r.url()).filter((u) => !u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== origin);

const figure = (page: Page, id = GRID) => page.locator(`figure[id="${id}"]`).first();

/** Changes a figure's control and waits until it says it has been redrawn. */
async function change(page: Page, id: string, name: string, value: string): Promise<string> {
  const status = figure(page, id).locator(".chart-status");
  // Emptied first: two redraws can say the same words.
  await status.evaluate((el) => (el.textContent = ""));
  await figure(page, id).locator(`select[name="${name}"]`).selectOption(value);
  return redrawn(page, id);
}

/** Waits until a figure says it has been redrawn (or could not be). */
async function redrawn(page: Page, id = GRID): Promise<string> {
  const status = figure(page, id).locator(".chart-status");
  await expect.poll(async () => (await status.textContent()) ?? "", { timeout: 60_000 }).toMatch(/^已更新|^未能/);
  return (await status.textContent()) ?? "";
}

const tableOf = (page: Page, id = GRID) =>
  figure(page, id)
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)));

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = (await Promise.all([page.waitForEvent("download"), click()])) as [Download, void];
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** The SVG file read back as XML: its text, and whether it parsed. */
function svgText(bytes: Buffer): string {
  const { DOMParser } = parseHTML("");
  const xml = new DOMParser().parseFromString(bytes.toString("utf8"), "image/svg+xml");
  expect(xml.documentElement.tagName.toLowerCase()).toBe("svg");
  expect(xml.documentElement.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
  // Lines joined as drawn: a long address is broken over two.
  return [...xml.querySelectorAll("text, title")].map((t) => t.textContent).join("");
}

describe("a chart's own page", () => {
  it("every figure links to its chart's page, and a chart used on several pages has one page", async () => {
    const { page } = await open(JIANGSU, { javaScriptEnabled: false });
    const figures = await page
      .locator("figure[data-chart]")
      .evaluateAll((fs) => fs.map((f) => ({ id: f.id, href: f.querySelector<HTMLAnchorElement>("a.chart-page")?.getAttribute("href") })));
    expect(figures.length).toBeGreaterThan(5);
    for (const f of figures) expect(f.href, f.id).toBe(`${base}charts/${f.id}/`);
    // The provinces' tile grid opens /regions/ and the country's page: one chart, one page, both listed there.
    await page.goto(`${baseUrl}regions/`);
    const provinces = (await page.locator("figure[data-chart]").first().getAttribute("id"))!;
    await page.goto(`${baseUrl}regions/cn/`);
    expect(await figure(page, provinces).locator("a.chart-page").getAttribute("href")).toBe(`${base}charts/${provinces}/`);
    await page.goto(`${baseUrl}charts/${provinces}/`);
    expect(await page.locator("#used-on + ul a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
      `${base}regions/`,
      `${base}regions/cn/`,
    ]);
    await page.context().close();
  });

  it("draws the chart with its caption, data, sources, the pages it is on, citations naming the snapshot, and an embed snippet", async () => {
    const { page, requests } = await open(`charts/${GRID}/`, { javaScriptEnabled: false });
    const caption = "江苏各设区市国家级科技企业孵化器：各地最新的数字（各年份；灰色为无数据）";
    expect(await page.locator("h1").textContent()).toBe(caption);
    expect(await figure(page).locator(".chart-caption").textContent()).toBe(caption);
    expect(await figure(page).locator('.chart-wide svg[role="img"]').isVisible()).toBe(true);
    expect(await tableOf(page)).toEqual(chartTable(await jiangsuCities("national_incubators")).body);
    expect(await figure(page).locator(".chart-sources a").count()).toBeGreaterThan(0);
    // No link to itself; its picture, CSV and workbench link are there.
    expect(await figure(page).locator("a.chart-page").count()).toBe(0);
    expect(await figure(page).locator("a.chart-picture").getAttribute("href")).toMatch(
      new RegExp(`^${base}charts/${GRID}/[0-9a-f]{8}\\.svg$`),
    );
    const usedOn = await page.locator("#used-on + ul a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(usedOn).toEqual([`${base}regions/320000/`]);
    const pageUrl = `${site}${base}charts/${GRID}/`;
    const citations = await page.locator("pre.citation").allTextContents();
    expect(citations[0]).toBe(
      `双创载体信息. ${caption}（数据：双创载体统计数据集，快照 ${latest}）[EB/OL]. (${latest})[${latest}]. ${pageUrl}.`,
    );
    expect(citations[1]).toContain(`@misc{shuangchuang_${GRID.replace(/-/g, "_")},`);
    expect(citations[1]).toContain(`url = {${pageUrl}},`);
    expect(citations[1]).toContain(`快照 ${latest}`);
    // The dataset's own citation, for the same snapshot.
    expect(citations.some((c) => c.includes(`双创载体统计数据集：快照 ${latest}[DS/OL]`))).toBe(true);
    const embed = await page.locator("pre.chart-embed-code").textContent();
    expect(embed).toMatch(
      new RegExp(
        `^<iframe src="${pageUrl.replace(/[.]/g, "\\.")}" title="${caption.replace(/[（）]/g, ".")}" width="100%" height="\\d+" loading="lazy" style="border:0"></iframe>$`,
      ),
    );
    expect(offOrigin(requests)).toEqual([]);
    // Listed on /charts/.
    await page.goto(`${baseUrl}charts/`);
    expect(await page.locator(`a[href="${base}charts/${GRID}/"]`).textContent()).toBe(caption);
    await page.context().close();
  });
});

describe("a chart's choices in the address", () => {
  it("a change writes the address, and the address opened elsewhere shows the same chart; several charts each keep theirs", async () => {
    const { page } = await open(JIANGSU);
    await change(page, GRID, "indicator", "provincial_plus_incubators");
    expect(new URL(page.url()).hash).toBe(`#${GRID}:indicator=provincial_plus_incubators`);
    // A second chart on the page: a peer chart's date.
    const other = (await page
      .locator(`figure[data-chart]:not([id="${GRID}"])`)
      .filter({ has: page.locator('select[name="until"]') })
      .first()
      .getAttribute("id"))!;
    const until = await figure(page, other)
      .locator('select[name="until"] option')
      .evaluateAll((options) => (options as HTMLOptionElement[]).map((o) => o.value).find(Boolean)!);
    await change(page, other, "until", until);
    const shared = page.url();
    expect(parseChartHash(new URL(shared).hash)).toEqual(
      new Map([
        [other, { until }],
        [GRID, { indicator: "provincial_plus_incubators" }],
      ]),
    );
    const otherTable = await tableOf(page, other);
    await page.context().close();

    // Opened in another browser: the built drawing first, then both charts as chosen, without the engine.
    const context = await browser().newContext({ viewport: { width: 1000, height: 900 } });
    const again = await context.newPage();
    const requests: Request[] = [];
    again.on("request", (r) => requests.push(r));
    await again.goto(shared);
    expect(await redrawn(again)).toContain("未启动数据引擎");
    await redrawn(again, other);
    expect(await figure(again).locator('select[name="indicator"]').inputValue()).toBe("provincial_plus_incubators");
    expect(await tableOf(again)).toEqual(chartTable(await jiangsuCities("provincial_plus_incubators")).body);
    expect(await figure(again, other).locator('select[name="until"]').inputValue()).toBe(until);
    expect(await tableOf(again, other)).toEqual(otherTable);
    expect(requests.map((r) => r.url()).filter((u) => ENGINE.test(u))).toEqual([]);
    expect(offOrigin(requests)).toEqual([]);

    // Back to the chart as built: the address no longer names it.
    await change(again, GRID, "indicator", "national_incubators");
    expect(new URL(again.url()).hash).toBe(`#${other}:until=${until}`);
    await context.close();
  });

  it("a chart's page opened with two choices in its address redraws with the engine, with the rows Node gives", async () => {
    // A year the grid offers for which Node finds provincial-or-higher incubators.
    const plain = await open(`charts/${GRID}/`, { javaScriptEnabled: false });
    const years = await figure(plain.page)
      .locator('select[name="until"] option')
      .evaluateAll((options) => (options as HTMLOptionElement[]).map((o) => o.value).filter(Boolean));
    await plain.page.context().close();
    let until = "";
    for (const year of years) if (!until && (await jiangsuCities("provincial_plus_incubators", year)).length > 0) until = year;
    expect(until).not.toBe("");
    const { page, requests } = await open(`charts/${GRID}/#${GRID}:indicator=provincial_plus_incubators&until=${until}`);
    expect(await redrawn(page)).toContain("查询用时");
    expect(await figure(page).locator('select[name="until"]').inputValue()).toBe(until);
    expect(await tableOf(page)).toEqual(chartTable(await jiangsuCities("provincial_plus_incubators", until)).body);
    expect(offOrigin(requests)).toEqual([]);
    await page.context().close();
  });
});

describe("a chart's picture", () => {
  it("without JavaScript, the SVG written at build downloads, with its title, dates, snapshot, sources and address drawn in", async () => {
    const { page } = await open(`charts/${GRID}/`, { javaScriptEnabled: false });
    expect(await figure(page).locator(".chart-png").isVisible()).toBe(false);
    const { name, bytes } = await downloaded(page, () => figure(page).locator("a.chart-picture").click());
    expect(name).toBe(`${GRID}.svg`);
    const text = svgText(bytes);
    for (const part of [
      "江苏各设区市国家级科技企业孵化器：各地最新的数字（各年份；灰色为无数据）",
      "数据时间：",
      `快照 ${latest}`,
      "来源：",
      `${site}${base}charts/${GRID}/`,
      "苏州",
    ])
      expect(text).toContain(part);
    await page.context().close();
  });

  it("after a change, the SVG and the PNG show the chart as drawn now", async () => {
    const { page, requests } = await open(`charts/${GRID}/`);
    await change(page, GRID, "indicator", "provincial_plus_incubators");
    const svg = await downloaded(page, () => figure(page).locator("a.chart-picture").click());
    const text = svgText(svg.bytes);
    expect(text).toContain("江苏各设区市省级以上科技企业孵化器");
    expect(text).toContain(`${base}charts/${GRID}/#${GRID}:indicator=provincial_plus_incubators`);

    const png = await downloaded(page, () => figure(page).locator(".chart-png").click());
    expect(png.name).toBe(`${GRID}.png`);
    expect(png.bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    // Drawn at twice the picture's size: the width of the drawing shown, the height with its words.
    const shown = Number(await figure(page).locator('.chart-svg svg[role="img"]').getAttribute("width"));
    expect(width).toBe(2 * shown);
    expect(height).toBeGreaterThan(width / 2);
    // Read back in the browser: not blank.
    const inked = await page.evaluate(async (b64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      const canvas = Object.assign(document.createElement("canvas"), { width: image.width, height: image.height });
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600) dark++;
      return dark / (image.width * image.height);
    }, png.bytes.toString("base64"));
    expect(inked).toBeGreaterThan(0.02);
    expect(offOrigin(requests)).toEqual([]);
    await page.context().close();
  });
});

/** The headers a host sends for `path` from a _headers file: every matching rule's, each header's values in order. */
function headersFor(file: string, path: string): Map<string, string[]> {
  const sent = new Map<string, string[]>();
  for (const block of file.split(/\n\s*\n/)) {
    const [pattern, ...lines] = block.split("\n").filter(Boolean);
    if (!pattern) continue;
    const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
    if (!re.test(path)) continue;
    for (const line of lines) {
      const at = line.indexOf(":");
      const name = line.slice(0, at).trim();
      sent.set(name, [...(sent.get(name) ?? []), line.slice(at + 1).trim()]);
    }
  }
  return sent;
}

describe("embedding", () => {
  const headers = readFileSync(new URL("_headers", outDir), "utf8");
  const servers: Server[] = [];
  afterAll(() => {
    for (const s of servers) s.close();
  });

  it("the generated _headers lets other sites frame /charts/ pages and no other page", () => {
    const frameable = (path: string) => {
      // One policy per path, so that hosts that join a header's values (Cloudflare) and those that keep the last (Netlify) send the same.
      const csp = headersFor(headers, path).get("Content-Security-Policy") ?? [];
      expect(csp, path).toHaveLength(1);
      return /frame-ancestors \*$/.test(csp[0]!) ? true : /frame-ancestors 'none'$/.test(csp[0]!) ? false : undefined;
    };
    expect(frameable(`${base}charts/${GRID}/`)).toBe(true);
    for (const path of [
      base,
      `${base}index.html`,
      `${base}404.html`,
      `${base}${JIANGSU}`,
      `${base}regions/`,
      `${base}data/`,
      `${base}data/sql/`,
      `${base}search/`,
      `${base}issues/`,
    ]) {
      expect(frameable(path), path).toBe(false);
    }
  });

  it("served with those headers, a chart's page shows inside another site's frame (the chart alone) and a region page does not", async () => {
    // The built site, served with the headers _headers gives each path.
    const serve = sirv(new URL(".", outDir).pathname, { dev: false, etag: false });
    const host = createServer((req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      for (const [name, values] of headersFor(headers, path)) res.setHeader(name, values.join(", "));
      req.url = path.startsWith(base) ? `/${path.slice(base.length)}` : path;
      serve(req, res, () => {
        res.statusCode = 404;
        res.end();
      });
    });
    // Another site that embeds a chart's page and a region page.
    const embedder = createServer((_, res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(
        `<!doctype html><title>embedder</title><iframe id="chart" src="${hostOrigin}${base}charts/${GRID}/" width="800" height="900"></iframe><iframe id="region" src="${hostOrigin}${base}${JIANGSU}" width="800" height="600"></iframe>`,
      );
    });
    servers.push(host, embedder);
    const listen = (s: Server) =>
      new Promise<number>((resolve) => s.listen(0, "127.0.0.1", () => resolve((s.address() as { port: number }).port)));
    const hostOrigin = `http://127.0.0.1:${await listen(host)}`;
    const embedderOrigin = `http://localhost:${await listen(embedder)}`;

    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${embedderOrigin}/`, { waitUntil: "load" });
    const chart = page.frames().find((f) => f.url().includes("/charts/"))!;
    await chart.waitForSelector(`figure[id="${GRID}"] svg[role="img"]`);
    // Inside a frame, the site's header and what is below the chart are hidden.
    await expect.poll(() => chart.locator(".site-header").isVisible()).toBe(false);
    expect(await chart.locator(".chart-page-about").isVisible()).toBe(false);
    await expect.poll(() => page.frames().map((f) => f.url())).toContain("chrome-error://chromewebdata/");
    expect(page.frames().some((f) => f.url().endsWith(JIANGSU))).toBe(false);
    await context.close();
  });
});
