/**
 * What the charts' controls can offer, from the dataset: every indicator (the build then keeps
 * those that draw something for the chart at hand) and every year a figure is dated in. The
 * components and the chart registry hand it to the request functions of src/lib/charts/requests.ts.
 */
import type { ChartChoices } from "../charts/requests.ts";
import { getDataView } from "./data-view.ts";

let cached: ChartChoices | undefined;

/** Indicators with their Chinese names, and the years with figures (undated ones aside), latest first. */
export function chartChoices(): ChartChoices {
  if (cached) return cached;
  const view = getDataView();
  const years = new Set(view.observations.filter((o) => o.kind === "actual" && o.period !== "").map((o) => Number(o.period.slice(0, 4))));
  cached = {
    indicators: view.indicators.map((i) => ({ id: i.id, name: i.name_zh })),
    years: [...years].sort((a, b) => b - a),
  };
  return cached;
}
