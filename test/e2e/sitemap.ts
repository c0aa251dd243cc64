/** Every page path in the built site's sitemap, relative to the server's origin. */
export async function sitemapPaths(baseUrl: string): Promise<string[]> {
  const origin = new URL(baseUrl).origin;
  const index = await (await fetch(`${baseUrl}sitemap-index.xml`)).text();
  const paths: string[] = [];
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await fetch(new URL(new URL(sitemap!).pathname, origin))).text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(loc!).pathname);
  }
  return paths;
}
