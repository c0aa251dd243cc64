/**
 * Which place a figure is about, from the places its sentence names (data/regions.csv names and
 * short names, data/zones.csv names and aliases) and the collective words 全省/全市/我省/全国,
 * then its paragraph, the article's title and the article's places. A county's name counts only
 * where it is unique in the country or the document names its city or province (鼓楼区 recurs
 * across China); a name inside a comparison (居全国第一, 占全国…) is not the figure's place.
 */
import type { Region, Zone } from "../places/regions.ts";

export interface Mention {
  /** Region code or zone id; empty for a collective word that still needs resolving. */
  id: string;
  start: number;
  end: number;
  name: string;
  /** For 全省/我省, 全市/我市, 全区/全县: the level the word stands for. */
  collective?: "province" | "city" | "county";
}

const SUFFIX = /(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|地区|自治州|盟)$/;

const COLLECTIVE: [RegExp, Mention["collective"] | "country"][] = [
  [/^(全省|我省|本省|省内)/, "province"],
  [/^(全市|我市|本市|市内)/, "city"],
  [/^(全区|全县|我区|我县|本区|本县)/, "county"],
  [/^全国/, "country"],
];

/** After a place: words that make it a comparison or a qualifier, not the subject. */
const COMPARISON_AFTER =
  /^(\s*\d{1,2}月\d{1,2}日电|前列|第[一二三四五六七八九十\d]|首位|首个|首批|首家|之首|前\d|率先|范围内|优秀总数|总数的|的比重|比重|同类|平均|唯一|层面)/;
const COMPARISON_BEFORE = /(占|居|在|位居|位列|稳居|领跑|名列|排名|保持|列|超过|高于|低于)$/;
/** Words a place name can seem to start inside: 其中国家级 holds 中国 but names no country. */
const FALSE_STARTS = /(其中|集中|之中|当中|高中|初中|空中|期中|心中|从中|居中|正中)$/;

/** 苏州数字健康科创园等25家: a place inside a name listed as an example (…等N家) is not the subject. */
const EXAMPLE = /^[^，。；、,]{0,30}?等/;

export class Gazetteer {
  private readonly byFirst = new Map<string, { name: string; id: string; county: boolean; zone: boolean }[]>();
  private readonly count = new Map<string, number>();
  readonly regions = new Map<string, Region>();
  readonly zones = new Map<string, Zone>();

  constructor(regions: Region[], zones: Zone[]) {
    for (const r of regions) {
      this.regions.set(r.code, r);
      const short = r.level === "county" && !/市$/.test(r.name) ? undefined : r.name.replace(SUFFIX, "");
      for (const name of [r.name, short && short.length >= 2 && short !== r.name ? short : undefined]) {
        if (!name) continue;
        this.count.set(name, (this.count.get(name) ?? 0) + 1);
        this.add(name, r.code, r.level === "county", false);
      }
    }
    for (const z of zones) {
      this.zones.set(z.id, z);
      for (const name of [z.name, ...z.aliases]) if (name) this.add(name, z.id, false, true);
    }
    // Longest name first; where a zone and a region share a name (盐城经济技术开发区 is both a zone
    // and the GB/T 2260 code 320971), the zone, which the dataset's editors chose for it.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.name.length - a.name.length || Number(b.zone) - Number(a.zone));
  }

  private add(name: string, id: string, county: boolean, zone: boolean) {
    const first = name[0]!;
    if (!this.byFirst.has(first)) this.byFirst.set(first, []);
    this.byFirst.get(first)!.push({ name, id, county, zone });
  }

  /** The province a place lies in ("" for a zone that spans provinces). */
  provinceOf(id: string): string {
    let code = this.zones.get(id)?.parent ?? id;
    for (let region = this.regions.get(code); region?.parent; region = this.regions.get(code)) code = region.parent;
    return this.regions.has(code) ? code : "";
  }

  /** The place at `level` containing `id` (itself if it is at that level), or "". */
  ancestorAt(id: string, level: Region["level"]): string {
    let code = this.zones.get(id)?.parent ?? id;
    for (let region = this.regions.get(code); region; region = this.regions.get(region.parent)) {
      if (region.level === level) return region.code;
      if (!region.parent) break;
    }
    return "";
  }

