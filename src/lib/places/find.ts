/**
 * Finds the places an article mentions, by the names it prints. Short names (南京 for 南京市,
 * 太仓 for 太仓市) count where they cannot be mistaken. A county counts only where its name is
 * unique in the country or its city or province is mentioned too, since names such as 鼓楼区
 * recur across China; a county's short name only in the home province or beside its city or
 * province, since many are common words elsewhere (合作 is 合作市 in Gansu).
 */
import type { Region, Zone } from "./regions.ts";

const SUFFIX = /(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|地区|自治州|盟)$/;

function shortName(region: Region): string | undefined {
  if (region.level === "county" && !/市$/.test(region.name)) return undefined;
  const short = region.name.replace(SUFFIX, "");
  return short.length >= 2 && short !== region.name ? short : undefined;
}

const UNTAGGED = new Set(["country", "institution", "province-group"]);

export class PlaceFinder {
  private readonly regions: Region[];
  private readonly zones: Zone[];
  private readonly nameCount = new Map<string, number>();
  private readonly byCode = new Map<string, Region>();

  private readonly home: string;

  /** `home` is the province the publication is about, whose counties are named without context. */
  constructor(regions: Region[], zones: Zone[], home = "320000") {
    this.home = home;
    this.regions = regions;
    this.zones = zones;
    for (const r of regions) {
      this.byCode.set(r.code, r);
      for (const n of [r.name, shortName(r)]) if (n) this.nameCount.set(n, (this.nameCount.get(n) ?? 0) + 1);
    }
  }

  /** Ids of the places `text` mentions, provinces first, then cities, counties and zones. */
  find(text: string): string[] {
    const byShortName = (r: Region) => {
      const short = shortName(r);
      // 朝阳区 is not 朝阳市: a short name followed by a county-level suffix names something else.
      return short !== undefined && this.nameCount.get(short) === 1 && new RegExp(`${short}(?![区县旗镇乡])`).test(text);
    };
    const found = new Set<string>();
    for (const r of this.regions) {
      if (r.level !== "county" && (text.includes(r.name) || byShortName(r))) found.add(r.code);
    }
    for (const r of this.regions) {
      if (r.level !== "county") continue;
      const province = this.byCode.get(r.parent)?.parent || r.parent;
      const inContext = found.has(r.parent) || found.has(province);
      const unique = (this.nameCount.get(r.name) ?? 0) === 1;
      if (text.includes(r.name) ? unique || inContext : byShortName(r) && (inContext || province === this.home)) found.add(r.code);
    }
    // The country (全国 figures) and single institutions (an incubator's own figures) are places
    // for statistics, not places an article is filed under.
    for (const z of this.zones) {
      if (UNTAGGED.has(z.kind)) continue;
      if ([z.name, ...z.aliases].some((n) => text.includes(n))) found.add(z.id);
    }
    return [...found];
  }
}
