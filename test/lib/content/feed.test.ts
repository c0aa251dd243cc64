/** The feeds' items (src/lib/content/feed.ts) on a made-up publication. */
import { describe, expect, it } from "vitest";
import { feedItems, policyItem, siteFeedItems } from "../../../src/lib/content/feed.ts";
import type { Publication } from "../../../src/lib/content/publication.ts";

const series = { id: "s", collection: "series", data: { name: "合成简报" } };
const issue = (id: string, date: string | undefined, titles: string[]) => ({
  entry: { id, collection: "issues", data: { year: 2023, number: 1, date } },
  series,
  slug: id.split("/")[1],
  articles: titles.map((title, i) => ({ id: `${id}/0${i + 1}-a`, collection: "articles", data: { title, section: "动态", places: [] } })),
});
const policy = (id: string, date: string) => ({
  id,
  collection: "policies",
  data: { title: `政策${id}`, issuer: "合成市科学技术局", level: "市级", date, themes: ["引导扶持"], places: [] },
});
const publication = {
  // Newest first, as the site orders issues; the undated one keeps its place.
  issues: [issue("s/2024-02", undefined, ["甲"]), issue("s/2023-06", "2023-06-01", ["乙", "丙"]), issue("s/2022-01", "2022-01-10", ["丁"])],
  policies: [policy("p-new", "2023-09-30"), policy("p-old", "2020-01-01")],
} as unknown as Publication;

describe("feeds", () => {
  it("a periodical's feed: one item per article, no policy", () => {
    expect(feedItems(publication).map((i) => i.title)).toEqual(["甲", "乙", "丙", "丁"]);
  });

  it("a policy's item has its date, issuer, level and link", () => {
    const item = policyItem(publication.policies[0]!);
    expect(item).toEqual({
      title: "政策p-new",
      link: "/policies/p-new/",
      pubDate: new Date("2023-09-30T00:00:00+08:00"),
      description: "政策文件 · 发文部门：合成市科学技术局 · 政策级别：市级 · 发布时间：2023-09-30",
      categories: ["政策文件", "引导扶持"],
    });
  });

  it("the site's feed: every article and every policy, each policy before the first dated item older than it", () => {
    expect(siteFeedItems(publication).map((i) => i.title)).toEqual(["甲", "政策p-new", "乙", "丙", "丁", "政策p-old"]);
  });
});
