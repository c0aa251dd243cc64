/**
 * The dataset as the site's pages show it, read once per build from data/ and public/data/
 * (released snapshots). Pages only format what this returns.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { Manifest, Releases } from "../data/releases.ts";
import { loadDataset } from "./dataset.ts";

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

const root = fileURLToPath(new URL("../../../", import.meta.url));
let cached: DataView | undefined;

export function getDataView(): DataView {
  if (cached) return cached;
  const { data } = loadDataset(root);
  const rows = (name: string) => data.get(name)?.rows.map((r) => r.values) ?? [];
  const releasesFile = join(root, "public/data/releases.json");
  const releases: Releases = existsSync(releasesFile) ? JSON.parse(readFileSync(releasesFile, "utf8")) : { latest: "", releases: [] };
  const manifests = releases.releases.map(
    (r) => JSON.parse(readFileSync(join(root, "public/data", r.id, "manifest.json"), "utf8")) as Manifest,
  );
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
