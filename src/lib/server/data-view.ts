/**
 * The dataset as the site's pages show it, read once per build from data/ and public/data/
 * (released snapshots). Pages only format what this returns.
 */
import type { Manifest, Releases } from "../data/releases.ts";
import { loadDataset } from "./dataset.ts";
import { readManifest, readReleases } from "./releases.ts";
import { ROOT } from "./root.ts";

/** A row of a data table, by column name. */
export type DataRow = Record<string, string>;

export interface DataView {
  indicators: DataRow[];
  sources: Map<string, DataRow>;
  observations: DataRow[];
  incentives: DataRow[];
  releases: Releases;
  manifests: Manifest[];
}

let cached: DataView | undefined;

export function getDataView(): DataView {
  if (cached) return cached;
  const { data } = loadDataset(ROOT);
  const rows = (name: string) => data.get(name)?.rows.map((r) => r.values) ?? [];
  const releases = readReleases();
  const manifests = releases.releases.map((r) => readManifest(r.id));
  cached = {
    indicators: rows("indicators"),
    sources: new Map(rows("sources").map((s) => [s.id!, s])),
    observations: rows("observations"),
    incentives: rows("incentives"),
    releases,
    manifests,
  };
  return cached;
}
