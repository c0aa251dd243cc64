/**
 * The whole publication as pages need it: series, issues in date order, articles in issue order,
 * policies, sections and places, checked once for the cross-file rules of integrity.ts. A build
 * with a broken file stops here with every problem listed.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { readFileSync } from "node:fs";
import { allPlaces, parseRegions, parseZones, type Place } from "../places/regions.ts";
import { slugify } from "../slug.ts";
import { checkBody } from "./body-safety.ts";
import { checkIntegrity, checkRawDates } from "./integrity.ts";

export type SeriesEntry = CollectionEntry<"series">;
export type IssueEntry = CollectionEntry<"issues">;
export type ArticleEntry = CollectionEntry<"articles">;
export type PolicyEntry = CollectionEntry<"policies">;

export interface IssueView {
  entry: IssueEntry;
  series: SeriesEntry;
  /** Folder name: `2022-02`, or an editor's slug such as `late-2022`. */
  slug: string;
  articles: ArticleEntry[];
  /** Date used for ordering: the publication date, or the earliest it can be. */
  sortDate: string;
}

export interface Publication {
  series: SeriesEntry[];
  /** Newest first. */
  issues: IssueView[];
  policies: PolicyEntry[];
  places: Map<string, Place>;
  issueOf: (article: ArticleEntry) => IssueView;
  /** Section name → ASCII slug for its page. */
  sectionSlug: (section: string) => string;
}

function articleIssueId(article: ArticleEntry): string {
  return article.id.split("/").slice(0, 2).join("/");
}

async function load(): Promise<Publication> {
  const [series, issues, articles, policies] = await Promise.all([
    getCollection("series"),
    getCollection("issues"),
    getCollection("articles"),
    getCollection("policies"),
  ]);
  const data = new URL("../../../data/", import.meta.url);
  const places = allPlaces(parseRegions(readFileSync(new URL("regions.csv", data), "utf8")), parseZones(readFileSync(new URL("zones.csv", data), "utf8")));
  const placeMap = new Map(places.map((p) => [p.id, p]));
  const file = (e: { filePath?: string; id: string }) => e.filePath ?? e.id;
  const errors = checkIntegrity({
    series: series.map((s) => ({ id: s.id, filePath: file(s), data: s.data })),
    issues: issues.map((i) => ({ id: i.id, filePath: file(i), data: i.data })),
    articles: articles.map((a) => ({ id: a.id, filePath: file(a), data: a.data, issue: articleIssueId(a) })),
    policies: policies.map((p) => ({ id: p.id, filePath: file(p), data: p.data })),
    placeIds: new Set(placeMap.keys()),
  });
  for (const entry of [...issues, ...articles, ...policies]) {
    if (entry.filePath) errors.push(...checkRawDates(entry.filePath, readFileSync(entry.filePath, "utf8")));
  }
  // Bodies are checked before any page renders one, since rendering runs the code MDX compiled.
  for (const entry of [...articles, ...policies]) {
    if (entry.filePath) errors.push(...checkBody(entry.filePath, readFileSync(entry.filePath, "utf8")));
  }
  if (errors.length > 0) throw new Error(`Content errors:\n${errors.map((e) => `  ${e}`).join("\n")}`);

  const seriesById = new Map(series.map((s) => [s.id, s]));
  const views = issues.map((entry): IssueView => {
    const own = articles.filter((a) => articleIssueId(a) === entry.id).sort((a, b) => a.data.order - b.data.order);
    return {
      entry,
      series: seriesById.get(entry.data.series)!,
      slug: entry.id.split("/")[1]!,
      articles: own,
      sortDate: entry.data.date ?? entry.data.notBefore ?? `${entry.data.year ?? 0}-00-00`,
    };
  });
  views.sort((a, b) => b.sortDate.localeCompare(a.sortDate));
  const byId = new Map(views.map((v) => [v.entry.id, v]));
  const sectionSlugs = new Map<string, string>();
  for (const s of series) for (const name of s.data.sections) sectionSlugs.set(name, slugify(name, 8));
  return {
    series,
    issues: views,
    policies: policies.sort((a, b) => b.data.date.localeCompare(a.data.date)),
    places: placeMap,
    issueOf: (article) => byId.get(articleIssueId(article))!,
    sectionSlug: (section) => sectionSlugs.get(section) ?? slugify(section, 8),
  };
}

let cached: Promise<Publication> | undefined;

/** Loads and checks the publication once per build. */
export function getPublication(): Promise<Publication> {
  cached ??= load();
  return cached;
}
