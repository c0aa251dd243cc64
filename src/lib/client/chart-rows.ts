/**
 * The rows of a chart's own choices, built ahead (src/lib/charts/prebuilt.ts), fetched once per
 * page by the page's small script, as soon as the reader comes near a chart (so that the fetch
 * runs while the drawing module loads), and handed to the interactive module, which redraws from
 * them. A failed fetch is forgotten, so that the next change tries again.
 */
import type { PrebuiltRows } from "../charts/prebuilt.ts";

const files = new Map<string, Promise<PrebuiltRows>>();

export function rowsFile(href: string): Promise<PrebuiltRows> {
  if (!files.has(href)) {
    const loading = fetch(href)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<PrebuiltRows>;
      })
      .catch((error: unknown) => {
        files.delete(href);
        throw error;
      });
    files.set(href, loading);
  }
  return files.get(href)!;
}
