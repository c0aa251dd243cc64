/**
 * A place at a glance (pure): the latest actual figure of each indicator it has, with its
 * qualifier (printed as printed: 超过1000家), its date as when.ts writes it (with what the date
 * rests on: 截至2023-02-02（报道日期）, 不早于2022-12-30) and its source as citation.ts cites it;
 * beside it, every figure that disagrees with it (disagreements.ts: the latest of each other
 * source), never hidden behind the newest; and where the place stands among its peers, only for
 * figures of the same indicator and year (standing.ts). Indicators come in the order of rules.ts:
 * the key counts first.
 */
import { printed } from "../charts/common.ts";
import { disagree, type FigureRow } from "../charts/disagreements.ts";
import { axisDate, dateLabel } from "../charts/when.ts";
import type { Citation, SourceRecord } from "../citation.ts";
import { cite } from "../data/observation-table.ts";
import type { Indicator, Observation } from "../data/tables.ts";
import type { Place } from "../places/regions.ts";
import { url } from "../urls.ts";
import { peerTest } from "./charts.ts";
import { DEFAULT_PEER_NOUN, KEY_INDICATORS, MEASURE_ORDER, PEER_NOUN } from "./rules.ts";
import { standing, standingText, type Peers } from "./standing.ts";

export interface FigureLine {
  /** As printed, with its qualifier. */
  value: string;
  when: string;
  source: Citation;
}

export interface LatestFigure {
  indicator: string;
  /** The indicator's name, linked to its page (every place's figures). */
  name: string;
  href: string;
  /** The latest figure, then those that disagree with it (one per source, latest first). */
  figures: FigureLine[];
  /** Where /data/ explains the disagreement, when there is one. */
  disagreement?: string;
  /** 2023年：244家，在有2023年数字的4个省份中居第1位; absent where no peer's figure compares. */
  standing?: string;
}

export interface GlanceContext {
  places: Map<string, Place>;
  indicators: Map<string, Pick<Indicator, "id" | "name_zh" | "measure">>;
  sources: Map<string, SourceRecord>;
  /** Every observation, by indicator. */
  byIndicator: Map<string, Observation[]>;
}

/** Indicators in the order a page lists them: rules.ts's key counts, then by measure, then by id. */
export function indicatorOrder(indicators: Map<string, { measure?: string }>): (a: string, b: string) => number {
  const rank = (id: string) => {
    const key = KEY_INDICATORS.indexOf(id);
    if (key >= 0) return key;
    const measure = MEASURE_ORDER.indexOf(indicators.get(id)?.measure ?? "");
    return KEY_INDICATORS.length + (measure >= 0 ? measure : MEASURE_ORDER.length);
  };
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
}

/** Newest on a time axis first (when.ts, axisDate), undated last; ties by id, as the data lists them. */
export function newestFirst(a: Observation, b: Observation): number {
  const x = axisDate(a) ?? "";
  const y = axisDate(b) ?? "";
  return y.localeCompare(x) || a.id.localeCompare(b.id);
}

const asFigure = (o: Observation): FigureRow => ({ ...o, value: Number(o.value) });

/** Whom a place is ranked among, in words (standing.ts). */
export function peersInWords(place: Place, places: Map<string, Place>): Peers {
  const parent = places.get(place.parent)?.name ?? "";
  const noun = PEER_NOUN[place.kind] ?? DEFAULT_PEER_NOUN;
  if (place.kind === "province") return { within: "", noun };
  return { within: place.kind === "city" ? parent : `${parent}下辖`, noun };
}

/** The latest figure of each indicator the place has actual figures for, in indicatorOrder. */
export function latestFigures(id: string, own: Observation[], context: GlanceContext): LatestFigure[] {
  const { places, indicators, sources } = context;
  const place = places.get(id);
  const isPeer = peerTest(places, id);
  const line = (o: Observation): FigureLine => ({ value: printed(o), when: dateLabel(o), source: cite(o.source, sources) });
  const actual = own.filter((o) => o.kind === "actual");
  const ids = [...new Set(actual.map((o) => o.indicator))].sort(indicatorOrder(indicators));
  return ids.map((indicator) => {
    const figures = actual.filter((o) => o.indicator === indicator).sort(newestFirst);
    const latest = figures[0]!;
    const rivals = figures.filter((o) => o !== latest && disagree(asFigure(latest), asFigure(o)));
    const oneEach = rivals.filter((o, i) => rivals.findIndex((r) => r.source === o.source) === i);
    const peers = new Map<string, Observation[]>();
    if (isPeer)
      for (const o of context.byIndicator.get(indicator) ?? [])
        if (o.kind === "actual" && isPeer(o.region)) peers.set(o.region, [...(peers.get(o.region) ?? []), o]);
    const stands = standing(figures, peers);
    return {
      indicator,
      name: indicators.get(indicator)?.name_zh ?? indicator,
      href: url.indicator(indicator),
      figures: [latest, ...oneEach].map(line),
      disagreement: oneEach.length > 0 ? url.disagreement(id, indicator) : undefined,
      standing: stands && place ? standingText(stands, peersInWords(place, places)) : undefined,
    };
  });
}
