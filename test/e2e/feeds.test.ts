/**
 * The site's main feed (/rss.xml) in Chromium: it parses, carries the policy document (date,
 * issuer, link to its page) beside the articles, and is linked from the pages it belongs to.
 */
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./chromium.ts";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
const POLICY = "policies/yancheng-incubator-plan-2023-2025/";

describe("the site's feed", () => {
  it("parses, and has the policy document as an item: date, issuer and its page", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}${POLICY}`);
    const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').first().getAttribute("href");
    expect(new URL(href!, baseUrl).href).toBe(`${baseUrl}rss.xml`);
    const items = await page.evaluate(async (url) => {
      const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), "application/xml");
      if (xml.querySelector("parsererror")) throw new Error(`${url} is not well-formed XML`);
      return [...xml.querySelectorAll("channel > item")].map((item) => ({
        title: item.querySelector("title")?.textContent ?? "",
        link: item.querySelector("link")?.textContent ?? "",
        pubDate: item.querySelector("pubDate")?.textContent ?? "",
        description: item.querySelector("description")?.textContent ?? "",
        categories: [...item.querySelectorAll("category")].map((c) => c.textContent),
      }));
    }, new URL(href!, baseUrl).href);
    const policy = items.find((i) => new URL(i.link).pathname.endsWith(`/${POLICY}`));
    expect(policy).toBeDefined();
    expect(policy!.title).toBe(await page.locator("h1").textContent());
    expect(new Date(policy!.pubDate).toISOString()).toBe("2024-01-09T16:00:00.000Z");
    expect(policy!.description).toContain("发文部门：盐城市科学技术局");
    expect(policy!.categories).toContain("政策文件");
    // The articles are there too: the feed is the site's, not the policies' alone.
    expect(items.filter((i) => /\/issues\//.test(i.link)).length).toBeGreaterThan(20);
    // Its link resolves to the policy's page.
    expect((await fetch(policy!.link.replace(/^https?:\/\/[^/]+/, new URL(baseUrl).origin))).status).toBe(200);
    await page.close();
  });

  it("is linked, by name, from every page's footer", async () => {
    const page = await browser().newPage();
    for (const path of ["", "policies/", POLICY, "regions/320000/"]) {
      await page.goto(`${baseUrl}${path}`);
      const link = page.locator(".site-footer a", { hasText: "订阅文章与政策文件（RSS）" });
      expect(new URL((await link.getAttribute("href"))!, baseUrl).href, path).toBe(`${baseUrl}rss.xml`);
    }
    await page.close();
  });
});
