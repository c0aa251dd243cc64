/**
 * The files beside each chart's page, one per variant of the chart (chart-registry.ts): its
 * picture (/charts/<id>/<variant>.svg) and the rows of its own choices (/charts/<id>/<variant>.json).
 * The figure links them by the same names (chart-figure.ts).
 */
import { chartHash } from "../charts/address.ts";
import { url } from "../urls.ts";
import { buildChart, chartPicture, type BuiltChart } from "./chart-build.ts";
import { getChartRegistry } from "./chart-registry.ts";

export interface ChartVariant {
  id: string;
  variant: string;
  chart: BuiltChart;
  /** The snapshot the chart's page draws, which its address names when this variant's differs. */
  pageSnapshot: string;
}

/** Every variant of every chart, built. */
export async function chartVariants(): Promise<ChartVariant[]> {
  const variants: ChartVariant[] = [];
  for (const registered of (await getChartRegistry()).values()) {
    const pageSnapshot = (await buildChart(registered.request)).snapshot;
    for (const [variant, request] of registered.variants) {
      variants.push({ id: registered.id, variant, chart: await buildChart(request), pageSnapshot });
    }
  }
  return variants;
}

/** The variant's picture, naming the chart's page on `site` (and its snapshot, when the page draws another). */
export function variantPicture({ id, chart, pageSnapshot }: ChartVariant, site: URL | undefined): string {
  const hash = chart.snapshot === pageSnapshot ? "" : chartHash(id, { snapshot: chart.snapshot });
  return chartPicture(chart, `双创载体信息 · ${new URL(url.chart(id) + hash, site).href}`) ?? "";
}
