import type { APIContext } from "astro";
import { url } from "../lib/urls.ts";

/** Everything may be crawled; the sitemap says what there is. */
export function GET(context: APIContext) {
  const sitemap = new URL(url.sitemap(), context.site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
