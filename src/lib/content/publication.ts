/**
 * The whole publication as pages need it: series, issues in date order, articles in issue order,
 * policies, sections and places, checked once for the cross-file rules of integrity.ts. A build
 * with a broken file stops here with every problem listed. Pure: the entries come from Astro's
 * collections, read by src/lib/server/publication.ts.
 */
import type { Place } from "../places/regions.ts";
import { slugify } from "../slug.ts";
import { checkBody } from "./body-safety.ts";
import { checkIntegrity, checkRawDates } from "./integrity.ts";
import type { Article, Issue, Policy, Series } from "./schema.ts";

/**
 * A content entry as Astro's collections hand it over, as far as pages read it: the same shape as
 * astro:content's CollectionEntry, so that an entry can be rendered, without this room importing
 * Astro's runtime.
 */
export interface Entry<C extends string, D> {
  id: string;
  collection: C;
  data: D;
  /** Path of the file, relative to the project. */
  filePath?: string;
  body?: string;
}

export type SeriesEntry = Entry<"series", Series>;
export type IssueEntry = Entry<"issues", Issue>;
export type ArticleEntry = Entry<"articles", Article>;
export type PolicyEntry = Entry<"policies", Policy>;

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
  /** An issue by its id (`<series>/<folder>`). */
  issue: (issueId: string) => IssueView | undefined;
  /** A policy by its id (its file name). */
  policy: (policyId: string) => PolicyEntry | undefined;
  /** Section name → ASCII slug for its page. */
  sectionSlug: (section: string) => string;
}

export interface PublicationInput {
  series: SeriesEntry[];
  issues: IssueEntry[];
  articles: ArticleEntry[];
  policies: PolicyEntry[];
  places: Place[];
  /** The raw text of a content file, by the path its entry names (for the date checks). */
  rawText: (filePath: string) => string;
}

function articleIssueId(article: ArticleEntry): string {
  return article.id.split("/").slice(0, 2).join("/");
}

/** Checks the entries against each other and orders them; throws with every problem found. */
export function assemblePublication({ series, issues, articles, policies, places, rawText }: PublicationInput): Publication {
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
    if (entry.filePath) errors.push(...checkRawDates(entry.filePath, rawText(entry.filePath)));
  }
  // Bodies are checked before any page renders one, since rendering runs the code MDX compiled.
  for (const entry of [...articles, ...policies]) {
    if (entry.filePath) errors.push(...checkBody(entry.filePath, rawText(entry.filePath)));
  }
  if (errors.length > 0) throw new Error(`Content errors:\n${errors.map((e) => `  ${e}`).join("\n")}`);

  const seriesById = new Map(series.map((s) => [s.id, s]));
  // Articles grouped by issue once: a lookup per issue would cost issues × articles.
  const articlesByIssue = new Map<string, ArticleEntry[]>();
  for (const a of articles) articlesByIssue.set(articleIssueId(a), [...(articlesByIssue.get(articleIssueId(a)) ?? []), a]);
  const views = issues.map(
    (entry): IssueView => ({
      entry,
      series: seriesById.get(entry.data.series)!,
      slug: entry.id.split("/")[1]!,
      articles: [...(articlesByIssue.get(entry.id) ?? [])].sort((a, b) => a.data.order - b.data.order),
      sortDate: entry.data.date ?? entry.data.notBefore ?? `${entry.data.year ?? 0}-00-00`,
    }),
  );
  views.sort((a, b) => b.sortDate.localeCompare(a.sortDate));
  const byId = new Map(views.map((v) => [v.entry.id, v]));
  const policyById = new Map(policies.map((p) => [p.id, p]));
  const sectionSlugs = new Map<string, string>();
  for (const s of series) for (const name of s.data.sections) sectionSlugs.set(name, slugify(name, 8));
  return {
    series,
    issues: views,
    policies: [...policies].sort((a, b) => b.data.date.localeCompare(a.data.date)),
    places: placeMap,
    issueOf: (article) => byId.get(articleIssueId(article))!,
    issue: (issueId) => byId.get(issueId),
    policy: (policyId) => policyById.get(policyId),
    sectionSlug: (section) => sectionSlugs.get(section) ?? slugify(section, 8),
  };
}
