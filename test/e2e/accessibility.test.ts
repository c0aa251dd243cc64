/**
 * An automated accessibility pass (axe-core in Chromium), in light mode: no serious or critical
 * violations on any page in the sitemap on a phone-sized screen (390 px, where most readers are),
 * and on a desktop-sized one (1280 px) for the largest page of each kind (the kind is the path's
 * first folder and depth: every article, every region page …), which carries the most charts,
 * whose wide drawings only show there. Each page's axe run takes about a second, so the desktop
 * pass is a sample; the phone pass is complete, and a guard holds it to every page built.
 */
import AxeBuilder from "@axe-core/playwright";
import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium.ts";
import { sitemapPaths } from "./sitemap.ts";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const outDir = new URL(`../../${process.env.OUT_DIR ?? "dist"}/`, import.meta.url);

/** Pages the build wrote: every index.html under the output folder. */
/** Pages built, redirects aside (an old address kept working is not a page of its own). */
function builtPages(dir = outDir.pathname): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += builtPages(`${dir}${entry.name}/`);
    else if (entry.name === "index.html" && !/<meta http-equiv="refresh"/.test(readFileSync(`${dir}${entry.name}`, "utf8"))) count++;
  }
  return count;
}

async function violations(page: Page, path: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${path} (${page.viewportSize()?.width} px): ${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

/** The kind of page a path is: its first folder and its depth (/regions/320000/ → regions/2). */
const kindOf = (path: string) => {
  const segments = path.slice(new URL(baseUrl).pathname.length).split("/").filter(Boolean);
  return `${segments[0] ?? ""}/${segments.length}`;
};

describe("accessibility", () => {
  it(
    "no serious or critical axe violations on any page on a phone, nor on the largest page of each kind on a desktop",
    // About a second a page on a quiet machine; every chart's page (/charts/) made the pages half as many again.
    { timeout: 1_200_000 },
    async () => {
      const paths = await sitemapPaths(baseUrl);
      // The sitemap lists every page built: a short or empty sitemap would pass with nothing checked.
      expect(paths.length).toBe(builtPages());
      const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const problems: string[] = [];
      const sizes = new Map<string, number>();
      let visited = 0;
      for (const path of paths) {
        const response = await page.goto(new URL(path, baseUrl).href);
        expect(response?.ok(), path).toBe(true);
        sizes.set(path, (await response!.body()).length);
        problems.push(...(await violations(page, path)));
        visited++;
      }
      expect(visited).toBe(paths.length);

      const largest = new Map<string, string>();
      for (const path of paths) {
        const kind = kindOf(path);
        const current = largest.get(kind);
        if (current === undefined || sizes.get(path)! > sizes.get(current)!) largest.set(kind, path);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      for (const path of largest.values()) {
        await page.goto(new URL(path, baseUrl).href);
        problems.push(...(await violations(page, path)));
      }
      // Every kind of page was seen at both widths (home, archive, series, issue, article, policy, region, data …).
      expect(largest.size).toBeGreaterThanOrEqual(10);
      await context.close();
      expect(problems).toEqual([]);
    },
  );

  it("the skip link is the first thing a keyboard reaches, and it shows", async () => {
    const page = await browser().newPage();
    await page.goto(baseUrl);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      left: document.activeElement?.getBoundingClientRect().left,
    }));
    expect(focused.text).toBe("跳到正文");
    expect(focused.left).toBeGreaterThanOrEqual(0);
  });
});
