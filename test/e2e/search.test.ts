/**
 * Search quality, tested rather than assumed: each query in search-queries.json must bring a
 * page a reader expects into the top three results, in Chromium against the built Pagefind
 * index. Prints precision at 3 for the set.
 */
import type { Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium.ts";

const baseUrl = inject("baseUrl");
const queries = JSON.parse(readFileSync(new URL("search-queries.json", import.meta.url), "utf8")) as {
  q: string;
  expect: string[];
  why: string;
}[];
const browser = useBrowser();

async function top(page: Page, q: string, n = 3): Promise<string[]> {
  await page.goto(`${baseUrl}search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector("#search-status")?.textContent ?? ""));
  const hrefs = await page.locator("#search-results li > a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.slice(0, n).map((h) => new URL(h).pathname.replace(new URL(baseUrl).pathname, ""));
}

describe("search", () => {
  it("finds the expected pages in the top three for every query", { timeout: 120_000 }, async () => {
    const page = await browser().newPage();
    const misses: string[] = [];
    let relevant = 0;
    for (const query of queries) {
      const results = await top(page, query.q);
      relevant += results.filter((r) => query.expect.includes(r)).length;
      if (!results.some((r) => query.expect.includes(r))) misses.push(`${query.q} (${query.why}): got ${results.join(", ") || "nothing"}`);
    }
    const possible = queries.reduce((sum, q) => sum + Math.min(3, q.expect.length), 0);
    console.log(
      `search: precision at 3 = ${(relevant / (3 * queries.length)).toFixed(2)}; ${relevant} of ${possible} possible relevant results in the top 3 over ${queries.length} queries`,
    );
    expect(misses).toEqual([]);
  });

  it("highlights the match in excerpts, and filters by section", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}search/?q=${encodeURIComponent("孵化器")}&${encodeURIComponent("栏目")}=${encodeURIComponent("他山之石")}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector("#search-status")?.textContent ?? ""));
    expect(await page.locator("#search-results mark").first().textContent()).toContain("孵化器");
    const titles = await page.locator("#search-results li > a").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).toContain("北京打造首批标杆孵化器 高位引领硬科技孵化服务升级");
    expect(titles).not.toContain("科技部火炬中心印发2022年工作要点");
  });

  it("works from the header's plain form on a reading page, under the CSP", async () => {
    const page = await browser().newPage();
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) blocked.push(message.text());
    });
    await page.goto(`${baseUrl}issues/jiangsu-shuangchuang/2022-02/`);
    await page.fill("#site-search-q", "海合会");
    await page.press("#site-search-q", "Enter");
    await page.waitForFunction(() => /找到/.test(document.querySelector("#search-status")?.textContent ?? ""));
    expect(await page.locator("#search-results li > a").first().textContent()).toBe("中国将与海合会国家共建一批创新创业孵化器");
    expect(blocked).toEqual([]);
  });
});
