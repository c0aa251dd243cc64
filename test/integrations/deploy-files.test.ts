import { describe, expect, it } from "vitest";
import { headersFile } from "../../src/integrations/deploy-files.ts";

/** The headers a host sends for `path`: every matching rule's, as Cloudflare Pages joins a header two rules set. */
function headersFor(file: string, path: string): Map<string, string[]> {
  const sent = new Map<string, string[]>();
  for (const block of file.split(/\n\s*\n/)) {
    const [pattern, ...lines] = block.split("\n").filter(Boolean);
    const re = new RegExp(`^${pattern!.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
    if (!re.test(path)) continue;
    for (const line of lines) {
      const [name, ...value] = line.trim().split(": ");
      sent.set(name!, [...(sent.get(name!) ?? []), value.join(": ")]);
    }
  }
  return sent;
}

describe("_headers", () => {
  const text = headersFile("/bulletin/", ["2026-11-23"], ["_astro/", "charts/", "data/", "regions/", "404.html", "index.html", "rss.xml"]);

  it("sends the CSP everywhere and caches hashed assets and released snapshots for good, under the base", () => {
    expect(text).toContain("/bulletin/*\n  X-Content-Type-Options: nosniff");
    expect(text).toContain(
      "/bulletin/regions/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';",
    );
    expect(text).toContain("/bulletin/_astro/*\n  Cache-Control: public, max-age=31536000, immutable");
    expect(text).toContain("/bulletin/data/2026-11-23/*\n  Cache-Control: public, max-age=31536000, immutable");
    // Only released snapshots are immutable, not the data pages beside them.
    expect(text).not.toMatch(/^\/bulletin\/data\/\*\n {2}Cache-Control/m);
  });

  it("lets other sites frame /charts/ pages and no other page, with one policy per path", () => {
    for (const path of [
      "/bulletin/",
      "/bulletin/index.html",
      "/bulletin/regions/320000/",
      "/bulletin/data/",
      "/bulletin/404.html",
      "/bulletin/_astro/x.js",
    ]) {
      const csp = headersFor(text, path).get("Content-Security-Policy");
      expect(csp, path).toHaveLength(1);
      expect(csp![0], path).toMatch(/frame-ancestors 'none'$/);
    }
    const chart = headersFor(text, "/bulletin/charts/chart-peers-latest-12345678/").get("Content-Security-Policy");
    expect(chart).toHaveLength(1);
    expect(chart![0]).toMatch(/frame-ancestors \*$/);
    expect(chart![0]).not.toContain("frame-ancestors 'none'");
  });
});
