/**
 * The comparison page's view model (pure): what /compare/ offers, from the latest snapshot's
 * actual figures (src/queries/compare_choices.sql). The places that are compared with one another
 * (provinces, cities, counties, zones: never the country, groups of provinces or single
 * institutions, as on the region pages), grouped by kind, each with its page; the indicators that
 * two or more of them have, grouped by what they count; and, for the page's script, which places
 * have figures for which indicator, so that a reader sees 无数据 before choosing.
 */
import { COUNTED } from "../regions/rules.ts";
import { NOT_COMPARED } from "../regions/charts.ts";
import { indicatorOrder } from "../regions/glance.ts";
import { MIN_PLACES } from "./address.ts";

/** A row of compare_choices: one place and indicator with actual figures. */
export interface ChoiceRow {
  region: string;
  region_name: string;
  region_level: string;
  region_parent: string;
  indicator: string;
  indicator_zh: string;
  unit: string;
  carrier: string;
  measure: string;
  figures: number;
}

export interface ComparePlace {
  id: string;
  name: string;
  /** The place it lies in (盐城市), to tell apart places of the same name. */
  within: string;
  /** Its region page, when it has one. */
  href?: string;
}

export interface CompareIndicator {
  id: string;
  name: string;
  unit: string;
  /** The places that have a figure for it. */
  regions: string[];
}

/** What the page's script reads (JSON in the page). */
export interface CompareConfig {
  snapshot: string;
  places: Record<string, Pick<ComparePlace, "name" | "href">>;
  indicators: Record<string, CompareIndicator>;
}

export interface ComparePage {
  snapshot: string;
  placeGroups: { id: string; label: string; places: ComparePlace[] }[];
  indicatorGroups: { label: string; indicators: CompareIndicator[] }[];
  /** The indicator the most places have: the one chosen when the address names none. */
  defaultIndicator: string;
  config: CompareConfig;
}

/** Kinds of place as the page groups them; any other kind (zones, parks, new areas) is 园区与其他. */
const PLACE_GROUPS: { id: string; label: string; kinds: string[] }[] = [
  { id: "province", label: "省份", kinds: ["province"] },
  { id: "city", label: "城市", kinds: ["city"] },
  { id: "county", label: "县（市、区）", kinds: ["county", "former-district"] },
];
const OTHER_GROUP = { id: "zone", label: "园区与其他" };

export interface CompareContext {
  snapshot: string;
  /** Names of the places that contain others (for `within`), by id. */
  names: Map<string, string>;
  /** Whether a place has a region page. */
  hasPage: (id: string) => boolean;
  /** A place's region page. */
  href: (id: string) => string;
}

export function comparePage(rows: ChoiceRow[], context: CompareContext): ComparePage {
  const compared = rows.filter((r) => !NOT_COMPARED.has(r.region_level));
  const places = new Map<string, ComparePlace & { kind: string; parent: string }>();
  for (const r of compared)
    places.set(r.region, {
      id: r.region,
      name: r.region_name,
      within: context.names.get(r.region_parent) ?? "",
      href: context.hasPage(r.region) ? context.href(r.region) : undefined,
      kind: r.region_level,
      parent: r.region_parent,
    });

  const indicators = new Map<string, CompareIndicator & { carrier: string; measure: string }>();
  for (const r of compared) {
    const entry = indicators.get(r.indicator) ?? {
      id: r.indicator,
      name: r.indicator_zh,
      unit: r.unit,
      regions: [],
      carrier: r.carrier,
      measure: r.measure,
    };
    entry.regions.push(r.region);
    indicators.set(r.indicator, entry);
  }
  const offered = [...indicators.values()].filter((i) => i.regions.length >= MIN_PLACES);
  const order = indicatorOrder(new Map(offered.map((i) => [i.id, i])));
  offered.sort((a, b) => order(a.id, b.id));

  const groupOf = (kind: string) => PLACE_GROUPS.find((g) => g.kinds.includes(kind)) ?? OTHER_GROUP;
  const placeGroups = [...PLACE_GROUPS, OTHER_GROUP]
    .map(({ id, label }) => ({
      id,
      label,
      places: [...places.values()]
        .filter((p) => groupOf(p.kind).id === id)
        // Codes put places in GB/T 2260's order; zones by the place they lie in.
        .sort((a, b) => (id === OTHER_GROUP.id ? a.parent.localeCompare(b.parent) : 0) || a.id.localeCompare(b.id))
        .map(({ id, name, within, href }) => ({ id, name, within, href })),
    }))
    .filter((g) => g.places.length > 0);

  const carriers = [...new Set(offered.map((i) => i.carrier))];
  const indicatorGroups = carriers.map((carrier) => ({
    label: COUNTED[carrier] ?? "其他",
    indicators: offered.filter((i) => i.carrier === carrier).map(({ id, name, unit, regions }) => ({ id, name, unit, regions })),
  }));
  const most = [...offered].sort((a, b) => b.regions.length - a.regions.length)[0];

  return {
    snapshot: context.snapshot,
    placeGroups,
    indicatorGroups,
    defaultIndicator: most?.id ?? "",
    config: {
      snapshot: context.snapshot,
      places: Object.fromEntries([...places.values()].map((p) => [p.id, { name: p.name, href: p.href }])),
      indicators: Object.fromEntries(indicatorGroups.flatMap((g) => g.indicators).map((i) => [i.id, i])),
    },
  };
}
