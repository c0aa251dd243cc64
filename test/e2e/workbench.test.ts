/**
 * The SQL workbench (/data/sql/) in Chromium: typing and running queries, errors, cancel, the URL,
 * exports, the explorer, safety (XSS, CSP, no request leaving the origin, read-only engine),
 * keyboard-only use, and working with the network cut once the snapshot has loaded.
 */
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { readManifest, readReleases } from "../../src/lib/server/releases.ts";
import { useBrowser } from "./chromium.ts";

/** The workbench opens on the latest release; its observations are counted from its manifest. */
const latest = readReleases().latest;
const observationRows = readManifest(latest).tables.find((t) => t.name === "observations")!.rows;

const baseUrl = inject("baseUrl");
const origin = new URL(baseUrl).origin;
const browser = useBrowser();

interface Opened {
  page: Page;
  foreign: string[];
  violations: string[];
  dialogs: string[];
}

async function open(b: Browser, search = "", options: { acceptDownloads?: boolean; width?: number } = {}): Promise<Opened> {
  const context = await b.newContext({
    acceptDownloads: options.acceptDownloads ?? false,
    viewport: { width: options.width ?? 1200, height: 900 },
  });
  const page = await context.newPage();
  const foreign: string[] = [];
  const violations: string[] = [];
  const dialogs: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("blob:") && !r.url().startsWith("data:") && new URL(r.url()).origin !== origin) foreign.push(r.url());
  });
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${baseUrl}data/sql/${search}`);
  await page.waitForFunction(() => document.querySelector("#wb-engine-status")?.getAttribute("data-ready"), null, { timeout: 45_000 });
  return { page, foreign, violations, dialogs };
}

async function typeQuery(page: Page, sql: string) {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(sql);
  await page.keyboard.press("Escape");
}

async function runAndWait(page: Page, via: "button" | "keys" = "button") {
  await page.locator("#wb-status").evaluate((s) => (s.textContent = ""));
  if (via === "keys") {
    await page.locator(".cm-content").focus();
    await page.keyboard.press("Control+Enter");
  } else {
    await page.click("#wb-run");
  }
  await page.waitForFunction(
    () => {
      const run = document.querySelector<HTMLButtonElement>("#wb-run")!;
      const status = document.querySelector("#wb-status")!.textContent;
      return !run.disabled && status !== "正在运行……" && status !== "";
    },
    null,
    { timeout: 45_000 },
  );
}

const gridRows = (page: Page) =>
  page.locator("#wb-grid .wb-grid-body [role=row]").evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
const headers = (page: Page) => page.locator("#wb-grid [role=columnheader] .wb-col-name").allTextContents();
const resultRows = async (page: Page) => Number(await page.locator("#wb-result-status").getAttribute("data-rows"));

/**
 * A context where a second, older snapshot is simulated by serving the released files under another
 * id (nothing in public/data is touched), its manifest held back `manifestDelay` ms.
 */
async function withFakeSnapshot(b: Browser, fake: string, manifestDelay = 0) {
  const context = await b.newContext();
  await context.route(`${baseUrl}data/releases.json`, (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        latest,
        releases: [
          { id: fake, released: fake },
          { id: latest, released: latest },
        ],
      }),
    }),
  );
  await context.route(`${baseUrl}data/${fake}/**`, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(`/${fake}/`, `/${latest}/`) });
    if (!route.request().url().endsWith("manifest.json")) return route.fulfill({ response });
    const manifest = (await response.json()) as { id: string; tables: { name: string }[] };
    manifest.id = fake;
    manifest.tables = manifest.tables.filter((t) => t.name !== "incentives");
    if (manifestDelay) await new Promise((resolve) => setTimeout(resolve, manifestDelay));
    return route.fulfill({ response, json: manifest });
  });
  return context;
}

const SLOW_QUERY = "SELECT sum(a.range * b.range) FROM range(300000) a, range(300000) b";

describe("the SQL workbench", () => {
  it("runs a typed query (button and Ctrl+Enter) and shows the right rows, types, NULL and zh-CN numbers", async () => {
    const { page, violations, foreign } = await open(browser());
    await typeQuery(
      page,
      "SELECT region, value FROM observations WHERE indicator = 'national_incubators' AND region = '320000' ORDER BY period",
    );
    await runAndWait(page, "keys");
    expect(await headers(page)).toEqual(["region", "value"]);
    expect(await page.locator("#wb-grid .wb-col-type").allTextContents()).toEqual(["VARCHAR", "DOUBLE"]);
    const rows = await gridRows(page);
    expect(rows.map((r) => r[1])).toContain("244");
    expect(rows.map((r) => r[1])).toContain("219");
    expect(rows.every((r) => r[0] === "320000")).toBe(true);
    expect(await page.locator("#wb-result-status").textContent()).toMatch(/共 \d+ 行，2 列，用时 \d+ 毫秒/);

    await typeQuery(page, "SELECT NULL AS nothing, 1234567.5 AS x, 9007199254740993::BIGINT AS big");
    await runAndWait(page);
    const [row] = await gridRows(page);
    expect(row).toEqual(["NULL", "1,234,567.5", "9,007,199,254,740,993"]);
    expect(
      await page
        .locator("#wb-grid .wb-grid-body [role=cell]")
        .nth(1)
        .evaluate((c) => getComputedStyle(c).textAlign),
    ).toBe("right");
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it("every example query answers with rows", async () => {
    const { page } = await open(browser());
    const options = await page
      .locator("#wb-examples option")
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
    expect(options.length).toBe(5);
    for (const value of options) {
      await page.locator("#wb-examples").selectOption(value);
      await runAndWait(page);
      expect(await resultRows(page), value).toBeGreaterThan(0);
      // A figure printed as "超过5" must never show as a bare 5: the printed text and qualifier come along.
      if (/\/[13]-/.test(value)) expect(await headers(page), value).toEqual(expect.arrayContaining(["原文", "限定"]));
      if (/\/5-/.test(value)) {
        expect(await headers(page)).toContain("各来源原文及限定");
        const rows = (await gridRows(page)).map((r) => r.join(" "));
        expect(rows.some((r) => r.includes("（more_than）"))).toBe(true);
        // "more than 960" (one source) and "965" (another) do not disagree.
        expect(rows.filter((r) => r.includes("江苏省") && r.includes("科技企业孵化器") && r.includes("2020-12-31"))).toEqual([]);
      }
    }
    await page.context().close();
  });

  it("shows DuckDB's message with the position marked, and the next query still runs", async () => {
    const { page } = await open(browser());
    await typeQuery(page, "SELECT regoin FROM observations");
    await runAndWait(page);
    const error = await page.locator("#wb-error").innerText();
    expect(error).toContain('Referenced column "regoin" not found');
    expect(error).toContain("第 1 行第 8 列");
    expect(await page.locator(".wb-error-mark").textContent()).toBe("regoin");
    await typeQuery(page, "SELECT count(*) AS n FROM observations");
    await runAndWait(page);
    expect(await page.locator("#wb-error").isHidden()).toBe(true);
    expect(await gridRows(page)).toEqual([[String(observationRows)]]);
    // After Chinese text DuckDB's caret counts display columns (and for a syntax error, bytes).
    await typeQuery(page, "SELECT '江苏省' AS 省份, regoin FROM observations");
    await runAndWait(page);
    expect(await page.locator(".wb-error-mark").textContent()).toBe("regoin");
    expect(await page.locator("#wb-error").innerText()).toContain("第 1 行第 21 列");
    await typeQuery(page, "SELECT '江苏省' AS 省份 FORM observations");
    await runAndWait(page);
    expect(await page.locator("#wb-error").innerText()).toContain("第 1 行第 20 列");
    expect(await page.locator(".wb-error-mark").textContent()).toBe("FORM");
    await page.context().close();
  });

  it("cancels a running query and stays usable", async () => {
    const { page } = await open(browser());
    await typeQuery(page, "SELECT sum(a.range * b.range) FROM range(300000) a, range(300000) b");
    await page.click("#wb-run");
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("#wb-cancel")!.disabled);
    await page.waitForTimeout(300);
    const started = Date.now();
    await page.click("#wb-cancel");
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("#wb-run")!.disabled, null, { timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await page.locator("#wb-error").innerText()).toContain("查询已取消");
    await typeQuery(page, "SELECT 41 + 1 AS answer");
    await runAndWait(page);
    expect(await gridRows(page)).toEqual([["42"]]);
    await page.context().close();
  });

  it("Cancel stops the reader's query even while it waits behind the explorer's counts, which still appear", async () => {
    const { page } = await open(browser());
    await typeQuery(page, SLOW_QUERY);
    await page.locator("#wb-x-facets").evaluate((f) => f.replaceChildren());
    // The explorer recounts its facets (a snapshot change does, without running its selection),
    // the reader's slow query queues behind those counts, and the reader cancels it.
    await page.evaluate(async () => {
      const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
      document.querySelector("#wb-snapshot")!.dispatchEvent(new Event("change"));
      await tick();
      document.querySelector<HTMLButtonElement>("#wb-run")!.click();
      await tick();
      document.querySelector<HTMLButtonElement>("#wb-cancel")!.click();
    });
    const started = Date.now();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("#wb-run")!.disabled, null, { timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await page.locator("#wb-error").innerText()).toContain("查询已取消");
    await page.waitForFunction(() => document.querySelectorAll("#wb-x-facets select").length === 4, null, { timeout: 20_000 });
    const totals = await page
      .locator("#wb-x-facets select")
      .evaluateAll((selects) => selects.map((s) => Number(/全部（(\d+)）/.exec((s as HTMLSelectElement).options[0]!.text)?.[1])));
    expect(totals.every((n) => n > 0)).toBe(true);
    await typeQuery(page, "SELECT 41 + 1 AS answer");
    await runAndWait(page);
    expect(await gridRows(page)).toEqual([["42"]]);
    await page.context().close();
  });

  it("cancels a large SELECT * whose rows are already streaming in", async () => {
    const { page } = await open(browser());
    await typeQuery(page, "SELECT range AS i, range * 2 AS j FROM range(50000000)");
    await page.click("#wb-run");
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("#wb-cancel")!.disabled);
    await page.waitForTimeout(1500);
    const started = Date.now();
    await page.click("#wb-cancel");
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("#wb-run")!.disabled, null, { timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await page.locator("#wb-error").innerText()).toContain("查询已取消");
    expect(await page.locator("#wb-result-status").getAttribute("data-rows")).toBeNull();
    await typeQuery(page, "SELECT 41 + 1 AS answer");
    await runAndWait(page);
    expect(await gridRows(page)).toEqual([["42"]]);
    await page.context().close();
  });

  it("switching snapshots quickly leaves the schema of the last choice on screen", async () => {
    const fake = "2020-01-01";
    const context = await withFakeSnapshot(browser(), fake, 1500);
    const page = await context.newPage();
    await page.goto(`${baseUrl}data/sql/`);
    await page.waitForFunction(() => document.querySelector("#wb-engine-status")?.getAttribute("data-ready"), null, { timeout: 45_000 });
    // Compare with the slow snapshot, then change one's mind before its manifest arrives.
    const manifest = page.waitForResponse(`${baseUrl}data/${fake}/manifest.json`);
    await page.locator("#wb-compare").selectOption(fake);
    await page.locator("#wb-compare").selectOption("");
    await manifest;
    await page.waitForTimeout(1000);
    expect(await page.locator("#wb-schema h3").allTextContents()).toEqual([`快照 ${latest}（默认）`]);
    expect(await page.locator("#wb-engine-status").textContent()).not.toContain(fake);
    await context.close();
  });

  it("a failed engine start leaves no worker running", async () => {
    const context = await browser().newContext();
    // The Parquet decoder's wasm refused: the start fails while DuckDB's worker is already running.
    await context.route(/parquet_wasm_bg[^/]*\.wasm/, (route) => route.fulfill({ status: 404, body: "not found" }));
    const page = await context.newPage();
    const closed: string[] = [];
    page.on("worker", (worker) => worker.on("close", () => closed.push(worker.url())));
    await page.goto(`${baseUrl}data/sql/`);
    await page.waitForFunction(() => /未能启动/.test(document.querySelector("#wb-engine-status")?.textContent ?? ""), null, {
      timeout: 45_000,
    });
    // DuckDB's worker starts from a bootstrap the page writes (src/lib/client/engine-start.ts): a blob: address.
    const duckdb = /duckdb|^blob:/;
    await expect.poll(() => page.workers().filter((w) => duckdb.test(w.url())).length, { timeout: 5_000 }).toBe(0);
    expect(closed.some((url) => duckdb.test(url))).toBe(true);
    await context.close();
  });

  it("keeps the query, snapshot and chart in the URL; a shared query waits for Run", async () => {
    const { page } = await open(browser());
    await typeQuery(page, "SELECT indicator_zh AS 指标, count(*) AS n FROM observations_full GROUP BY ALL ORDER BY n DESC LIMIT 5");
    await runAndWait(page);
    await page.locator("[name=mark]").selectOption("dot");
    await page.locator("[name=x]").selectOption("指标");
    await page.locator("[name=y]").selectOption("n");
    const shared = page.url();
    const params = new URL(shared).searchParams;
    expect(params.get("snapshot")).toBe(latest);
    expect(params.get("sql")).toContain("GROUP BY ALL");
    expect(params.get("chart.mark")).toBe("dot");

    const { page: again } = await open(browser(), new URL(shared).search);
    expect(await again.locator(".cm-content").textContent()).toBe(params.get("sql"));
    await again.waitForTimeout(500);
    expect(await again.locator("#wb-result-status").textContent()).toBe("尚未运行查询。");
    await runAndWait(again);
    expect(await resultRows(again)).toBe(5);
    expect(await again.locator("[name=mark]").inputValue()).toBe("dot");
    expect(await again.locator("[name=x]").inputValue()).toBe("指标");
    expect(await again.locator('#wb-chart svg[role="img"]').getAttribute("aria-label")).toBe("散点图：n 按 指标");
    await page.context().close();
    await again.context().close();
  });

  it("runs a chart's own named query at once", async () => {
    const { page } = await open(browser(), `?query=jiangsu_cities_latest&param.indicator=incubators&param.until=&snapshot=${latest}`);
    await page.waitForFunction(() => document.querySelector("#wb-result-status")?.getAttribute("data-rows"), null, { timeout: 30_000 });
    expect(await page.locator(".cm-content").textContent()).toContain("indicator = 'incubators'");
    expect(await resultRows(page)).toBeGreaterThan(0);
    await page.context().close();
  });

  it("shows, but does not run, a chart query whose link lacks a parameter", async () => {
    const { page } = await open(browser(), `?query=jiangsu_cities_latest&param.indicator=incubators&snapshot=${latest}`);
    await page.waitForFunction(() => /缺少参数/.test(document.querySelector("#wb-status")?.textContent ?? ""), null, { timeout: 30_000 });
    // The message names the missing parameter, and the editor holds the query to complete (its
    // first lines: CodeMirror renders only the lines in view).
    expect(await page.locator("#wb-status").textContent()).toContain("$until");
    expect(await page.locator(".cm-content").textContent()).toContain("The latest figure of one indicator");
    expect(await page.locator("#wb-result-status").getAttribute("data-rows")).toBeNull();
    await page.context().close();
  });

  it("exports CSV with a BOM and Chinese intact, JSON and Parquet, with every row", async () => {
    const { page } = await open(browser(), "", { acceptDownloads: true });
    await typeQuery(page, "SELECT id, region_name, indicator_zh, value FROM observations_full ORDER BY id");
    await runAndWait(page);
    const save = async (kind: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-export=${kind}]`)]);
      return readFile((await download.path())!);
    };
    const csv = await save("csv");
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("id,region_name,indicator_zh,value");
    expect(lines.length).toBe(observationRows + 1);
    expect(lines.some((l) => l.includes("江苏省") && l.includes("国家级科技企业孵化器"))).toBe(true);
    const json = JSON.parse((await save("json")).toString("utf8")) as Record<string, unknown>[];
    expect(json.length).toBe(observationRows);
    expect(json.some((r) => r.region_name === "盐城市")).toBe(true);
    const parquet = await save("parquet");
    expect(parquet.subarray(0, 4).toString()).toBe("PAR1");
    // Read back by the workbench's own engine? DuckDB on Node reads it here.
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const { writeFile, mkdtemp } = await import("node:fs/promises");
    const dir = await mkdtemp("/tmp/wb-parquet-");
    await writeFile(`${dir}/r.parquet`, parquet);
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const read = await connection.runAndReadAll(
      `SELECT count(*)::INTEGER AS n, count(DISTINCT region_name)::INTEGER AS r FROM '${dir}/r.parquet'`,
    );
    expect(read.getRowObjectsJson()[0]).toEqual({ n: observationRows, r: expect.any(Number) });
    await page.context().close();
  });

  it("a result larger than the grid shows is shown in part with its true count and exported whole", async () => {
    const { page } = await open(browser(), "", { acceptDownloads: true });
    await typeQuery(page, "SELECT range AS i FROM range(1200000)");
    await runAndWait(page);
    expect(await resultRows(page)).toBe(1_200_000);
    expect(await page.locator("#wb-result-status").textContent()).toContain("表格显示前 1,000,000 行");
    expect(await page.locator("#wb-grid").getAttribute("aria-rowcount")).toBe("1200001");
    // Scrolled to the end, the last row shown is row 1,000,000 (value 999,999).
    await page.locator("#wb-grid").evaluate((g) => (g.scrollTop = g.scrollHeight));
    await page.waitForTimeout(300);
    const last = (await gridRows(page)).at(-1);
    expect(last).toEqual(["999,999"]);
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.click("[data-export=csv]")]);
    const text = (await readFile((await download.path())!)).toString("utf8");
    expect(text.trim().split("\r\n").length).toBe(1_200_001);
    await page.context().close();
  });

  it("sorts by a column, NULLs last", async () => {
    const { page } = await open(browser());
    await typeQuery(page, "SELECT * FROM (VALUES (2), (NULL), (10), (1)) t(v)");
    await runAndWait(page);
    await page.locator("#wb-grid [role=columnheader] button").first().click();
    expect((await gridRows(page)).map((r) => r[0])).toEqual(["1", "2", "10", "NULL"]);
    await page.locator("#wb-grid [role=columnheader] button").first().click();
    expect((await gridRows(page)).map((r) => r[0])).toEqual(["10", "2", "1", "NULL"]);
    expect(await page.locator("#wb-grid [role=columnheader]").first().getAttribute("aria-sort")).toBe("descending");
    await page.context().close();
  });

  it("queries two snapshots at once, each in its own schema", async () => {
    // Only one snapshot is released so far: a second, older one is simulated.
    const fake = "2020-01-01";
    const context = await withFakeSnapshot(browser(), fake);
    const page = await context.newPage();
    await page.goto(`${baseUrl}data/sql/`);
    await page.waitForFunction(() => document.querySelector("#wb-engine-status")?.getAttribute("data-ready"), null, { timeout: 45_000 });
    await page.locator("#wb-compare").selectOption(fake);
    await page.waitForFunction((id) => document.querySelector("#wb-engine-status")!.textContent!.includes(`${id} 已载入`), fake);
    expect(await page.locator("#wb-schema h3").allTextContents()).toEqual([`快照 ${latest}（默认）`, `快照 ${fake}（对比）`]);
    expect(await page.locator(".wb-schema-snapshot").nth(1).locator("summary code").allTextContents()).not.toContain("incentives");
    await typeQuery(page, `SELECT (SELECT count(*) FROM observations) AS now, (SELECT count(*) FROM "${fake}".observations) AS before`);
    await runAndWait(page);
    expect(await gridRows(page)).toEqual([[String(observationRows), String(observationRows)]]);
    expect(new URL(page.url()).searchParams.get("snapshot")).toBe(latest);
    // The comparison is part of the address: opened again, both snapshots are there.
    expect(new URL(page.url()).searchParams.get("compare")).toBe(fake);
    const again = await context.newPage();
    await again.goto(page.url());
    await again.waitForFunction((id) => document.querySelector("#wb-engine-status")?.textContent?.includes(`${id} 已载入`), fake, {
      timeout: 45_000,
    });
    expect(await again.locator("#wb-compare").inputValue()).toBe(fake);
    await context.close();
  });

  it("draws a quick chart and saves it as SVG and PNG", async () => {
    const { page, violations } = await open(browser(), "", { acceptDownloads: true });
    await typeQuery(
      page,
      "SELECT period, value FROM observations WHERE region = '320000' AND indicator = 'incubators' AND kind = 'actual' ORDER BY period",
    );
    await runAndWait(page);
    await page.locator("[name=mark]").selectOption("line");
    await page.locator("[name=x]").selectOption("period");
    await page.locator("[name=y]").selectOption("value");
    const label = await page.locator('#wb-chart svg[role="img"]').getAttribute("aria-label");
    expect(label).toBe("折线图：value 按 period");
    const save = async (kind: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-chart-download=${kind}]`)]);
      return readFile((await download.path())!);
    };
    const svg = (await save("svg")).toString("utf8");
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(label);
    const png = await save("png");
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.length).toBeGreaterThan(2000);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it("the explorer's facet filters give the same rows as the SQL it shows", async () => {
    const { page } = await open(browser());
    await page.locator("#wb-x-table").selectOption("observations_full");
    await page.waitForFunction(() => document.querySelector("#wb-x-facet-region option[value='320900']"));
    const option = await page.locator("#wb-x-facet-region option[value='320900']").textContent();
    const facetCount = Number(/（(\d+)）$/.exec(option!)![1]);
    await page.locator("#wb-x-facet-region").selectOption("320900");
    await page.waitForFunction(() => document.querySelector("#wb-x-facet-kind option[value='target']"));
    await page.locator("#wb-x-facet-kind").selectOption("target");
    await page.waitForFunction(() => document.querySelector("#wb-x-sql")!.textContent!.includes("'target'"));
    await page.locator("#wb-x-sort").selectOption("indicator");
    await page.waitForFunction(() => document.querySelector("#wb-x-sql")!.textContent!.includes("ORDER BY"));
    await page.waitForFunction(() => document.querySelector("#wb-status")!.textContent!.startsWith("完成"));
    await page.waitForTimeout(500);
    const sql = await page.locator("#wb-x-sql").textContent();
    expect(sql).toBe(
      `SELECT *\nFROM "observations_full"\nWHERE "region" = '320900'\n  AND "kind" = 'target'\nORDER BY "indicator" ASC NULLS LAST`,
    );
    const explorerCount = await resultRows(page);
    const explorerRows = await gridRows(page);
    expect(explorerCount).toBeGreaterThan(0);
    expect(explorerCount).toBeLessThanOrEqual(facetCount);
    await page.click("#wb-x-copy");
    expect(await page.locator(".cm-content").textContent()).toBe(sql!.replace(/\n/g, ""));
    await runAndWait(page);
    expect(await resultRows(page)).toBe(explorerCount);
    expect(await gridRows(page)).toEqual(explorerRows);
    await page.context().close();
  });

  it("shows markup from the data and from a crafted URL as text, under the CSP", async () => {
    const attack = "<img src=x onerror=alert(1)>";
    const search = `?sql=${encodeURIComponent(`SELECT '${attack}' AS "${attack}"`)}&chart.x=${encodeURIComponent(attack)}&snapshot=${encodeURIComponent("<script>alert(1)</script>")}`;
    const { page, violations, dialogs, foreign } = await open(browser(), search);
    await runAndWait(page);
    expect(await headers(page)).toEqual([attack]);
    expect(await gridRows(page)).toEqual([[attack]]);
    await page.locator("[name=y]").selectOption(attack);
    await typeQuery(page, `SELECT '${attack}' AS "a", 1 AS b`);
    await runAndWait(page);
    await page.locator("[name=x]").selectOption("a");
    await page.locator("[name=y]").selectOption("b");
    expect(await page.locator("#wb-chart").textContent()).toContain(attack);
    await typeQuery(page, `SELECT * FROM "${attack}"`);
    await runAndWait(page);
    expect(await page.locator("#wb-error").textContent()).toContain(attack);
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(await page.locator(".workbench script").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it("refuses COPY TO a URL, INSTALL, LOAD and remote ATTACH with a clear message, and nothing leaves the origin", async () => {
    const { page, foreign } = await open(browser());
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    for (const statement of [
      "COPY (SELECT * FROM observations) TO 'https://example.com/x.csv'",
      "INSTALL httpfs",
      "LOAD httpfs",
      "ATTACH 'https://example.com/remote.duckdb' AS remote",
      "SELECT * FROM read_parquet('https://example.com/a.parquet')",
      "DELETE FROM observations",
      "SET enable_external_access = true",
    ]) {
      await typeQuery(page, statement);
      await runAndWait(page);
      const error = await page.locator("#wb-error").innerText();
      expect(error, statement).toMatch(/^工作台只读/);
      expect(error, statement).toMatch(/Permission|read-only|disabled|lock|configuration|extension/i);
    }
    await typeQuery(page, "SELECT count(*) FROM observations");
    await runAndWait(page);
    expect(await gridRows(page)).toEqual([[String(observationRows)]]);
    expect(foreign).toEqual([]);
    expect(requests.filter((r) => !r.startsWith(origin))).toEqual([]);
    await page.context().close();
  });

  it("keyboard alone reaches every control", async () => {
    const { page } = await open(browser());
    await typeQuery(page, "SELECT 1 AS a, 2 AS b");
    await runAndWait(page);
    await page
      .locator("#wb-schema details")
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const controls = await page
      .locator(".workbench")
      .evaluate((root) =>
        [...root.querySelectorAll<HTMLElement>("button:not([disabled]), select:not([disabled]), summary, [tabindex='0']")]
          .filter((e) => e.checkVisibility())
          .map(
            (e) =>
              e.id ||
              e.getAttribute("name") ||
              e.getAttribute("data-export") ||
              e.getAttribute("data-chart-download") ||
              e.textContent!.trim().slice(0, 20),
          ),
      );
    await page.locator("#wb-snapshot").focus();
    const reached = new Set<string>();
    let editorReached = false;
    for (let i = 0; i < 200; i++) {
      const info = await page.evaluate(() => {
        let e = document.activeElement as HTMLElement | null;
        while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement as HTMLElement;
        const outline = e ? getComputedStyle(e).outlineStyle : "none";
        return {
          key: e
            ? e.id ||
              e.getAttribute("name") ||
              e.getAttribute("data-export") ||
              e.getAttribute("data-chart-download") ||
              e.textContent!.trim().slice(0, 20)
            : "",
          editor: Boolean(e?.classList.contains("cm-content")),
          outline,
          inWorkbench: Boolean(e?.closest(".workbench")) || Boolean(e?.classList.contains("cm-content")),
        };
      });
      if (info.editor) editorReached = true;
      if (info.inWorkbench) {
        reached.add(info.key);
        if (!info.editor) expect(info.outline, info.key).not.toBe("none");
      }
      await page.keyboard.press("Tab");
    }
    expect(editorReached).toBe(true);
    expect(controls.filter((c) => !reached.has(c))).toEqual([]);
    await page.context().close();
  });

  it("works at 360 px wide, and with JavaScript off says it needs it and links to the downloads", async () => {
    const { page } = await open(browser(), "", { width: 360 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
    const context = await browser().newContext({ javaScriptEnabled: false });
    const off = await context.newPage();
    await off.goto(`${baseUrl}data/sql/`);
    expect(await off.locator("noscript").textContent()).toContain("需要启用 JavaScript");
    expect(await off.locator(".wb-noscript a").getAttribute("href")).toMatch(/\/data\/$/);
    await context.close();
  });

  it("keeps working with the network cut once the snapshot has loaded", async () => {
    const { page } = await open(browser(), "", { acceptDownloads: true });
    await page.context().setOffline(true);
    await page.route("**/*", (route) => route.abort());
    await typeQuery(page, "SELECT region_name, count(*) AS n FROM observations_full GROUP BY ALL ORDER BY n DESC, region_name LIMIT 3");
    await runAndWait(page);
    expect((await gridRows(page))[0]).toEqual(["江苏省", "59"]);
    await page.locator("#wb-x-facet-kind").selectOption("target");
    await page.waitForFunction(() => document.querySelector("#wb-x-sql")!.textContent!.includes("'target'"));
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=csv]")]);
    expect((await readFile((await download.path())!)).toString("utf8")).toContain("盐城市");
    await page.context().close();
  });
});
