/**
 * The charts' part of `npm run bench`: how long a chart's query and its two drawings take in
 * Node (the build also runs the query once per control option, which this leaves out), how soon
 * it is visible in the browser, and, side by side in one run, what a chart's first change costs
 * (from the reader's change to the redrawn chart: the rows of the chart's own choices, built
 * ahead, and one drawing) against a bare DuckDB-WASM start (`SELECT 42`, from the same worker and
 * wasm files), on a first visit (an empty browser profile) and a repeat visit (the same browser,
 * a new page), with the bytes each takes. Measured, never asserted.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../test/e2e/chromium.ts";
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
  ["the chart's rows, built ahead", /\/charts\/.*\.json$/],
  ["JavaScript modules", /\.js$/],
  ["snapshot data (Parquet + manifest)", /\/data\/.*\.(parquet|json)$/],
];

/** Bytes a file takes on the wire from this server: its precompressed copy when the browser took one. */
function servedBytes(dist: string, path: string, encoding: string): number {
  const file = join(dist, decodeURIComponent(path));
  const suffix = encoding === "br" ? ".br" : encoding === "gzip" ? ".gz" : "";
  return existsSync(file + suffix) ? statSync(file + suffix).size : existsSync(file) ? statSync(file).size : 0;
}

/** What a page requested from `from` on, by kind, as served. */
function watchBytes(page: Page, dist: string) {
  // Path → content-encoding it was served with (a worker's responses are not always seen: those
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
  return {
    reset: () => requested.clear(),
    paths: () => [...requested.keys()],
    bytes(): Record<string, { bytes: number; encoding: string }> {
      const left = new Map(requested);
      const out: Record<string, { bytes: number; encoding: string }> = {};
      for (const [kind, pattern] of KINDS) {
        const paths = [...left.keys()].filter((p) => pattern.test(p));
        const encodings = paths.map((p) => left.get(p) ?? pageEncoding);
        for (const p of paths) left.delete(p);
        if (paths.length > 0)
          out[kind] = {
            bytes: paths.reduce((sum, p, i) => sum + servedBytes(dist, p, encodings[i]!), 0),
            encoding: [...new Set(encodings)].join("/"),
          };
      }
      return out;
    },
  };
}

/** The Jiangsu tile grid: its indicator control's first change is one of the chart's own choices. */
const tileGrid = (page: Page) =>
  page
    .locator("figure[data-chart]")
    .filter({ has: page.locator('select[name="indicator"]') })
    .first();

/**
 * Changes a control and measures in the page, from the change event to the first frame after
 * the status says the chart is redrawn (so no round trip to the browser is counted). Returns the
 * milliseconds and what the status said.
 */
