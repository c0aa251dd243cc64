/**
 * Places that have something to show: articles or policies that mention them, or figures in the
 * dataset. Indexed once per build, so that a region page looks its articles up instead of reading
 * every article again (which would make the build grow with places × articles).
 */
import type { Place } from "../places/regions.ts";
import type { ArticleEntry, PolicyEntry, Publication } from "./publication.ts";

export interface PlaceWithContent {
  place: Place;
  /** Articles and policies that mention it. */
  count: number;
  /** Figures in the dataset about it. */
  figures: number;
}

export interface PlaceIndex {
  /** Places with a page, most mentioned first. */
  withContent: PlaceWithContent[];
  /** Whether a place has a page. */
  hasPage: (id: string) => boolean;
  /** Articles that mention a place, newest issue first and in issue order. */
  articles: (id: string) => ArticleEntry[];
  /** Policies that concern a place, newest first. */
  policies: (id: string) => PolicyEntry[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexPlaces(publication: Publication, figures: { region?: string }[] = []): PlaceIndex {
  const articles = new Map<string, ArticleEntry[]>();
  const policies = new Map<string, PolicyEntry[]>();
  for (const issue of publication.issues) for (const a of issue.articles) for (const id of new Set(a.data.places)) push(articles, id, a);
  for (const p of publication.policies) for (const id of new Set(p.data.places)) push(policies, id, p);
  const counts = new Map<string, number>();
  const figureCounts = new Map<string, number>();
  const entries = [...publication.issues.flatMap((i) => i.articles), ...publication.policies];
  for (const e of entries) for (const id of e.data.places) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const f of figures) if (f.region) figureCounts.set(f.region, (figureCounts.get(f.region) ?? 0) + 1);
  const withContent = [...new Set([...counts.keys(), ...figureCounts.keys()])]
    .filter((id) => publication.places.has(id))
    .map((id) => ({ place: publication.places.get(id)!, count: counts.get(id) ?? 0, figures: figureCounts.get(id) ?? 0 }))
    .sort((a, b) => b.count + b.figures - (a.count + a.figures) || a.place.id.localeCompare(b.place.id));
  const pages = new Set(withContent.map(({ place }) => place.id));
  return {
    withContent,
    hasPage: (id) => pages.has(id),
    articles: (id) => articles.get(id) ?? [],
    policies: (id) => policies.get(id) ?? [],
  };
}
