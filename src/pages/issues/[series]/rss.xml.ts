import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getPublication } from "../../../lib/server/publication.ts";
import { feedItems } from "../../../lib/content/feed.ts";

export async function getStaticPaths() {
  const publication = await getPublication();
  return publication.series.map((s) => ({ params: { series: s.id } }));
}

export async function GET(context: APIContext) {
  const publication = await getPublication();
  const series = publication.series.find((s) => s.id === context.params.series)!;
  const issues = publication.issues.filter((i) => i.series.id === series.id);
  return rss({
    title: series.data.name,
    description: series.data.description ?? series.data.name,
    site: context.site!,
    items: feedItems(publication, issues),
    customData: "<language>zh-CN</language>",
  });
}
