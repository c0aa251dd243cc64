/**
 * A table of figures (src/components/ObservationTable.astro), on a place's page or an indicator's:
 * each row names the indicator or the place (linked), its period, actual or target, the value
 * with its printed qualifier (超过, 近 … are shown, never hidden), and its source, linked, with
 * the quote and the note behind a disclosure.
 */
import { displayValue } from "../data/format.ts";
import type { Place } from "../places/regions.ts";
import { url } from "../urls.ts";
import { sourceLink, type SourceLink, type SourceRow } from "./source-link.ts";

type Row = Record<string, string>;

export interface ObservationTableContext {
  places: Map<string, Place>;
  indicators: Map<string, Row>;
  sources: Map<string, SourceRow>;
}

export interface ObservationTableRow {
  /** The place (on an indicator's page) or the indicator (on a place's page), linked. */
  name: { href: string; text: string };
  period: string;
  /** 实际, or 目标（2025年）. */
  kind: string;
  value: string;
  source: SourceLink;
  quote: string;
  note?: string;
}

/** `by` names what a row is: the place (on an indicator page) or the indicator (on a place page). */
export function observationTable(observations: Row[], by: "region" | "indicator", context: ObservationTableContext): ObservationTableRow[] {
  const sorted = [...observations].sort((a, b) => ((a[by] ?? "") + a.period).localeCompare((b[by] ?? "") + b.period));
  return sorted.map((o) => {
    const region = o.region ?? "";
    const indicator = o.indicator ?? "";
    return {
      name:
        by === "region"
          ? { href: url.region(region), text: context.places.get(region)?.name ?? region }
          : { href: url.indicator(indicator), text: context.indicators.get(indicator)?.name_zh ?? indicator },
      period: o.period ?? "",
      kind: o.kind === "target" ? `目标（${o.target_year}年）` : "实际",
      value: displayValue(o),
      source: sourceLink(o.source ?? "", context.sources),
      quote: o.quote ?? "",
      note: o.note || undefined,
    };
  });
}
