// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { fileURLToPath } from "node:url";
import { deployFiles } from "./src/integrations/deploy-files.ts";
import { pagefind } from "./src/integrations/pagefind.ts";

// The build bundles the server modules into the output folder, wherever that is; they find
// data/, public/data/ and src/queries/ through this (src/lib/server/root.ts).
process.env.BULLETIN_ROOT ??= fileURLToPath(new URL(".", import.meta.url));

// SITE is the public origin the site is served from (used in feeds, the sitemap and canonical
// links); BASE the path under it, e.g. /bulletin/ for a project page on GitHub Pages.
export default defineConfig({
  site: process.env.SITE ?? "https://bulletin.example.org",
  base: process.env.BASE ?? "/",
  trailingSlash: "always",
  // The content-error tests build fixture sites side by side; each gets its own output and cache.
  outDir: process.env.OUT_DIR ?? "./dist",
  cacheDir: process.env.ASTRO_CACHE_DIR ?? "./node_modules/.astro",
  // Order matters: the search index is written before files are precompressed.
  integrations: [mdx(), sitemap(), pagefind(), deployFiles()],
  build: { format: "directory", inlineStylesheets: "never" },
  // Scripts and styles are always files of their own: the Content-Security-Policy allows no
  // inline script, and Vite would otherwise inline small ones.
  vite: { build: { assetsInlineLimit: 0 } },
  // Reading pages ship no JavaScript: Astro adds none unless a component asks for it.
  prefetch: false,
  // Places that were once pages of their own and are now one with another: their addresses keep
  // working. 盐城经济技术开发区 was both a zone and its GB/T 2260 code 320971 until dataset v2.
  redirects: { "/regions/yancheng-etdz": "/regions/320971/" },
  devToolbar: { enabled: false },
  server: { host: "127.0.0.1" },
});
