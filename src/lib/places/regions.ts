/**
 * Places an article can mention: GB/T 2260 administrative regions (data/regions.csv) and the
 * development zones, parks and cross-province areas the bulletins report on (data/zones.csv).
 */

export interface Region {
  /** Six-digit GB/T 2260 code. */
  code: string;
  name: string;
  level: "province" | "city" | "county";
  /** Code of the enclosing region; empty for a province. */
  parent: string;
}

export interface Zone {
  /** Stable ASCII id, used in URLs and in articles' `places`. */
  id: string;
  name: string;
  /** development-zone, hi-tech-zone, new-area, park, cross-province … */
  kind: string;
  /** Code of the region that contains it (or empty for a cross-province area). */
  parent: string;
  /** Other printed names, separated by `|`. */
  aliases: string[];
}

export interface Place {
  id: string;
  name: string;
  kind: string;
  parent: string;
}

export function regionsToCsv(regions: Region[]): string {
  return "code,name,level,parent\n" + regions.map((r) => `${r.code},${r.name},${r.level},${r.parent}`).join("\n") + "\n";
}

/** Parses a simple CSV (no quoted commas: these files never need them). */
function rows(csv: string): Record<string, string>[] {
  const [head, ...lines] = csv.trim().split(/\r?\n/);
  const keys = head!.split(",");
  return lines.filter(Boolean).map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? ""]));
  });
}

export function parseRegions(csv: string): Region[] {
  return rows(csv).map((r) => ({ code: r.code!, name: r.name!, level: r.level as Region["level"], parent: r.parent! }));
}

export function parseZones(csv: string): Zone[] {
  return rows(csv).map((r) => ({
    id: r.id!,
    name: r.name!,
    kind: r.kind!,
    parent: r.parent!,
    aliases: r.aliases ? r.aliases.split("|") : [],
  }));
}

/** Every place as one list, regions by code and zones by id. */
export function allPlaces(regions: Region[], zones: Zone[]): Place[] {
  return [
    ...regions.map((r) => ({ id: r.code, name: r.name, kind: r.level, parent: r.parent })),
    ...zones.map((z) => ({ id: z.id, name: z.name, kind: z.kind, parent: z.parent })),
  ];
}
