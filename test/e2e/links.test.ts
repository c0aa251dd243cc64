/**
 * A link check over the built site: every page in the sitemap answers 200, and every internal
 * link and fragment on those pages resolves. HTML is parsed with linkedom.
 */
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { sitemapPaths } from "./sitemap.ts";

const baseUrl = inject("baseUrl");
const origin = new URL(baseUrl).origin;

describe("links", () => {
  it(
    "every page answers 200, has canonical and Open Graph tags, and every internal link and fragment resolves",
    { timeout: 180_000 },
    async () => {
      // Each page fetched and parsed once; null for what is not HTML.
      const pages = new Map<string, Promise<Document | null>>();
      const load = (path: string): Promise<Document | null> => {
        if (!pages.has(path)) {
          pages.set(
            path,
            fetch(new URL(path, origin)).then(async (response) =>
              response.ok && (response.headers.get("content-type") ?? "").includes("html")
                ? (parseHTML(await response.text()).document as unknown as Document)
                : null,
            ),
          );
        }
        return pages.get(path)!;
      };
      const status = new Map<string, number>();
      const check = async (path: string) => {
        if (!status.has(path)) status.set(path, (await fetch(new URL(path, origin), { method: "HEAD" })).status);
        return status.get(path)!;
      };
      const broken: string[] = [];
      const paths = await sitemapPaths(baseUrl);
      expect(paths.length).toBeGreaterThan(100);
      for (const path of paths) {
        expect(await check(path), path).toBe(200);
        const doc = await load(path);
        for (const selector of [
          'link[rel="canonical"]',
          'meta[property="og:title"]',
          'meta[property="og:url"]',
          'meta[name="description"]',
        ]) {
          if (!doc?.querySelector(selector)) broken.push(`${path}: no ${selector}`);
        }
        for (const el of doc?.querySelectorAll("a[href], link[href]") ?? []) {
          const href = el.getAttribute("href")!;
          const target = new URL(href, new URL(path, origin));
          if (target.origin !== origin) continue;
          if ((await check(target.pathname)) !== 200) {
            broken.push(`${path} → ${href} (${status.get(target.pathname)})`);
            continue;
          }
          if (target.hash) {
            // A chart's choices may follow its id (#<id>:snapshot=…, src/lib/charts/address.ts).
            const id = decodeURIComponent(target.hash.slice(1)).replace(/^(chart-[a-z0-9-]+):.*$/, "$1");
            const targetDoc = await load(target.pathname);
            if (!targetDoc?.getElementById(id)) broken.push(`${path} → ${href} (no element with id "${id}")`);
          }
        }
      }
      expect(broken).toEqual([]);
    },
  );

  it("serves robots.txt naming the sitemap", async () => {
    const text = await (await fetch(`${baseUrl}robots.txt`)).text();
    expect(text).toMatch(/^Sitemap: .*sitemap-index\.xml$/m);
  });
});
