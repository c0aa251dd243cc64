/**
 * npm run bench:scale [-- --sizes 250,500,1000,2000] [--keep]
 *
 * How the build's cost grows with content: for each size, writes SYNTHETIC content (made up, said
 * so in every title and body; scripts/bench-scale-content.ts) into a temporary folder, builds the
 * site from it (CONTENT_DIR, OUT_DIR and the cache in that folder; the dataset and the released
 * snapshots are the real ones), and reports total build time, time per page, the time of each
 * phase, the Pagefind index's size and the largest page. Nothing is written into the project;
 * the temporary folders are removed unless --keep. Figures go in bench/README.md.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeSyntheticContent } from "./bench-scale-content.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { sizes: { type: "string", default: "250,500,1000,2000" }, keep: { type: "boolean" } } });
const sizes = values.sizes.split(",").map(Number);

/** What Astro and the integrations print as each phase ends, in order. */
const PHASES: [string, RegExp][] = [
  ["start (content sync)", /Building static entrypoints/],
  ["bundle (Vite)", /generating static routes/],
  ["render pages", /✓ Completed in/],
  ["Pagefind", /\[pagefind\] indexed/],
  ["precompress", /\[deploy-files\] precompressed/],
];

function build(content: string, out: string, cache: string): Promise<{ ms: number; phases: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const phases: Record<string, number> = {};
    let phase = 0;
    let last = started;
    const child = spawn(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build"], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: cache, NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let tail = "";
    let partial = "";
    const read = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000);
      const lines = (partial + chunk.toString()).split("\n");
      partial = lines.pop()!;
      for (const line of lines) {
        const next = PHASES[phase];
        if (next && next[1].test(line)) {
          const now = performance.now();
          phases[next[0]] = now - last;
          last = now;
          phase++;
        }
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`build failed (${code}):\n${tail}`));
      else resolve({ ms: performance.now() - started, phases });
    });
  });
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

interface Result {
  articles: number;
  pages: number;
  regions: number;
  charts: number;
  ms: number;
  phases: Record<string, number>;
  pagefindBytes: number;
  /** All pages' HTML: what precompression works through. */
  htmlBytes: number;
  largest: { path: string; bytes: number };
}

const results: Result[] = [];
for (const articles of sizes) {
  const temp = mkdtempSync(join(tmpdir(), "bulletin-scale-"));
  try {
    const content = join(temp, "content");
    const made = writeSyntheticContent(content, articles, root);
    const out = join(temp, "dist");
    console.log(
      `${articles} articles: ${made.issues} issues, ${made.policies} policies, ${made.places} places mentioned, ${made.charts} charts in articles; building …`,
    );
    const { ms, phases } = await build(content, out, join(temp, "cache"));
    const html = [...walk(out)].filter((p) => p.endsWith("index.html"));
    const largest = html
      .map((p) => ({ path: `/${relative(out, p).replace(/index\.html$/, "")}`, bytes: statSync(p).size }))
      .sort((a, b) => b.bytes - a.bytes)[0]!;
    const pagefindBytes = [...walk(join(out, "pagefind"))]
      .filter((p) => !/\.(br|gz)$/.test(p))
      .reduce((sum, p) => sum + statSync(p).size, 0);
    const result: Result = {
      articles,
      pages: html.length,
      regions: html.filter((p) => /\/regions\/[^/]+\/index\.html$/.test(p)).length,
      charts: made.charts,
      ms,
      phases,
      pagefindBytes,
      htmlBytes: html.reduce((sum, p) => sum + statSync(p).size, 0),
      largest,
    };
    results.push(result);
    console.log(
      `  ${result.pages} pages (${result.regions} region pages) in ${(ms / 1000).toFixed(1)} s: ${(ms / result.pages).toFixed(1)} ms a page; ` +
        Object.entries(phases)
          .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
          .join(", ") +
        `; HTML ${(result.htmlBytes / 1024 / 1024).toFixed(0)} MiB; Pagefind ${(pagefindBytes / 1024 / 1024).toFixed(1)} MiB; largest page ${largest.path} ${(largest.bytes / 1024).toFixed(0)} KiB`,
    );
  } finally {
    if (values.keep) console.log(`  kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
}

const first = results[0]!;
console.log(
  "\n| articles | pages | region pages | build | per page | " + PHASES.map(([k]) => k).join(" | ") + " | HTML | Pagefind | largest page |",
);
console.log("| --: | --: | --: | --: | --: | " + PHASES.map(() => "--:").join(" | ") + " | --: | --: | --- |");
for (const r of results) {
  console.log(
    `| ${r.articles.toLocaleString("en")} | ${r.pages.toLocaleString("en")} | ${r.regions} | ${(r.ms / 1000).toFixed(1)} s | ${(r.ms / r.pages).toFixed(1)} ms | ` +
      PHASES.map(([k]) => `${((r.phases[k] ?? 0) / 1000).toFixed(1)} s`).join(" | ") +
      ` | ${(r.htmlBytes / 1024 / 1024).toFixed(0)} MiB | ${(r.pagefindBytes / 1024 / 1024).toFixed(1)} MiB | \`${r.largest.path}\` ${(r.largest.bytes / 1024).toFixed(0)} KiB |`,
  );
}
const last = results.at(-1)!;
if (results.length > 1) {
  // Linear growth keeps the time per page flat; a cost that grows with pages² doubles it as pages double.
  console.log(
    `\nfrom ${first.pages} to ${last.pages} pages (×${(last.pages / first.pages).toFixed(1)}): build ×${(last.ms / first.ms).toFixed(1)}, time per page ×${(last.ms / last.pages / (first.ms / first.pages)).toFixed(2)}`,
  );
}
