/**
 * The rows of a chart's own choices, built ahead (src/lib/charts/prebuilt.ts), fetched once per
 * page. Shared by the page's small script, which starts the fetch as soon as the reader comes near
 * a chart (so that it runs while the drawing module loads), and the interactive module, which
 * redraws from it. A failed fetch is forgotten, so that the next change tries again.
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

/** Starts fetching a figure's rows, if it has any (its data-rows attribute), and says nothing of a failure. */
export function prefetchRows(figure: HTMLElement): void {
  const href = figure.dataset.rows;
  if (href) void rowsFile(href).catch(() => undefined);
}
