/**
 * The dataset as the site's pages show it, read once per build from data/ and public/data/
 * (released snapshots). Pages only format what this returns.
 */
import type { Manifest, Releases } from "../data/releases.ts";
import type { Incentive, Indicator, Observation, Source } from "../data/tables.ts";
import { loadDataset } from "./dataset.ts";
import { readManifest, readReleases } from "./releases.ts";
import { ROOT } from "./root.ts";

export interface DataView {
  indicators: Indicator[];
  sources: Map<string, Source>;
  observations: Observation[];
  incentives: Incentive[];
  releases: Releases;
  manifests: Manifest[];
}

let cached: DataView | undefined;

export function getDataView(): DataView {
  if (cached) return cached;
  const { data } = loadDataset(ROOT);
  // Cells are read as the table's row type: data:check (run by npm test before the build, and by
  // data:release) holds every row to its table's definition, allowed values included.
  const rows = <Row>(name: string) => (data.get(name)?.rows.map((r) => r.values) ?? []) as unknown as Row[];
  const releases = readReleases();
  const manifests = releases.releases.map((r) => readManifest(r.id));
  cached = {
    indicators: rows<Indicator>("indicators"),
    sources: new Map(rows<Source>("sources").map((s) => [s.id, s])),
    observations: rows<Observation>("observations"),
    incentives: rows<Incentive>("incentives"),
    releases,
    manifests,
  };
  return cached;
}