async function change(page: Page, name: string, value: string): Promise<{ ms: number; status: string }> {
  const figure = tileGrid(page);
  await figure.evaluate((fig) => {
    const form = fig.querySelector("form")!;
    const status = fig.querySelector(".chart-status")!;
    status.textContent = "";
    (window as unknown as { measured: Promise<number> }).measured = new Promise<number>((resolve) => {
      let started = 0;
      form.addEventListener("change", () => (started = performance.now()), { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (!/^已更新|^未能/.test(status.textContent ?? "")) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - started));
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
  });
  await figure.locator(`select[name="${name}"]`).selectOption(value);
  const ms = await page.evaluate(() => (window as unknown as { measured: Promise<number> }).measured);
  return { ms, status: (await figure.locator(".chart-status").textContent()) ?? "" };
}

/** A browser with its own empty profile on disk, as a reader's (its HTTP and code caches persist across pages). */
async function freshBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "bench-profile-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page stays open this long after its measurement, as a reader's would: the browser writes its code cache meanwhile. */
const LINGER_MS = 3000;

/**
 * Bundles the bare DuckDB page's script (scripts/bench-engine-page.ts) with Vite, in memory, and
 * answers /__bench/engine/ and its script; the worker and wasm are the site's own, from dist/_astro/.
 */
export async function bareEnginePage(root: string, dist: string) {
  const { build } = await import("vite");
  const built = await build({
    configFile: false,
    root,
    logLevel: "silent",
    publicDir: false,
    build: {
      write: false,
      minify: true,
      lib: { entry: join(root, "scripts/bench-engine-page.ts"), formats: ["es"], fileName: () => "engine.js" },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as { output: { fileName: string; type: string; code?: string }[] }[];
  const files = new Map<string, string>(
    outputs.flatMap((o) => o.output.filter((f) => f.type === "chunk").map((f) => [`/__bench/${f.fileName}`, f.code!] as const)),
  );
  const assets = readdirSync(join(dist, "_astro"));
  const worker = `/_astro/${assets.find((f) => /^duckdb-browser-eh\.worker\..*\.js$/.test(f))}`;
  const wasm = `/_astro/${assets.find((f) => /^duckdb-eh\..*\.wasm$/.test(f))}`;
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>bare DuckDB-WASM</title><script type="module" src="/__bench/engine.js"></script></html>`;
  return {
    worker,
    wasm,
    /** Answers the bare page's requests; false for anything else. */
    handle(req: IncomingMessage, res: ServerResponse): boolean {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const body = path === "/__bench/engine/" ? html : files.get(path);
      if (body === undefined) return false;
      res.setHeader("Content-Type", path.endsWith("/") ? "text/html; charset=utf-8" : "text/javascript; charset=utf-8");
      res.end(body);
      return true;
    },
  };
}

type Bare = Awaited<ReturnType<typeof bareEnginePage>>;

async function bareStart(page: Page, origin: string, bare: Bare, how: "site" | "stock"): Promise<number> {
  await page.goto(`${origin}/__bench/engine/`);
  await page.waitForFunction(() => "bareStart" in window);
  const ms = await page.evaluate(
    ([how, worker, wasm]) =>
      (window as unknown as { bareStart: (h: string, w: string, m: string) => Promise<number> }).bareStart(how!, worker!, wasm!),
    [how, bare.worker, bare.wasm],
  );
  await page.waitForTimeout(LINGER_MS);
  return ms;
}

export interface FirstChangeBench {
  visibleMs: number;
  /** The first change of the chart (its own choice, rows built ahead), first visit and repeat visit; without and after a hover. */
  change: { first: number[]; repeat: number[]; firstHovered: number[]; repeatHovered: number[] };
  /** A change the build did not enumerate (two controls changed), which starts the site's engine: first and repeat visit. */
  engineChange: { first: number[]; repeat: number[] };
  /** Bare DuckDB-WASM start to SELECT 42, the site's loader: first, repeat and third visit; DuckDB's own loader: first and repeat. */
  bare: { first: number[]; repeat: number[]; third: number[]; stockFirst: number[]; stockRepeat: number[] };
  /** Later changes of the chart's own choices and engine changes with the engine warm. */
  warm: number[];
  /** What each path fetched on a first visit, as served. */
  bytes: { change: Record<string, { bytes: number; encoding: string }>; engine: Record<string, { bytes: number; encoding: string }> };
  statuses: string[];
}

/**
 * Side by side, `runs` times: a chart's first change and a change that needs the engine (the
 * Jiangsu tile grid on `path`), and a bare DuckDB-WASM start, each on a first visit (a fresh
 * browser profile) and a repeat visit (the same browser, a new page).
 */
export async function benchFirstChange(origin: string, path: string, dist: string, bare: Bare, runs = 5): Promise<FirstChangeBench> {
  const result: FirstChangeBench = {
    visibleMs: 0,
    change: { first: [], repeat: [], firstHovered: [], repeatHovered: [] },
    engineChange: { first: [], repeat: [] },
    bare: { first: [], repeat: [], third: [], stockFirst: [], stockRepeat: [] },
    warm: [],
    bytes: { change: {}, engine: {} },
    statuses: [],
  };
  const visible: number[] = [];
  const years = async (page: Page) =>
    tileGrid(page)
      .locator('select[name="until"] option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ""));
  for (let run = 0; run < runs; run++) {
    // The chart without a hover first, then a change the build did not enumerate (the engine).
    {
      const browser = await freshBrowser();
      for (const visit of ["first", "repeat"] as const) {
        const page = await browser.context.newPage();
        const watch = watchBytes(page, dist);
        await page.goto(`${origin}${path}`);
        visible.push(
          await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domInteractive),
        );
        watch.reset();
        const first = await change(page, "indicator", "provincial_plus_incubators");
        result.change[visit].push(first.ms);
        result.statuses.push(first.status);
        if (run === 0 && visit === "first") result.bytes.change = watch.bytes();
        watch.reset();
        const [year] = await years(page);
        const engine = await change(page, "until", year!);
        result.engineChange[visit].push(engine.ms);
        result.statuses.push(engine.status);
        if (run === 0 && visit === "first") result.bytes.engine = watch.bytes();
        if (visit === "repeat") {
          for (let i = 0; i < 4; i++) {
            result.warm.push((await change(page, "indicator", i % 2 === 0 ? "national_incubators" : "provincial_plus_incubators")).ms);
          }
        }
        await page.waitForTimeout(LINGER_MS);
        await page.close();
      }
      await browser.close();
    }
    // The chart after the pointer has come over it, as a reader's does on the way to a control.
    {
      const browser = await freshBrowser();
      for (const visit of ["firstHovered", "repeatHovered"] as const) {
        const page = await browser.context.newPage();
        await page.goto(`${origin}${path}`);
        await tileGrid(page).hover();
        await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => /\/charts\/.*\.json$/.test(e.name)));
        await page.waitForTimeout(500);
        result.change[visit].push((await change(page, "indicator", "provincial_plus_incubators")).ms);
        await page.close();
      }
      await browser.close();
    }
    // A bare DuckDB-WASM start, the site's way and DuckDB's own way.
    {
      const browser = await freshBrowser();
      for (const visit of ["first", "repeat", "third"] as const) {
        const page = await browser.context.newPage();
        result.bare[visit].push(await bareStart(page, origin, bare, "site"));
        await page.close();
      }
      await browser.close();
    }
    {
      const browser = await freshBrowser();
      for (const visit of ["stockFirst", "stockRepeat"] as const) {
        const page = await browser.context.newPage();
        result.bare[visit].push(await bareStart(page, origin, bare, "stock"));
        await page.close();
      }
      await browser.close();
    }
  }
  result.visibleMs = median(visible);
  return result;
}
