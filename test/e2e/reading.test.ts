/**
 * A reader's path through the built site, in headless Chromium: navigation, feeds, the sitemap,
 * the print stylesheet, and the promises that reading pages make (no script, no other origin).
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium.ts";
import { sitemapPaths as sitemapPathsOf } from "./sitemap.ts";

const baseUrl = inject("baseUrl");
const origin = new URL(baseUrl).origin;
const browser = useBrowser();

async function newPage(width = 1024): Promise<Page> {
  const context = await browser().newContext({ viewport: { width, height: 800 } });
  return context.newPage();
}

const sitemapPaths = () => sitemapPathsOf(baseUrl);

describe("reading the publication", () => {
  it("home → issue → article → next article", async () => {
    const page = await newPage();
    await page.goto(baseUrl);
    await page.getByRole("link", { name: "阅读全文" }).click();
    // The newest issue is 科技情报参考 2024年第2期 (2024, undated, after the 2022 issues).
    await expect.poll(() => page.locator("h1.masthead-series").textContent()).toBe("科技情报参考");
    expect(await page.locator(".masthead-number").textContent()).toBe("2024年第2期");
    await page.locator(".issue-article h3 a").first().click();
    const first = await page.locator("h1").textContent();
    await page.locator('a[rel="next"]').click();
    const second = await page.locator("h1").textContent();
    expect(first).not.toBe(second);
    await page.locator('a[rel="prev"]').click();
    expect(await page.locator("h1").textContent()).toBe(first);
  });

  it("an article page shows its title, section, issue and the source line as printed", async () => {
    const page = await newPage(360);
    await page.goto(`${baseUrl}issues/jiangsu-shuangchuang/2022-02/02-wo-sheng-guo-jia-ji-fu/`);
    expect(await page.title()).toBe("我省国家级孵化器队伍再添新兵总数继续领跑全国 | 双创载体信息");
    expect(await page.locator("h1").textContent()).toBe("我省国家级孵化器队伍再添新兵总数继续领跑全国");
    expect(await page.locator(".kicker").textContent()).toContain("载体建设");
    expect(await page.locator(".meta").first().textContent()).toContain("2022年第2期（总第13期）");
    expect(await page.locator(".source-line").textContent()).toBe("（来源：江苏省科技厅网站）");
    // Bold markers become <strong>, never literal asterisks.
    expect(await page.locator(".prose strong").first().textContent()).toBe("一是");
    // Good on a 360 px phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it("every article of the seeds is a page, with no literal Markdown left in it", async () => {
    const paths = (await sitemapPaths()).filter((p) => /\/issues\/[^/]+\/[^/]+\/\d\d-/.test(p));
    expect(paths).toHaveLength(9 + 12 + 8);
    const page = await newPage();
    for (const path of paths) {
      const response = await page.goto(new URL(path, origin).href);
      expect(response?.status(), path).toBe(200);
      const text = await page.locator("main").innerText();
      expect(text, path).not.toMatch(/\*\*|\\[<>{}*_]/);
    }
  });

  it("an issue without a printed number says so instead of inventing one", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}issues/jiangsu-shuangchuang/late-2022/`);
    expect(await page.locator(".masthead-number").textContent()).toBe("期号未印，不早于2022年12月30日");
    expect(await page.locator(".issue-note").textContent()).toContain("2022年最后一期或2023年第一期");
    expect(await page.locator(".issue-article").count()).toBe(12);
  });

  it("marks the article the printed table of contents leaves out", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}issues/keji-qingbao-cankao/2024-02/`);
    const items = await page.locator(".toc li").allInnerTexts();
    expect(items).toHaveLength(8);
    expect(items.filter((t) => t.includes("（目录未列）"))).toEqual(["宁波聚力“创新深化”打造“科教产共同体” （目录未列）"]);
  });

  it("the policy's target table is a real table with all 48 numbers", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}policies/yancheng-incubator-plan-2023-2025/`);
    // The first table is the policy's own; the chart drawn from it follows, with its data table.
    const headers = await page.locator("table").first().locator("th").allTextContents();
    expect(headers).toHaveLength(14);
    expect(headers.slice(2)).toEqual([
      "全市",
      "东台市",
      "建湖县",
      "射阳县",
      "阜宁县",
      "滨海县",
      "响水县",
      "大丰区",
      "盐都区",
      "亭湖区",
      "市开发区",
      "盐南高新区",
    ]);
    const cells = await page
      .locator("table")
      .first()
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].slice(2).map((td) => td.textContent)));
    expect(cells.flat()).toHaveLength(48);
    expect(cells[2]![0]).toBe("500以上");
    expect(await page.locator(".policy-meta").innerText()).toContain("盐城市科学技术局");
  });

  it("the RSS feeds parse as XML with one item per article (the site's feed: and per policy document)", async () => {
    const page = await newPage();
    await page.goto(baseUrl);
    const count = async (path: string) =>
      page.evaluate(async (url) => {
        const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), "application/xml");
        if (xml.querySelector("parsererror")) throw new Error(`${url} is not well-formed XML`);
        return xml.querySelectorAll("channel > item").length;
      }, `${baseUrl}${path}`);
    expect(await count("rss.xml")).toBe(29 + 1);
    expect(await count("issues/jiangsu-shuangchuang/rss.xml")).toBe(21);
    expect(await count("issues/keji-qingbao-cankao/rss.xml")).toBe(8);
  });

  it("no page requests anything from another origin or breaks the CSP; reading pages load no script but a chart's controls", async () => {
    const page = await newPage();
    const foreign: string[] = [];
    const scripts: string[] = [];
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) blocked.push(`${page.url()}: ${message.text()}`);
    });
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== origin) foreign.push(request.url());
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    for (const path of await sitemapPaths()) {
      await page.goto(new URL(path, origin).href);
      // The search page, the SQL workbench and the comparison page are not reading pages: they
      // load their scripts (Pagefind; the workbench and DuckDB-WASM), from this origin.
      if (path.endsWith("/search/") || path.endsWith("/data/sql/") || path.endsWith("/compare/")) continue;
      // A page with charts the reader can change runs one small module that shows their controls
      // (chart configs are JSON, not script), and so does a chart's own page (for its PNG); any
      // other reading page runs nothing.
      const interactive = await page.locator("figure[data-chart] form.chart-controls, figure[data-chart] .chart-png").count();
      expect(await page.locator('script:not([type="application/json"])').count(), path).toBe(interactive > 0 ? 1 : 0);
    }
    expect(foreign).toEqual([]);
    // Every page runs under the site's Content-Security-Policy (a <meta> tag) without a violation.
    expect(blocked).toEqual([]);
    // The SQL workbench's engine starts DuckDB's worker through a bootstrap the page writes (a blob: of this origin).
    expect(
      scripts.filter(
        (s) => !s.includes("/search/") && !s.includes("/_astro/") && !s.includes("/pagefind/") && !s.startsWith(`blob:${origin}/`),
      ),
    ).toEqual([]);
  });

  it("prints an issue like the bulletin, without site navigation", async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}issues/jiangsu-shuangchuang/2022-02/`);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header", ".breadcrumbs", ".site-footer"]) {
      expect(await page.locator(selector).evaluate((el) => getComputedStyle(el).display), selector).toBe("none");
    }
    for (const selector of [".masthead", ".toc", ".issue-article", ".issue-footer"]) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    expect(await page.locator(".issue-footer").innerText()).toContain("抄送");
  });

  it("an article with charts shows them drawn at build time for a phone, and loads only the controls' script", async () => {
    const page = await newPage(360);
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    await page.goto(`${baseUrl}issues/jiangsu-shuangchuang/late-2022/02-jiang-su-ke-ji-chuang-ye/`);
    // Jiangsu's incubators over time, and its 2145 carriers with their parts.
    const drawn = page.locator('.prose figure.chart svg[role="img"]');
    expect(await drawn.count()).toBe(4);
    // Each chart is drawn wide and narrow; on a phone only the narrow drawings show.
    expect(await drawn.evaluateAll((svgs) => svgs.filter((s) => s.checkVisibility()).map((s) => s.getAttribute("width")))).toEqual([
      "340",
      "340",
    ]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/\/_astro\/Chart\.astro_astro_type_script[^/]*\.js$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it("serves the 404 page for an unknown path", async () => {
    const page = await newPage();
    const response = await page.goto(`${baseUrl}no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("页面不存在");
  });
});
