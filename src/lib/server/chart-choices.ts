/**
 * What the charts' controls can offer, from the dataset: every indicator (the build then keeps
 * those that draw something for the chart at hand) and every year a figure is dated in.
 */
import { getDataView } from "./data-view.ts";

export function indicatorChoices(): { id: string; name: string }[] {
  return getDataView().indicators.map((i) => ({ id: i.id!, name: i.name_zh! }));
}

/** Years with figures, latest first, as the `until` control's choices. */
export function yearChoices(): number[] {
  const years = new Set(
    getDataView()
      .observations.filter((o) => o.kind === "actual")
      .map((o) => Number(o.period!.slice(0, 4))),
  );
  return [...years].sort((a, b) => b - a);
}
