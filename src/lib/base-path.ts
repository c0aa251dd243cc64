/**
 * The site's base path with exactly one trailing slash ("/", "/bulletin/"), however BASE or
 * Astro's BASE_URL was written: every URL the site makes starts with it.
 */
export function basePath(base: string): string {
  return base.replace(/\/?$/, "/");
}
