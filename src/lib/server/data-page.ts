/**
 * Everything /data/ shows, computed once: the latest snapshot with its files, the indicators with
 * their counts, every release's changelog row by row, and the coverage view (indicators by year,
 * places by indicator), queried from the latest snapshot with the same DuckDB the charts use, so
 * that it shows what a researcher can query. The page only lays this out.
 */
import { releaseChanges, type ReleaseChanges } from "../data/changelog.ts";
import { disagreementList, type ComparedRow, type DisagreementEntry } from "../data/disagreement-list.ts";
import { COVERAGE_GROUPS, indicatorYears, placeMatrix, type CoverageRow, type IndicatorYears, type PlaceMatrix } from "../data/coverage.ts";
import type { Manifest } from "../data/releases.ts";
import type { Indicator } from "../data/tables.ts";
import { getDataView } from "./data-view.ts";
import { runNamed } from "./query.ts";

export interface DataPage {
  latest: Manifest | undefined;
  /** Indicators with figures, and how many each has. */
  indicators: { indicator: Indicator; figures: number }[];
  /** Newest first. */
  releases: { manifest: Manifest; changes: ReleaseChanges[] }[];
  coverage?: { byYear: IndicatorYears; groups: PlaceMatrix[] };
  /** Figures of one place and indicator that disagree, in the latest snapshot. */
  disagreements: DisagreementEntry[];
}

export async function getDataPage(): Promise<DataPage> {
  const view = getDataView();
  const latest = view.manifests.at(-1);
  const counts = new Map<string, number>();
  for (const o of view.observations) counts.set(o.indicator, (counts.get(o.indicator) ?? 0) + 1);
  let coverage: DataPage["coverage"];
  let disagreements: DisagreementEntry[] = [];
  if (latest) {
    disagreements = disagreementList((await runNamed(latest.id, "figures_compared", {})) as unknown as ComparedRow[]);
    const rows = (await runNamed(latest.id, "coverage", {})) as unknown as CoverageRow[];
    const groups: PlaceMatrix[] = [];
    for (const group of COVERAGE_GROUPS) {
      const places = (await runNamed(latest.id, "places_under", { parent: group.parent, level: group.level })) as unknown as {
        region: string;
        region_name: string;
      }[];
      groups.push(placeMatrix(rows, group, places));
    }
    coverage = { byYear: indicatorYears(rows), groups };
  }
  return {
    latest,
    indicators: view.indicators.filter((i) => counts.has(i.id)).map((indicator) => ({ indicator, figures: counts.get(indicator.id) ?? 0 })),
    releases: [...view.manifests].reverse().map((manifest) => ({ manifest, changes: releaseChanges(manifest.changes) })),
    coverage,
    disagreements,
  };
}
