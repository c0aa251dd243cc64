/**
 * An automated accessibility pass (axe-core in Chromium) over every page in the sitemap: no
 * serious or critical violations, on a phone-sized and a desktop-sized screen, in light mode.
 */
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium.ts";
import { sitemapPaths } from "./sitemap.ts";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

describe("accessibility", () => {
  it("no serious or critical axe violations on any page", { timeout: 300_000 }, async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of await sitemapPaths(baseUrl)) {
      await page.goto(new URL(path, baseUrl).href);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      for (const v of results.violations) {
        if (v.impact === "serious" || v.impact === "critical") {
          problems.push(
            `${path}: ${v.id} (${v.impact}) ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

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
