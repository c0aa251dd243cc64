import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getPublication } from "../lib/server/publication.ts";
import { siteFeedItems } from "../lib/content/feed.ts";
import { ui } from "../lib/ui.ts";

/** The site's main feed: every article of every periodical, and every policy document. */
export async function GET(context: APIContext) {
  const publication = await getPublication();
  return rss({
    title: ui.siteName,
    description: ui.tagline,
    site: context.site!,
    items: siteFeedItems(publication),
    customData: "<language>zh-CN</language>",
  });
}
