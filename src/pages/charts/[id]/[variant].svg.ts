/**
 * Each chart's picture as drawn, one per variant (src/lib/server/chart-registry.ts): the wide
 * drawing with its caption, dates, snapshot, notes, sources and its page's address drawn in, so
 * that the picture says what it is wherever it is shared. The figure's "下载图片（SVG）" link,
 * which works without JavaScript.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { chartVariants, variantPicture, type ChartVariant } from "../../../lib/server/chart-files.ts";

export const getStaticPaths: GetStaticPaths = async () =>
  (await chartVariants()).filter((v) => v.chart.drawings).map((v) => ({ params: { id: v.id, variant: v.variant }, props: { v } }));

export const GET: APIRoute = ({ props, site }) =>
  new Response(variantPicture(props.v as ChartVariant, site), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
