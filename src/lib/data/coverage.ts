/**
 * The coverage view on /data/: which indicators have figures for which places and years, so that
 * a researcher sees the gaps before querying. Built from the rows of coverage.sql (one per place,
 * indicator, kind and year) and, for the place tables, the list of places that could have figures
 * (places_under.sql), so that a place without any shows as a gap. Pure.
 */

/** A row of src/queries/coverage.sql. */
export interface CoverageRow {
  region: string;
  region_name: string;
  region_level: string;
  region_parent: string;
  indicator: string;
  indicator_zh: string;
  kind: string;
  /** The figure's year (a span's last); null for an undated figure. */
  year: number | null;
  figures: number;
}

export interface IndicatorYears {
  years: number[];
  /** Whether any figure is undated (date_basis none): a column of its own. */
  undated: boolean;
  rows: {
    indicator: string;
    name: string;
    /** Places with at least one actual figure. */
    places: number;
    /** Places with an actual figure, by year (as `years`); then the undated ones. */
    cells: number[];
    undatedPlaces: number;
    /** Target figures (any year). */
    targets: number;
  }[];
}

/** Indicators by year: how many places have an actual figure each year. Most-covered first. */
export function indicatorYears(rows: CoverageRow[]): IndicatorYears {
  const actual = rows.filter((r) => r.kind === "actual");
  const dated = actual.filter((r) => r.year !== null).map((r) => r.year!);
  const years = dated.length === 0 ? [] : range(Math.min(...dated), Math.max(...dated));
  const byIndicator = new Map<string, CoverageRow[]>();
  for (const r of rows) byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r]);
  const result = [...byIndicator.entries()]
    .map(([indicator, its]) => {
      const facts = its.filter((r) => r.kind === "actual");
      const placesIn = (match: (r: CoverageRow) => boolean) => new Set(facts.filter(match).map((r) => r.region)).size;
      return {
        indicator,
        name: its[0]!.indicator_zh,
        places: placesIn(() => true),
        cells: years.map((y) => placesIn((r) => r.year === y)),
        undatedPlaces: placesIn((r) => r.year === null),
        targets: its.filter((r) => r.kind === "target").reduce((n, r) => n + r.figures, 0),
      };
    })
    .filter((r) => r.places > 0 || r.targets > 0)
    .sort((a, b) => b.places - a.places || a.indicator.localeCompare(b.indicator));
  return { years, undated: actual.some((r) => r.year === null), rows: result };
}

/** A group of places shown together: the country and the provinces, a province's cities. */
export interface PlaceGroup {
  /** Heading: 全国与各省份. */
  label: string;
  /** Where its places come from (places_under.sql's parameters). */
  parent: string;
  level: "province" | "city" | "county";
  /** Places added before the others (the country, as a zone), by id and name. */
  extra?: { region: string; region_name: string }[];
}

/** The groups /data/ shows; the publication is about Jiangsu, so its cities get a table of their own. */
export const COVERAGE_GROUPS: PlaceGroup[] = [
  { label: "全国与各省份", parent: "", level: "province", extra: [{ region: "cn", region_name: "全国" }] },
  { label: "江苏省各设区市", parent: "320000", level: "city" },
];

export interface PlaceMatrix {
  label: string;
  indicators: { id: string; name: string }[];
  places: {
    region: string;
    name: string;
    /** Per indicator: the latest year with an actual figure, "undated" when only undated ones, or null (a gap). */
    cells: (number | "undated" | null)[];
  }[];
  /** How many of the places have at least one figure. */
  covered: number;
}

/**
 * Places × indicators for one group: each cell the latest year of an actual figure. The columns
 * are the indicators the most places of the group have (at most `columns`), so the table stays
 * readable on a phone; every place of the group is a row, with or without figures.
 */
export function placeMatrix(rows: CoverageRow[], group: PlaceGroup, places: { region: string; region_name: string }[], columns = 8): PlaceMatrix {
  const all = [...(group.extra ?? []), ...places];
  const ids = new Set(all.map((p) => p.region));
  const facts = rows.filter((r) => r.kind === "actual" && ids.has(r.region));
  const reach = new Map<string, { name: string; places: Set<string> }>();
  for (const r of facts) {
    const entry = reach.get(r.indicator) ?? { name: r.indicator_zh, places: new Set<string>() };
    entry.places.add(r.region);
    reach.set(r.indicator, entry);
  }
  const indicators = [...reach.entries()]
    .sort(([a, x], [b, y]) => y.places.size - x.places.size || a.localeCompare(b))
    .slice(0, columns)
    .map(([id, { name }]) => ({ id, name }));
  const latest = (region: string, indicator: string): number | "undated" | null => {
    const mine = facts.filter((r) => r.region === region && r.indicator === indicator);
    if (mine.length === 0) return null;
    const years = mine.filter((r) => r.year !== null).map((r) => r.year!);
    return years.length > 0 ? Math.max(...years) : "undated";
  };
  return {
    label: group.label,
    indicators,
    places: all.map((p) => ({ region: p.region, name: p.region_name, cells: indicators.map((i) => latest(p.region, i.id)) })),
    covered: all.filter((p) => facts.some((r) => r.region === p.region)).length,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