  /** Whether `inner` lies inside `outer` (or is it). */
  within(inner: string, outer: string): boolean {
    let code: string | undefined = inner;
    for (let guard = 0; code && guard < 6; guard++) {
      if (code === outer) return true;
      code = this.zones.get(code)?.parent ?? this.regions.get(code)?.parent;
    }
    return false;
  }

  /**
   * Places named in `text`, left to right, longest name first where names overlap. `context` are
   * places known to be about (the document's places), which let a county name that recurs in
   * China count where its city or province is among them.
   */
  mentions(text: string, context: string[] = []): Mention[] {
    const found: Mention[] = [];
    for (let i = 0; i < text.length;) {
      const collective = COLLECTIVE.find(([re]) => re.test(text.slice(i, i + 2)));
      if (collective) {
        const name = text.slice(i, i + 2);
        found.push(
          collective[1] === "country"
            ? { id: "cn", start: i, end: i + 2, name }
            : { id: "", start: i, end: i + 2, name, collective: collective[1] },
        );
        i += 2;
        continue;
      }
      const match = (this.byFirst.get(text[i]!) ?? []).find(
        (c) =>
          text.startsWith(c.name, i) &&
          // 朝阳区 is not 朝阳市: a short name followed by a county-level suffix names something else.
          !(this.regions.get(c.id)?.name !== c.name && this.regions.has(c.id) && /[区县旗镇乡村路街]/.test(text[i + c.name.length] ?? "")),
      );
      if (!match || FALSE_STARTS.test(text.slice(Math.max(0, i - 1), i + 1))) {
        i++;
        continue;
      }
      const region = this.regions.get(match.id);
      const known = [...context, ...found.map((m) => m.id)].filter(Boolean);
      let id = match.id;
      if (region && (this.count.get(match.name) ?? 0) > 1) {
        // A name several regions share: the one whose city or province is in context, if one.
        const all = [...this.regions.values()].filter((r) => r.name === match.name || r.name.replace(SUFFIX, "") === match.name);
        const inContext = all.filter((r) => known.some((k) => k !== r.code && (this.within(r.code, k) || this.within(k, r.code))));
        id = inContext.length === 1 ? inContext[0]!.code : "";
      } else if (region && match.county && region.name !== match.name) {
        // A county's short name (太仓 for 太仓市) is a common word elsewhere (合作 is 合作市 in
        // Gansu): only where its city or province is in context.
        if (!known.some((k) => this.within(region.code, k))) id = "";
      }
      if (id) found.push({ id, start: i, end: i + match.name.length, name: match.name });
      i += match.name.length;
    }
    return found;
  }

  /** Whether the mention is a comparison (居全国第一) or an example (苏州…等25家) rather than a subject. */
  static incidental(text: string, m: Mention, figureAt: number, others: Mention[] = []): boolean {
    const after = text.slice(m.end);
    if (COMPARISON_AFTER.test(after) || COMPARISON_BEFORE.test(text.slice(0, m.start))) return true;
    const example = m.end <= figureAt ? EXAMPLE.exec(text.slice(m.end, figureAt)) : null;
    // Only the place inside the named example: 我省苏州…园等 keeps 我省.
    if (example && !m.collective && !others.some((o) => o.start >= m.end && o.start < m.end + example[0].length)) return true;
    return false;
  }
}

export interface PlaceContext {
  /** Mentions in the sentence, with the sentence's text. */
  sentence: { text: string; mentions: Mention[] };
  /** Mentions in the paragraph's earlier sentences, first to last. */
  paragraph: Mention[];
  /** Mentions in the document's title. */
  title: Mention[];
  /** The document's places (frontmatter `places`). */
  places: string[];
  /** Places a name may be read in: the document's places and the publication's province. */
  context: string[];
  /** The province the publication is about (江苏 for 江苏双创载体信息), for 我省. */
  home?: string;
  /** The one institution (a zone of kind institution) the document names, if exactly one. */
  institution?: string;
}

export interface RegionChoice {
  region: string;
  /** Why, when the region is not named in the sentence itself (or empty). */
  reason: string;
}

