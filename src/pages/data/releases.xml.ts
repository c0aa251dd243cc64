import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { releaseFeedItems } from "../../lib/data/release-feed.ts";
import { getDataView } from "../../lib/server/data-view.ts";
import { url } from "../../lib/urls.ts";
import { ui } from "../../lib/ui.ts";

/** The data releases feed: one item per snapshot, with its changelog. */
export function GET(context: APIContext) {
  const { manifests } = getDataView();
  return rss({
    title: ui.dataFeed,
    description: "双创载体统计数据集的每个快照：说明与逐行变更记录。",
    site: context.site!,
    items: releaseFeedItems(manifests, (id) => `${url.data()}#release-${id}`),
    customData: "<language>zh-CN</language>",
    // Links end in a fragment (/data/#release-…): no slash may be added after it.
    trailingSlash: false,
  });
}
