/**
 * What the charts' controls can offer, from the dataset: every indicator (the build then keeps
 * those that draw something for the chart at hand) and every year a figure is dated in.
 */
import { indicatorControl, kindControl, levelControl, untilControl, yearControl, type Control } from "../charts/controls.ts";
import { getDataView } from "./data-view.ts";

export function indicatorChoices(): { id: string; name: string }[] {
  return getDataView().indicators.map((i) => ({ id: i.id, name: i.name_zh }));
}

/** Years with figures (undated ones aside), latest first, as the `until` and `year` controls' choices. */
export function yearChoices(): number[] {
  const years = new Set(
    getDataView()
      .observations.filter((o) => o.kind === "actual" && o.period !== "")
      .map((o) => Number(o.period.slice(0, 4))),
  );
  return [...years].sort((a, b) => b - a);
}

/**
 * The choices a peer chart offers: another indicator (unless the page has a chart per indicator
 * already), the date (latest, or up to the end of a year), only the figures of one year, actual
 * figures or targets, and below a city the counties alone or with the zones.
 */
export function peerControls({ parent, level, fixedIndicator }: { parent: string; level: string; fixedIndicator: boolean }): Control[] {
  // Below a city, counties and zones can be compared together or the counties alone.
  const underCity = parent !== "" && (level === "" || level === "county");
  return [
    ...(fixedIndicator ? [] : [indicatorControl(indicatorChoices())]),
    untilControl(yearChoices()),
    yearControl(yearChoices()),
    kindControl(),
    ...(underCity ? [levelControl()] : []),
  ];
}

/** The places each tile grid draws, as the parent and level of peers_latest. */
export const TILE_GRID_PLACES = {
  provinces: { parent: "", level: "province" },
  jiangsu: { parent: "320000", level: "city" },
} as const;

/** The choices a tile grid offers: another indicator, the date, and only the figures of one year. */
export function tileGridControls(): Control[] {
  return [indicatorControl(indicatorChoices()), untilControl(yearChoices()), yearControl(yearChoices())];
}

/** An indicator's Chinese name, or its id when the dataset does not know it. */
export function indicatorName(id: string): string {
  return indicatorChoices().find((i) => i.id === id)?.name ?? id;
}
