/**
 * The rows of each chart's own choices, built ahead (src/lib/charts/prebuilt.ts), one file per
 * variant of a chart that offers choices: what the browser redraws the first change from, fetched
 * when the reader first hovers over or focuses the chart.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { chartVariants, type ChartVariant } from "../../../lib/server/chart-files.ts";

export const getStaticPaths: GetStaticPaths = async () =>
  (await chartVariants()).filter((v) => v.chart.prebuilt).map((v) => ({ params: { id: v.id, variant: v.variant }, props: { v } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props.v as ChartVariant).chart.prebuilt), { headers: { "Content-Type": "application/json" } });
