/**
 * The charts' part of `npm run bench`: how long a chart's query and its two drawings take in
 * Node (the build also runs the query once per control option, which this leaves out), how soon
 * it is visible in the browser, and what the first and later interactions cost (time from changing
 * a control to the redrawn chart, and the bytes the engine, its worker and the data take).
 * Measured, never asserted.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import type { Browser, Page } from "playwright-core";
import { chartSpec } from "../src/lib/charts/index.ts";
import { renderSvg } from "../src/lib/charts/render.ts";
import { runNamed } from "../src/lib/server/query.ts";
import { median } from "./bench-workbench.ts";
import type { ChartConfig } from "../src/lib/charts/config.ts";

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

/** Every chart the build drew (from the configs it wrote into the pages), redrawn and timed. */
export async function benchBuild(dist: string) {
  const configs = new Map<string, ChartConfig>();
  for (const file of htmlFiles(dist)) {
    const { document } = parseHTML(readFileSync(file, "utf8"));
    for (const script of document.querySelectorAll(".chart-config")) {
      const config = JSON.parse(script.textContent!) as ChartConfig;
      configs.set(config.id, config);
    }
  }
  const times: number[] = [];
  // The first query opens the snapshot; time it apart.
  const first = [...configs.values()][0]!;
  const opening = performance.now();
  await runNamed(first.snapshot, first.query, first.params);
  const openMs = performance.now() - opening;
  for (const config of configs.values()) {
    const started = performance.now();
    const rows = await runNamed(config.snapshot, config.query, config.params);
    for (const width of [640, 340]) {
      const { document } = parseHTML("<!doctype html><html><body></body></html>");
      renderSvg(chartSpec(config.chart)(rows, { ...config.options, width }), document as unknown as Document, config.caption);
    }
    times.push(performance.now() - started);
  }
  return { charts: configs.size, openMs, medianMs: median(times), maxMs: Math.max(...times) };
}

const KINDS: [string, RegExp][] = [
  ["DuckDB wasm", /duckdb-eh.*\.wasm$/],
  ["DuckDB worker", /duckdb-browser-eh\.worker.*\.js$/],
  ["parquet-wasm", /parquet_wasm.*\.wasm$/],
  ["JavaScript modules (Plot, DuckDB client, chart code)", /\.js$/],
  ["snapshot data (Parquet + manifest)", /\/data\/.*\.(parquet|json)$/],
];

/** Bytes a file takes on the wire from this server: its precompressed copy when the browser took one. */
function servedBytes(dist: string, path: string, encoding: string): number {
  const file = join(dist, decodeURIComponent(path));
  const suffix = encoding === "br" ? ".br" : encoding === "gzip" ? ".gz" : "";
  return statSync(existsSync(file + suffix) ? file + suffix : file).size;
}

async function change(page: Page, value: string): Promise<number> {
  const figure = page
    .locator("figure[data-chart]")
    .filter({ has: page.locator('select[name="indicator"]') })
    .first();
  const status = figure.locator(".chart-status");
  await status.evaluate((el) => (el.textContent = ""));
  const started = Date.now();
  await figure.locator('select[name="indicator"]').selectOption(value);
  await page.waitForFunction((el) => /已更新|未能更新/.test(el!.textContent ?? ""), await status.elementHandle(), { polling: 10 });
  return Date.now() - started;
}

/** Opens a chart page served compressed, then changes its tile grid's indicator, cold and warm. */
export async function benchBrowser(browser: Browser, origin: string, path: string, dist: string, runs = 5) {
  const pageUrl = `${origin}${path}`;
  const cold: number[] = [];
  const warm: number[] = [];
  const visible: number[] = [];
  let bytes: Record<string, { bytes: number; encoding: string }> = {};
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pageUrl);
    // The chart is in the HTML: it is visible once the document has been parsed.
    visible.push(await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domInteractive));
    // Everything requested from here on is the cost of the first interaction.
    // Path → content-encoding it was served with (workers' responses are not always seen: those
    // count as the encoding the page's own responses got).
    const requested = new Map<string, string | undefined>();
    let pageEncoding = "identity";
    page.on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if (!requested.has(path)) requested.set(path, undefined);
    });
    page.on("response", (r) => {
      const served = r.headers()["content-encoding"] ?? "identity";
      requested.set(new URL(r.url()).pathname, served);
      pageEncoding = served === "identity" ? pageEncoding : served;
    });
    // The Jiangsu grid starts on national incubators; its other choice is provincial-or-higher.
    cold.push(await change(page, "provincial_plus_incubators"));
    for (let i = 0; i < 6; i++) warm.push(await change(page, i % 2 === 0 ? "national_incubators" : "provincial_plus_incubators"));
    if (run === 0) {
      bytes = {};
      const left = new Map(requested);
      for (const [kind, pattern] of KINDS) {
        const paths = [...left.keys()].filter((p) => pattern.test(p));
        const encodings = paths.map((p) => left.get(p) ?? pageEncoding);
        for (const p of paths) left.delete(p);
        bytes[kind] = {
          bytes: paths.reduce((sum, p, i) => sum + servedBytes(dist, p, encodings[i]!), 0),
          encoding: [...new Set(encodings)].join("/"),
        };
      }
    }
    await context.close();
  }
  return { visibleMs: median(visible), coldMs: median(cold), cold, warmMs: median(warm), warm, bytes };
}
