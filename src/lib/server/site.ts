/**
 * What the region pages and the tables of figures draw on, indexed once per build: the
 * publication's places with what mentions them, and the dataset's figures and incentives by
 * place. Computed once, not once per page, so that the build grows with the number of pages
 * rather than with pages × articles.
 */
import { indexPlaces } from "../content/places.ts";
import type { Publication } from "../content/publication.ts";
import type { RegionContext } from "../regions/page.ts";
import { getDataView, type DataView } from "./data-view.ts";
import { getPublication } from "./publication.ts";

export interface Site extends RegionContext {
  publication: Publication;
  view: DataView;
}

function groupBy<T extends Record<string, string>>(rows: T[], column: string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = row[column] ?? "";
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

async function load(): Promise<Site> {
  const publication = await getPublication();
  const view = getDataView();
  return {
    publication,
    view,
    places: publication.places,
    index: indexPlaces(publication, view.observations),
    observations: view.observations,
    figuresByRegion: groupBy(view.observations, "region"),
    figuresByIndicator: groupBy(view.observations, "indicator"),
    incentivesByRegion: groupBy(view.incentives, "region"),
    indicators: new Map(view.indicators.map((i) => [i.id ?? "", i])),
    sources: view.sources,
    snapshot: view.releases.latest,
  };
}

let cached: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  cached ??= load();
  return cached;
}
