/**
 * Every URL of the site in one place, under the configured base path. URLs are ASCII and stable:
 * they follow folder and file names in content/, which the importer writes once.
 */
import { basePath } from "./base-path.ts";

const base = basePath(import.meta.env.BASE_URL);

export const url = {
  home: () => base,
  archive: () => `${base}issues/`,
  series: (series: string) => `${base}issues/${series}/`,
  issue: (issueId: string) => `${base}issues/${issueId}/`,
  article: (articleId: string) => `${base}issues/${articleId}/`,
  policies: () => `${base}policies/`,
  policy: (id: string) => `${base}policies/${id}/`,
  sections: () => `${base}sections/`,
  section: (slug: string) => `${base}sections/${slug}/`,
  regions: () => `${base}regions/`,
  region: (id: string) => `${base}regions/${id}/`,
  /** Places side by side (src/lib/compare/address.ts writes the choice after it). */
  compare: () => `${base}compare/`,
  data: () => `${base}data/`,
  indicator: (id: string) => `${base}data/indicators/${id}/`,
  /** Where /data/ lists the figures of one place and indicator that disagree, with their notes. */
  disagreement: (region: string, indicator: string) => `${base}data/#disagreement-${region}-${indicator}`,
  workbench: () => `${base}data/sql/`,
  /** Every chart's page: share, embed, download and cite it. */
  charts: () => `${base}charts/`,
  chart: (id: string) => `${base}charts/${id}/`,
  /** A file beside a chart's page: its picture (.svg), the rows of its choices (.json). */
  chartFile: (id: string, file: string) => `${base}charts/${id}/${file}`,
  snapshotFile: (snapshot: string, file: string) => `${base}data/${snapshot}/${file}`,
  /** The list of released snapshots (public/data/releases.json). */
  releases: () => `${base}data/releases.json`,
  search: () => `${base}search/`,
  feed: () => `${base}rss.xml`,
  dataFeed: () => `${base}data/releases.xml`,
  seriesFeed: (series: string) => `${base}issues/${series}/rss.xml`,
  sitemap: () => `${base}sitemap-index.xml`,
  asset: (path: string) => `${base}${path.replace(/^\//, "")}`,
};
