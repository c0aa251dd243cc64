/**
 * Which charts a region page can draw from the dataset, decided from the observations alone (pure,
 * no I/O): its own past (indicators with at least two dated figures), its peers (places under the
 * same parent with a figure for an indicator it has), its children (places under it), and its
 * target table (a source that sets targets for it and its siblings, or for it and its parts).
 * A chart that would have fewer than two points is not drawn; the page says so in words.
 */
import type { Indicator, Observation } from "../data/tables.ts";
import type { Place } from "../places/regions.ts";

/** Kinds of place that have no peers or children in the statistics (the country, groups, single institutions). */
export const NOT_COMPARED = new Set(["country", "cross-province", "province-group", "institution"]);

export interface PeerChart {
  indicator: string;
  /** Parameters of the peers_latest query. */
  params: { indicator: string; parent: string; level: string; kind: "actual" | "target" };
  /** How many places the chart shows. */
  count: number;
}

export interface RegionCharts {
  /** Own past: indicators with two or more actual figures, one chart per carrier, measure and unit, most points first. */
  past: { unit: string; indicators: string[]; points: number }[];
  /** Indicators with a single actual figure: no line to draw. */
  single: string[];
  peers: PeerChart[];
  children: PeerChart[];
  /** Target tables: parameters of targets_by_parent, and whether the page's place is the whole. */
  targets: { parent: string; source: string; whole: boolean }[];
}

/** The peers_latest level of a place's siblings: provinces and cities by level, else any. */
export function siblingLevel(place: Place): string {
  return place.kind === "province" || place.kind === "city" ? place.kind : "";
}

/**
 * Whether `region` is counted among the places under `parent` at `level`, as peers_latest counts
 * them: by level for provinces and cities, else any kind of place that is compared.
 */
export function isUnder(places: Map<string, Place>, region: string, parent: string, level: string): boolean {
  const place = places.get(region);
  return place !== undefined && place.parent === parent && (level === "" ? !NOT_COMPARED.has(place.kind) : place.kind === level);
}

/** A place's peers' test: the places under the same parent at its level (none for the country, groups, institutions). */
export function peerTest(places: Map<string, Place>, id: string): ((region: string) => boolean) | undefined {
  const place = places.get(id);
  if (!place || NOT_COMPARED.has(place.kind)) return undefined;
  const level = siblingLevel(place);
  return (region) => region !== id && isUnder(places, region, place.parent, level);
}

export function regionCharts(
  id: string,
  observations: Pick<Observation, "region" | "indicator" | "period" | "kind" | "source">[],
  places: Map<string, Place>,
  indicators: Map<string, Pick<Indicator, "unit" | "carrier" | "level" | "measure">>,
  maxPeers = 6,
): RegionCharts {
  const place = places.get(id);
  const own = observations.filter((o) => o.region === id);
  const actual = own.filter((o) => o.kind === "actual");
  const byIndicator = new Map<string, Set<string>>();
  for (const o of actual) byIndicator.set(o.indicator, (byIndicator.get(o.indicator) ?? new Set()).add(o.period));
  const pastIds = [...byIndicator].filter(([, periods]) => periods.size >= 2).map(([i]) => i);
  // One chart per kind of count (carrier, measure and unit), so that a line of 40 000 firms never
  // flattens a line of 200 incubators, and lists or evaluations are not drawn as stocks.
  const groups = new Map<string, { unit: string; indicators: string[]; points: number }>();
  for (const i of pastIds) {
    const meta = indicators.get(i);
    const key = `${meta?.carrier}|${meta?.measure}|${meta?.unit}`;
    const group = groups.get(key) ?? { unit: meta?.unit ?? "", indicators: [], points: 0 };
    group.indicators.push(i);
    group.points += byIndicator.get(i)!.size;
    groups.set(key, group);
  }
  const past = [...groups.values()].sort((a, b) => b.points - a.points);
  const single = [...byIndicator].filter(([, periods]) => periods.size < 2).map(([i]) => i);

  const compared = place !== undefined && !NOT_COMPARED.has(place.kind);
  const parentOf = (region: string) => places.get(region)?.parent ?? "";
  // Places counted as siblings of `place` for peers_latest(parent, level).
  const isPeer = (region: string, parent: string, level: string) => isUnder(places, region, parent, level);

  const peers: PeerChart[] = [];
  if (compared) {
    const level = siblingLevel(place);
    for (const kind of ["actual", "target"] as const) {
      for (const indicator of new Set(own.filter((o) => o.kind === kind).map((o) => o.indicator))) {
        const regions = new Set(
          observations
            .filter((o) => o.kind === kind && o.indicator === indicator && isPeer(o.region, place.parent, level))
            .map((o) => o.region),
        );
        if (regions.size >= 2) peers.push({ indicator, params: { indicator, parent: place.parent, level, kind }, count: regions.size });
      }
    }
  }

  // Children: the places under this one (the provinces under the country).
  const children: PeerChart[] = [];
  const childParent = place?.kind === "country" ? "" : id;
  const childLevel = place?.kind === "country" ? "province" : place?.kind === "province" ? "city" : "";
  if (place && (place.kind === "country" || compared)) {
    const counts = new Map<string, Set<string>>();
    for (const o of observations) {
      if (o.kind !== "actual" || o.region === id || !isPeer(o.region, childParent, childLevel)) continue;
      counts.set(o.indicator, (counts.get(o.indicator) ?? new Set()).add(o.region));
    }
    for (const [indicator, regions] of counts)
      if (regions.size >= 2)
        children.push({ indicator, params: { indicator, parent: childParent, level: childLevel, kind: "actual" }, count: regions.size });
  }

  // Target tables: one source's targets for this place and its parts, or for it and its siblings.
  const targets: RegionCharts["targets"] = [];
  for (const source of new Set(own.filter((o) => o.kind === "target").map((o) => o.source))) {
    const fromSource = observations.filter((o) => o.kind === "target" && o.source === source);
    if (new Set(fromSource.filter((o) => parentOf(o.region) === id).map((o) => o.region)).size >= 2)
      targets.push({ parent: id, source, whole: true });
    else if (place?.parent && new Set(fromSource.filter((o) => parentOf(o.region) === place.parent).map((o) => o.region)).size >= 2)
      targets.push({ parent: place.parent, source, whole: false });
  }

  const byCount = (a: PeerChart, b: PeerChart) => b.count - a.count || a.indicator.localeCompare(b.indicator);
  return {
    past,
    single,
    // A target table already compares the targets with the siblings'.
    peers: peers
      .filter((p) => p.params.kind === "actual" || targets.length === 0)
      .sort(byCount)
      .slice(0, maxPeers),
    children: children.sort(byCount).slice(0, maxPeers),
    targets,
  };
}
