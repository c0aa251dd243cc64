import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getPublication } from "../lib/server/publication.ts";
import { feedItems } from "../lib/content/feed.ts";
import { ui } from "../lib/ui.ts";

export async function GET(context: APIContext) {
  const publication = await getPublication();
  return rss({
    title: ui.siteName,
    description: ui.tagline,
    site: context.site!,
    items: feedItems(publication),
    customData: "<language>zh-CN</language>",
  });
}
