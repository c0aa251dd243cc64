/**
 * Makes dist/ ready for any static host: precompressed .br and .gz beside every compressible file
 * over 1 KB (for nginx's brotli_static/gzip_static and hosts that serve them), and a _headers file
 * (Netlify, Cloudflare Pages) with the Content-Security-Policy and long, immutable caching for
 * content-hashed assets and released snapshots. Compression uses Node's own zlib, off the main
 * thread (zlib's asynchronous calls run on libuv's thread pool), as many files at a time as the
 * machine has cores: at brotli's best quality it is the longest part of a large build.
 */
import type { AstroIntegration } from "astro";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { availableParallelism } from "node:os";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { basePath } from "../lib/base-path.ts";
import { contentSecurityPolicy, embeddablePolicy } from "../lib/csp.ts";
import { readReleases } from "../lib/server/releases.ts";

/** Text-like files worth compressing. Parquet is compressed inside; Pagefind's index is gzipped already. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|csv|wasm|map)$/;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/**
 * Compressed bytes of large files are kept between builds, keyed by their content: DuckDB's 34 MB
 * wasm takes about a minute at brotli's best quality, and it changes only with the dependency.
 */
const CACHE = process.env.PRECOMPRESS_CACHE ?? fileURLToPath(new URL("../../node_modules/.cache/precompressed/", import.meta.url));

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function cached(bytes: Buffer, kind: string, compress: () => Promise<Buffer>): Promise<Buffer> {
  if (bytes.length < 512 * 1024) return compress();
  // `kind` names the format and its settings: a change of settings is a new key.
  const path = join(CACHE, `${createHash("sha256").update(bytes).digest("hex")}.${kind}`);
  if (existsSync(path)) return readFileSync(path);
  const compressed = await compress();
  mkdirSync(CACHE, { recursive: true });
  // Written whole, then renamed: a build stopped halfway leaves no truncated copy to be served.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, compressed);
  renameSync(partial, path);
  return compressed;
}

/**
 * The _headers file. Every path gets exactly one Content-Security-Policy rule: /charts/ the
 * policy that lets other sites embed a chart, every other top-level folder and file of the
 * build (`entries`: names, folders ending in /) the one that does not. Not one rule for `/*` and
 * another for `/charts/*`: Cloudflare Pages joins the values of a header that two matching rules
 * set (two policies, both enforced, so frame-ancestors 'none' would still hold on /charts/), and
 * Netlify keeps the later one; with one rule per path both serve what is written.
 */
export function headersFile(base: string, snapshots: string[], entries: string[]): string {
  const immutable = "  Cache-Control: public, max-age=31536000, immutable";
  const csp = (path: string) => [
    `${base}${path}`,
    `  Content-Security-Policy: ${path === "charts/*" ? embeddablePolicy : contentSecurityPolicy}`,
    "",
  ];
  const paths = [
    "",
    ...entries
      .filter((e) => e !== "_headers")
      .map((e) => (e.endsWith("/") ? `${e}*` : e))
      .sort(),
  ];
  return [
    `${base}*`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "",
    ...paths.flatMap(csp),
    `${base}_astro/*`,
    immutable,
    "",
    ...snapshots.flatMap((id) => [`${base}data/${id}/*`, immutable, ""]),
  ].join("\n");
}

export function deployFiles(): AstroIntegration {
  let base = "/";
  return {
    name: "deploy-files",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = basePath(config.base);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The build's own copy of the list (dist/data/), which is what the host serves.
        const snapshots = readReleases(join(root, "data")).releases.map((r) => r.id);
        // Every top-level folder and file of the build, each with its own policy rule.
        const entries = readdirSync(root, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
        writeFileSync(join(root, "_headers"), headersFile(base, snapshots, [...new Set([...entries, "charts/"])]));
        const todo = [...files(root)].filter((path) => COMPRESSIBLE.test(path) && statSync(path).size >= 1024);
        const compressOne = async (path: string) => {
          const bytes = readFileSync(path);
          const [br, gz] = await Promise.all([
            cached(bytes, "q11.br", () =>
              brotliAsync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
            ),
            cached(bytes, "l9.gz", () => gzipAsync(bytes, { level: 9 })),
          ]);
          writeFileSync(`${path}.br`, br);
          writeFileSync(`${path}.gz`, gz);
        };
        // A few workers take files from one list until it is empty.
        let next = 0;
        const worker = async () => {
          while (next < todo.length) await compressOne(todo[next++]!);
        };
        await Promise.all(Array.from({ length: availableParallelism() }, worker));
        logger.info(`precompressed ${todo.length} files; wrote ${relative(root, join(root, "_headers"))}`);
      },
    },
  };
}
