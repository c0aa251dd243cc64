/**
 * Every chart the site draws, collected once per build from where charts are made, so that each
 * has a page of its own (/charts/<id>/, listed by getStaticPaths before any page renders):
 * - the articles and policies, whose MDX bodies are parsed (src/lib/charts/mdx-charts.ts) and
 *   each chart component turned into its request by the function the component itself calls;
 * - the region pages, from their view model (src/lib/regions/page.ts) through the same functions,
 *   and the list of regions (/regions/), which opens with two tile grids.
 *
 * A chart drawn in several places (an article's chart on its issue's page too; the same peer
 * chart in an article and on a region page) has one id (chartId) and one page. Requests with the
 * same id can still differ in caption, controls or snapshot: each is a variant, with its own
 * picture and prebuilt rows, and the page draws one of them (the latest snapshot's, then the one
 * offering most choices, then the first found). Chart.astro refuses to draw a chart that is not
 * here, so that no figure links to a page that was never built.
 */
import { createHash } from "node:crypto";
import type { ChartRequest } from "../charts/config.ts";
import { chartsInMdx } from "../charts/mdx-charts.ts";
import { issueLabel } from "../format.ts";
import { peerBarsRequest, REGIONS_INDEX_GRIDS, targetTableRequest, tileGridRequest } from "../charts/requests.ts";
import { regionPage } from "../regions/page.ts";
import { url } from "../urls.ts";
import { chartId } from "./chart-build.ts";
import { chartChoices } from "./chart-choices.ts";
import { getSite, type Site } from "./site.ts";

/** A page a chart is drawn on. */
export interface ChartUse {
  href: string;
  title: string;
}

export interface RegisteredChart {
  id: string;
  /** The variant the chart's page draws. */
  request: ChartRequest;
  /** Every distinct request with this id, by variantKey. */
  variants: Map<string, ChartRequest>;
  /** The pages it is drawn on, in the order found. */
  usedOn: ChartUse[];
}

/** JSON with every object's keys in order, so that equal requests are equal text however they were written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * Which of a chart's requests this is: a short hash of the whole request (a snapshot left out
 * read as the latest, which it draws), for its picture's and rows' file names.
 */
export function variantKey(request: ChartRequest, latest: string): string {
  return createHash("sha256")
    .update(canonical({ ...request, snapshot: request.snapshot ?? latest }))
    .digest("hex")
    .slice(0, 8);
}

/** The charts of every article, policy and region page, with the pages they are drawn on. */
export function collectCharts(site: Site): { request: ChartRequest; use: ChartUse }[] {
  const choices = chartChoices();
  const found: { request: ChartRequest; use: ChartUse }[] = [];
  const fromBody = (body: string | undefined, file: string, uses: ChartUse[]) => {
    if (body === undefined) throw new Error(`${file}: its body was not loaded, so its charts cannot be given pages`);
    for (const { request } of chartsInMdx(body, choices)) for (const use of uses) found.push({ request, use });
  };
  for (const issue of site.publication.issues) {
    for (const article of issue.articles) {
      fromBody(article.body, article.filePath ?? article.id, [
        { href: url.article(article.id), title: article.data.title },
        { href: url.issue(issue.entry.id), title: `${issue.series.data.name} ${issueLabel(issue.entry.data)}` },
      ]);
    }
  }
  for (const policy of site.publication.policies) {
    fromBody(policy.body, policy.filePath ?? policy.id, [{ href: url.policy(policy.id), title: policy.data.title }]);
  }
  for (const grid of REGIONS_INDEX_GRIDS)
    found.push({ request: tileGridRequest(grid, choices), use: { href: url.regions(), title: "地区" } });
  for (const { place } of site.index.withContent) {
    const page = regionPage(place.id, site);
    const use = { href: url.region(place.id), title: place.name };
    const requests: ChartRequest[] = [
      ...page.past,
      ...page.peers.map((p) => peerBarsRequest(p, choices)),
      ...page.childGrids.map((g) => tileGridRequest(g, choices)),
      ...page.children.map((p) => peerBarsRequest(p, choices)),
      ...page.targetTables.map((t) => targetTableRequest(t)),
      ...(page.incentiveChart ? [page.incentiveChart] : []),
    ];
    for (const request of requests) found.push({ request, use });
  }
  return found;
}

/** The charts found, one entry per id. */
export function registerCharts(found: { request: ChartRequest; use: ChartUse }[], latest: string): Map<string, RegisteredChart> {
  const charts = new Map<string, RegisteredChart>();
  for (const { request, use } of found) {
    const id = chartId(request);
    const chart: RegisteredChart = charts.get(id) ?? { id, request, variants: new Map(), usedOn: [] };
    const variant = variantKey(request, latest);
    if (!chart.variants.has(variant)) chart.variants.set(variant, request);
    if (!chart.usedOn.some((u) => u.href === use.href)) chart.usedOn.push(use);
    charts.set(id, chart);
  }
  // The page draws the latest snapshot's variant where there is one, then the one with most choices.
  const rank = (r: ChartRequest) => [(r.snapshot ?? latest) === latest ? 1 : 0, r.controls?.length ?? 0];
  for (const chart of charts.values()) {
    chart.request = [...chart.variants.values()].reduce((best, r) => {
      const [a, b] = [rank(r), rank(best)];
      return a[0]! > b[0]! || (a[0] === b[0] && a[1]! > b[1]!) ? r : best;
    });
  }
  return charts;
}

let cached: Promise<Map<string, RegisteredChart>> | undefined;

/** Every chart of the site by id, collected once per build. */
export function getChartRegistry(): Promise<Map<string, RegisteredChart>> {
  cached ??= getSite().then((site) => registerCharts(collectCharts(site), site.snapshot));
  return cached;
}
