/**
 * The dataset as the site's pages show it, read once per build from data/ and public/data/
 * (released snapshots). Pages only format what this returns.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { Manifest, Releases } from "../data/releases.ts";
import type { Incentive, Indicator, Observation, Source } from "../data/tables.ts";
import { loadDataset } from "./dataset.ts";

export interface DataView {
  indicators: Indicator[];
  sources: Map<string, Source>;
  observations: Observation[];
  incentives: Incentive[];
  releases: Releases;
  manifests: Manifest[];
}

const root = fileURLToPath(new URL("../../../", import.meta.url));
let cached: DataView | undefined;

export function getDataView(): DataView {
  if (cached) return cached;
  const { data } = loadDataset(root);
  // Cells are read as the table's row type: data:check (run by npm test before the build, and by
  // data:release) holds every row to its table's definition, allowed values included.
  const rows = <Row>(name: string) => (data.get(name)?.rows.map((r) => r.values) ?? []) as unknown as Row[];
  const releasesFile = join(root, "public/data/releases.json");
  const releases: Releases = existsSync(releasesFile) ? JSON.parse(readFileSync(releasesFile, "utf8")) : { latest: "", releases: [] };
  const manifests = releases.releases.map(
    (r) => JSON.parse(readFileSync(join(root, "public/data", r.id, "manifest.json"), "utf8")) as Manifest,
  );
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