/**
 * The region of a figure printed at `at` in its sentence: the first place its clause names before
 * the figure, else the first its sentence names before it, else the paragraph's first, the title's
 * most specific, the document's one institution, the document's places.
 */
export function chooseRegion(g: Gazetteer, ctx: PlaceContext, at: number, clauseFrom: number): RegionChoice {
  const { text, mentions } = ctx.sentence;
  const subjects = mentions.filter((m) => m.start < at && !Gazetteer.incidental(text, m, at, mentions));
  const inClause = subjects.filter((m) => m.start >= clauseFrom);
  // The part of the sentence between semicolons (…1013家;江苏紧随其后,…832家) before the whole.
  const partFrom = Math.max(...[...text.slice(0, at).matchAll(/[；;]/g)].map((m) => m.index! + 1), 0);
  const inPart = subjects.filter((m) => m.start >= partFrom);
  const pick = (list: Mention[]) => mostSpecificOfFirst(g, list);
  const first = pick(inClause) ?? pick(inPart) ?? pick(subjects);
  // 已覆盖中国、印度、泰国…: a place in a list of places may not be the figure's.
  if (first)
    return resolve(
      g,
      first,
      ctx,
      /^、/.test(text.slice(first.end)) || /、$/.test(text.slice(0, first.start))
        ? `region: ${first.name} is one of a list of places; check`
        : "",
    );
  const paragraph = pick(ctx.paragraph);
  if (paragraph) return resolve(g, paragraph, ctx, `region: from the paragraph (${paragraph.name})`);
  const title = pick(ctx.title);
  // An article about one institution (望京留创园, 众创之家) in the title's place: its figures are
  // the institution's unless the sentence or paragraph names a place.
  const institution = ctx.institution;
  if (institution && (!title || (title.id && g.within(institution, title.id))))
    return {
      region: institution,
      reason: `region: the article's one named institution (${g.zones.get(institution)?.name ?? institution}); check`,
    };
  if (title) return resolve(g, title, ctx, `region: from the title (${title.name})`);
  const deepest = deepestPlaces(g, ctx.places);
  if (deepest.length === 1) return { region: deepest[0]!, reason: "region: the article's place" };
  return { region: "", reason: "region: no place named in the sentence, its paragraph or the title" };
}

/** The first mention, or the last of a run of adjacent ones (苏州市吴中区 → 吴中区). */
function mostSpecificOfFirst(g: Gazetteer, list: Mention[]): Mention | undefined {
  let first = list[0];
  if (!first) return undefined;
  for (const next of list.slice(1)) {
    const adjacent = next.start - first.end <= 1;
    if (adjacent && first.id && next.id && g.within(next.id, first.id)) first = next;
    else break;
  }
  return first;
}

function resolve(g: Gazetteer, m: Mention, ctx: PlaceContext, reason: string): RegionChoice {
  if (!m.collective) return { region: m.id, reason };
  const candidates = [...ctx.title.filter((t) => t.id), ...deepestPlaces(g, ctx.places).map((id) => ({ id }))];
  if (m.collective === "province") {
    if (/^(我省|本省)/.test(m.name) && ctx.home)
      return { region: ctx.home, reason: reason || `region: ${m.name} = the publication's province` };
    const provinces = [...new Set(candidates.map((c) => g.provinceOf(c.id)).filter(Boolean))];
    const province = provinces[0] ?? ctx.home;
    if (province)
      return {
        region: province,
        reason: reason || (provinces.length > 1 ? `region: ${m.name} read as ${province}, the first of the article's provinces` : ""),
      };
    return { region: "", reason: `region: ${m.name}, but the article names no province` };
  }
  const level = m.collective;
  const found = [...new Set(candidates.map((c) => g.ancestorAt(c.id, level)).filter(Boolean))];
  if (found.length >= 1)
    return {
      region: found[0]!,
      reason: reason || (found.length > 1 ? `region: ${m.name} read as ${found[0]}, the title's or first of the article's places` : ""),
    };
  return { region: "", reason: `region: ${m.name}, but the article names no ${level === "city" ? "city" : "county"}` };
}

/** Places that contain none of the others (a county rather than its city). */
export function deepestPlaces(g: Gazetteer, places: string[]): string[] {
  return places.filter((p) => !places.some((q) => q !== p && g.within(q, p)));
}
