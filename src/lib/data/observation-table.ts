/**
 * A table of figures (src/components/ObservationTable.astro), on a place's page or an indicator's:
 * each row names the indicator or the place (linked), when (with what the date rests on:
 * 截至…（报道日期）, 不早于…), actual or what kind of target, the value with its printed qualifier
 * (超过, 近 … are shown, never hidden), and its source as cited (citation.ts), with the quote and
 * the note behind a disclosure. Pure.
 */
import { dateLabel, targetLabel } from "../charts/when.ts";
import { citeSource, type Citation, type SourceRecord } from "../citation.ts";
import type { Place } from "../places/regions.ts";
import { url } from "../urls.ts";
import { displayValue } from "./format.ts";
import type { Indicator, Observation } from "./tables.ts";

export interface ObservationTableContext {
  places: Map<string, Place>;
  indicators: Map<string, Pick<Indicator, "id" | "name_zh">>;
  sources: Map<string, SourceRecord>;
}

export interface ObservationTableRow {
  /** The place (on an indicator's page) or the indicator (on a place's page), linked. */
  name: { href: string; text: string };
  /** 2021-12-31, 截至2022-05-05（报道日期）, 不早于2022-12-30, 未注明日期. */
  when: string;
  /** 实际, or 目标（2023—2025年每年）. */
  kind: string;
  value: string;
  source: Citation;
  quote: string;
  note?: string;
}

type TableObservation = Pick<Observation, "region" | "indicator" | "period" | "kind" | "value_as_printed" | "qualifier" | "source" | "quote"> &
  Partial<Pick<Observation, "date_basis" | "target_type" | "target_year" | "note">>;

/** The source `id` as cited, or its id alone when the dataset does not know it. */
export function cite(id: string, sources: Map<string, SourceRecord>): Citation {
  return citeSource(sources.get(id) ?? { id });
}

/** `by` names what a row is: the place (on an indicator page) or the indicator (on a place page). */
export function observationTable(observations: TableObservation[], by: "region" | "indicator", context: ObservationTableContext): ObservationTableRow[] {
  const sorted = [...observations].sort((a, b) => (a[by] + a.period).localeCompare(b[by] + b.period));
  return sorted.map((o) => ({
    name:
      by === "region"
        ? { href: url.region(o.region), text: context.places.get(o.region)?.name ?? o.region }
        : { href: url.indicator(o.indicator), text: context.indicators.get(o.indicator)?.name_zh ?? o.indicator },
    when: dateLabel(o),
    kind: o.kind === "target" ? `目标（${targetLabel(o) || `${o.target_year}年`}）` : "实际",
    value: displayValue(o),
    source: cite(o.source, context.sources),
    quote: o.quote,
    note: o.note || undefined,
  }));
}
