/**
 * A chart's page (/charts/<id>/), computed for src/pages/charts/[id]/index.astro to lay out: the
 * chart the page draws, the pages it is drawn on, how to cite it (GB/T 7714 and BibTeX, naming
 * its snapshot, with the snapshot's own citation beside), and the snippet that embeds it; and the
 * list of every chart for /charts/. `site` is the public origin (Astro.site).
 */
import { chartBibtex, chartGbt7714, type ChartCitationInput } from "../charts/cite.ts";
import { chartListEntries, type ChartListEntry } from "../charts/chart-list.ts";
import type { ChartRequest } from "../charts/config.ts";
import { citeBibtex, citeGbt7714 } from "../data/format.ts";
import { url } from "../urls.ts";
import { buildChart } from "./chart-build.ts";
import { getChartRegistry, type ChartUse } from "./chart-registry.ts";
import { getDataView } from "./data-view.ts";

export interface ChartPage {
  id: string;
  request: ChartRequest;
  caption: string;
  snapshot: string;
  usedOn: ChartUse[];
  cite: { gbt7714: string; bibtex: string };
  dataset: { gbt7714: string; bibtex: string };
  /** An <iframe> that shows the page on another site (which /charts/ pages allow: src/lib/csp.ts). */
  embed: string;
}

const attribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Every chart's id, for getStaticPaths. */
export async function chartIds(): Promise<string[]> {
  return [...(await getChartRegistry()).keys()];
}

export async function chartPage(id: string, site: URL | undefined): Promise<ChartPage> {
  const registered = (await getChartRegistry()).get(id);
  if (!registered) throw new Error(`no chart ${id}`);
  const chart = await buildChart(registered.request);
  const released = getDataView().releases.releases.find((r) => r.id === chart.snapshot)?.released ?? chart.snapshot;
  const absolute = (path: string) => new URL(path, site).href;
  const input: ChartCitationInput = {
    title: chart.caption,
    url: absolute(url.chart(id)),
    snapshot: chart.snapshot,
    released,
    snapshotUrl: absolute(url.snapshotFile(chart.snapshot, "")),
    // As on /data/: the snapshot's release is the day the figures are cited as of.
    accessed: released,
  };
  // Tall enough for the drawing (its height in the wide SVG) and the words around it.
  const drawn = Number(/height="(\d+)"/.exec(chart.drawings?.wide.split("<svg").at(-1) ?? "")?.[1] ?? 400);
  return {
    id,
    request: registered.request,
    caption: chart.caption,
    snapshot: chart.snapshot,
    usedOn: registered.usedOn,
    cite: { gbt7714: chartGbt7714(input), bibtex: chartBibtex(id, input) },
    dataset: {
      gbt7714: citeGbt7714(chart.snapshot, released, input.snapshotUrl, released),
      bibtex: citeBibtex(chart.snapshot, released, input.snapshotUrl),
    },
    embed: `<iframe src="${attribute(input.url)}" title="${attribute(chart.caption)}" width="100%" height="${Math.min(1600, drawn + 360)}" loading="lazy" style="border:0"></iframe>`,
  };
}

/** Every chart, by caption, with the pages it is drawn on: /charts/. */
export async function chartList(): Promise<ChartListEntry[]> {
  const charts = await Promise.all(
    [...(await getChartRegistry()).values()].map(async (c) => ({
      href: url.chart(c.id),
      caption: (await buildChart(c.request)).caption,
      usedOn: c.usedOn,
    })),
  );
  return chartListEntries(charts);
}
