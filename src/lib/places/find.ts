/**
 * Finds the places an article mentions, by the names it prints. Short names (南京 for 南京市,
 * 太仓 for 太仓市) count where they cannot be mistaken; a county counts only where its name is
 * unique in the country or its city or province is mentioned too, since names such as 鼓楼区
 * recur across China.
 */
import type { Region, Zone } from "./regions.ts";

const SUFFIX = /(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|地区|自治州|盟)$/;

function shortName(region: Region): string | undefined {
  if (region.level === "county" && !/市$/.test(region.name)) return undefined;
  const short = region.name.replace(SUFFIX, "");
  return short.length >= 2 && short !== region.name ? short : undefined;
}

export class PlaceFinder {
  private readonly regions: Region[];
  private readonly zones: Zone[];
  private readonly nameCount = new Map<string, number>();
  private readonly byCode = new Map<string, Region>();

  constructor(regions: Region[], zones: Zone[]) {
    this.regions = regions;
    this.zones = zones;
    for (const r of regions) {
      this.byCode.set(r.code, r);
      for (const n of [r.name, shortName(r)]) if (n) this.nameCount.set(n, (this.nameCount.get(n) ?? 0) + 1);
    }
  }

  /** Ids of the places `text` mentions, provinces first, then cities, counties and zones. */
  find(text: string): string[] {
    const mentioned = (r: Region) => {
      const short = shortName(r);
      return text.includes(r.name) || (short !== undefined && this.nameCount.get(short) === 1 && text.includes(short));
    };
    const found = new Set<string>();
    for (const r of this.regions) {
      if (r.level === "county") continue;
      if (mentioned(r)) found.add(r.code);
    }
    for (const r of this.regions) {
      if (r.level !== "county" || !mentioned(r)) continue;
      const parent = this.byCode.get(r.parent);
      const unique = (this.nameCount.get(r.name) ?? 0) === 1;
      if (unique || found.has(r.parent) || (parent && found.has(parent.parent))) found.add(r.code);
    }
    for (const z of this.zones) if ([z.name, ...z.aliases].some((n) => text.includes(n))) found.add(z.id);
    return [...found];
  }
}
