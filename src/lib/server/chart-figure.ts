/**
 * What Chart.astro lays out: the chart's build (chart-build.ts) and where it lives, from the chart
 * registry: the link to its page (carrying its snapshot in the address when the page draws
 * another), its picture (/charts/<id>/<variant>.svg, written at build), the rows of its own
 * choices (/charts/<id>/<variant>.json), and whether the page needs the chart's script.
 */
import { chartHash } from "../charts/address.ts";
import type { ChartRequest } from "../charts/config.ts";
import { url } from "../urls.ts";
import { buildChart, type BuiltChart } from "./chart-build.ts";
import { getChartRegistry, variantKey } from "./chart-registry.ts";
import { getDataView } from "./data-view.ts";

export interface ChartFigure extends BuiltChart {
  /** The chart's page, with the figure's snapshot in the address when the page draws another. */
  pageHref: string;
  /** The picture as drawn here (SVG, title, dates and sources drawn in); none without a drawing. */
  svgHref?: string;
  /** Whether this figure is on its own page (which then needs no link to itself). */
  ownPage: boolean;
  /** Whether the chart's script loads: for its controls, or on its own page for the PNG. */
  script: boolean;
}

export async function chartFigure(request: ChartRequest, ownPage = false): Promise<ChartFigure> {
  const chart = await buildChart(request);
  const registered = (await getChartRegistry()).get(chart.id);
  const variant = variantKey(request, getDataView().releases.latest);
  if (!registered?.variants.has(variant)) {
    throw new Error(
      `The chart "${chart.caption}" (${chart.id}) is drawn on a page the chart registry does not read, so it would have no page of its own: add where it is made to collectCharts in src/lib/server/chart-registry.ts.`,
    );
  }
  const pageSnapshot = (await buildChart(registered.request)).snapshot;
  return {
    ...chart,
    pageHref: url.chart(chart.id) + (pageSnapshot === chart.snapshot ? "" : chartHash(chart.id, { snapshot: chart.snapshot })),
    svgHref: chart.drawings ? url.chartFile(chart.id, `${variant}.svg`) : undefined,
    ownPage,
    script: chart.interactive || ownPage,
    config: {
      ...chart.config,
      page: url.chart(chart.id),
      rows: chart.prebuilt ? url.chartFile(chart.id, `${variant}.json`) : undefined,
    },
  };
}
