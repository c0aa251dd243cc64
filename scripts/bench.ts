/**
 * npm run bench — builds the site and measures it, printing figures for bench/README.md:
 * Lighthouse (mobile settings) on representative pages, served compressed from dist/ the way a
 * static host serves it (sirv with the precompressed .br/.gz files, and the _headers file's
 * immutable caching of /_astro/), and search: the index's size and the time from opening
 * /search/?q=… to the first results, cold and warm, in Chromium; charts (scripts/bench-charts.ts:
 * build time per chart; a chart's first change side by side with a bare DuckDB-WASM start, on a
 * first and a repeat visit, their ratio and bytes) and the SQL workbench
 * (scripts/bench-workbench.ts: cold open, GROUP BY over 1M synthetic rows, grid); and the figure
 * extractor's recall and precision on the documents with recorded figures.
 * Nothing here is asserted: timings vary by machine.
 *
 * `--only=charts,workbench` runs only those parts (of figures, lighthouse, search, charts,
 * workbench) after the build; `--no-build` measures the dist/ already there.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch as launchChrome } from "chrome-launcher";
import lighthouse from "lighthouse";
import sirv from "sirv";
import { CHROMIUM_ARGS, chromiumPath, launch } from "../test/e2e/chromium.ts";
import { bareEnginePage, benchBuild, benchFirstChange } from "./bench-charts.ts";
import { benchWorkbench, median } from "./bench-workbench.ts";
import { formatScore } from "../src/lib/figures/score.ts";
import { scoreContent, scoreExternalQuotes } from "../src/lib/server/figure-score.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const flags = ["--headless=new", ...CHROMIUM_ARGS];
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const part = (name: string) => !only || only.includes(name);

// The figure extractor (npm run figures), first: it needs no build and takes about a second.
if (part("figures")) {
  const figuresStarted = Date.now();
  const figures = scoreContent(root);
  const quotes = scoreExternalQuotes(root);
  console.log(`Suggested figures (npm run figures) on the documents with recorded figures, ${Date.now() - figuresStarted} ms:`);
  for (const d of figures.documents) console.log(`  ${d.document}: ${formatScore(d.score)}`);
  console.log(`  all: ${formatScore(figures.total)}`);
  console.log(
    `  external rows' quotes read alone: ${quotes.found}/${quotes.rows} values with their qualifier, ${quotes.sameRegion} with the region, ${quotes.sameIndicator} with the indicator\n`,
  );
}

if (!process.argv.includes("--no-build")) {
  console.log("building …");
  const buildStarted = Date.now();
  execFileSync(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build"], { cwd: root, stdio: "ignore" });
  console.log(
    `build: ${((Date.now() - buildStarted) / 1000).toFixed(1)} s (precompressed files come from node_modules/.cache after the first build)`,
  );
}
if (part("charts")) {
  const built = await benchBuild(dist);
  console.log(
    `charts at build time: ${built.charts} charts; opening the snapshot in DuckDB ${built.openMs.toFixed(0)} ms once, then per chart (query + two drawings) median ${built.medianMs.toFixed(1)} ms, max ${built.maxMs.toFixed(1)} ms`,
  );
}

// Served as the deployment serves it: precompressed files, and content-hashed assets cached for
// good (dist/_headers), which is what lets a repeat visit take the engine from the browser's cache.
const serve = sirv(dist, {
  brotli: true,
  gzip: true,
  etag: true,
  dev: false,
  setHeaders: (res, path) => {
    if (path.startsWith("/_astro/")) res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
  },
});
const bare = part("charts") ? await bareEnginePage(root, dist) : undefined;
const server = createServer((req, res) => {
  if (bare?.handle(req, res)) return;
  serve(req, res, () => {
    res.statusCode = 404;
    res.end("not found");
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

const pages: [string, string][] = [
  ["home", "/"],
  ["issue", "/issues/jiangsu-shuangchuang/2022-02/"],
  ["article", "/issues/jiangsu-shuangchuang/2022-02/02-wo-sheng-guo-jia-ji-fu/"],
  ["chart", "/issues/jiangsu-shuangchuang/late-2022/02-jiang-su-ke-ji-chuang-ye/"],
  ["region", "/regions/320000/"],
  ["data", "/data/"],
  ["policy", "/policies/yancheng-incubator-plan-2023-2025/"],
];

if (part("lighthouse")) {
  console.log("\nLighthouse (mobile emulation, simulated throttling), scores out of 100:");
  console.log("page      performance  accessibility  best-practices  seo   LCP ms  TBT ms  bytes");
  const chrome = await launchChrome({ chromePath: chromiumPath(), chromeFlags: flags });
  try {
    for (const [name, path] of pages) {
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      const lhr = result!.lhr;
      const score = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(3);
      const audit = (id: string) => String(Math.round(lhr.audits[id]?.numericValue ?? 0)).padStart(6);
      console.log(
        `${name.padEnd(10)}${score("performance").padStart(11)}  ${score("accessibility").padStart(13)}  ${score("best-practices").padStart(14)}  ${score("seo")}  ${audit("largest-contentful-paint")}  ${audit("total-blocking-time")}  ${audit("total-byte-weight")}`,
      );
    }
  } finally {
    chrome.kill();
  }
}

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderBytes(path);
      bytes += inner.bytes;
      files += inner.files;
    } else if (!/\.(br|gz)$/.test(entry.name)) {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}
const browser = await launch();
if (part("search")) {
  const index = folderBytes(join(dist, "pagefind"));
  console.log(`\nSearch index (dist/pagefind): ${index.files} files, ${(index.bytes / 1024).toFixed(0)} KiB`);

  const timeToResults = async (page: import("playwright-core").Page, q: string) => {
    const started = Date.now();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector("#search-status")?.textContent ?? ""));
    return Date.now() - started;
  };
  const queries = ["孵化器", "科创飞地", "众创空间", "太仓", "标杆孵化器"];
  const cold: number[] = [];
  const warm: number[] = [];
  for (const q of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    cold.push(await timeToResults(page, q));
    warm.push(await timeToResults(page, `${q} 江苏`));
    await context.close();
  }
  console.log(
    `Search, open /search/?q=… to first results: cold median ${median(cold)} ms (${cold.join(", ")}), warm median ${median(warm)} ms (${warm.join(", ")})`,
  );
}

if (bare) {
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms (${values.map((v) => v.toFixed(0)).join(", ")})`;
  const charts = await benchFirstChange(origin, "/regions/320000/", dist, bare);
  const { change, engineChange, bare: engine } = charts;
  console.log(`\nCharts on /regions/320000/: visible at DOM interactive, median ${charts.visibleMs.toFixed(0)} ms after navigation`);
  console.log(
    "A chart's first change (the Jiangsu tile grid's indicator: its own choice, rows built ahead), from the change to the redrawn chart:",
  );
  console.log(
    `  first visit (empty profile):       median ${ms(change.first)}; after the pointer came over the chart: ${ms(change.firstHovered)}`,
  );
  console.log(
    `  repeat visit (same browser, new page): median ${ms(change.repeat)}; after the pointer came over the chart: ${ms(change.repeatHovered)}`,
  );
  console.log("A bare DuckDB-WASM start to SELECT 42 (the same worker and wasm, started as the site starts them):");
  console.log(
    `  first visit: median ${ms(engine.first)}; repeat visit: median ${ms(engine.repeat)}; third visit: median ${ms(engine.third)}`,
  );
  console.log(`  with DuckDB's own loader: first visit ${ms(engine.stockFirst)}; repeat visit ${ms(engine.stockRepeat)}`);
  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(3);
  console.log(
    `Ratio first change / bare engine start: first visit ${ratio(change.first, engine.first)} (after a hover ${ratio(change.firstHovered, engine.first)}); repeat visit ${ratio(change.repeat, engine.repeat)} (after a hover ${ratio(change.repeatHovered, engine.repeat)})`,
  );
  console.log(
    `A change the build did not enumerate (indicator and year both changed: the engine starts): first visit ${ms(engineChange.first)}; repeat visit ${ms(engineChange.repeat)}`,
  );
  console.log(`Later changes, engine warm: median ${ms(charts.warm)}`);
  for (const [name, bytes] of Object.entries(charts.bytes)) {
    console.log(`Bytes on a first visit, ${name === "change" ? "first change" : "then the engine's first use"}:`);
    for (const [kind, { bytes: n, encoding }] of Object.entries(bytes))
      console.log(`  ${kind.padEnd(36)} ${n.toLocaleString("en")} (${encoding})`);
  }
  const statuses = [...new Set(charts.statuses.map((s) => s.replace(/\d+ 毫秒/, "… 毫秒")))];
  console.log(`  (what the chart said: ${statuses.join(" / ")})`);
}

if (part("workbench")) {
  const workbench = await benchWorkbench(browser, `${origin}/`);
  console.log("\nSQL workbench (/data/sql/):");
  console.log(
    `cold open to first result: median ${workbench.coldOpenMedianMs.toFixed(0)} ms (${workbench.coldOpenMs.map((m) => m.toFixed(0)).join(", ")})`,
  );
  console.log(
    `GROUP BY region, indicator over 1,000,000 synthetic rows (warm): median ${workbench.groupByMedianMs.toFixed(0)} ms (${workbench.groupByMs.map((m) => m.toFixed(0)).join(", ")})`,
  );
  console.log(
    `grid: ${workbench.gridRows.toLocaleString("en")} rows shown in ${workbench.gridShowMs.toFixed(0)} ms; longest task while scrolling ${workbench.gridScrollLongestTaskMs.toFixed(0)} ms; tasks over 200 ms: ${workbench.gridScrollLongTasksOver200}`,
  );
}
await browser.close();
server.close();
