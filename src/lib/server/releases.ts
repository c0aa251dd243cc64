/**
 * Reading the released snapshots: public/data/releases.json and each snapshot's manifest.json
 * (or the copies a build puts in dist/data/). One place, so that the site, the query engine, the
 * deploy files and the tests agree on where a snapshot is and what an empty list looks like.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Manifest, Releases } from "../data/releases.ts";
import { fromRoot } from "./root.ts";

/** public/data/ of this project. */
export const PUBLIC_DATA = fromRoot("public/data");

/** The list of releases in `dir`; none when there is no releases.json yet. */
export function readReleases(dir = PUBLIC_DATA): Releases {
  const file = join(dir, "releases.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Releases) : { latest: "", releases: [] };
}

/** The folder of snapshot `id` in `dir`. */
export function snapshotDir(id: string, dir = PUBLIC_DATA): string {
  return join(dir, id);
}

export function readManifest(id: string, dir = PUBLIC_DATA): Manifest {
  return JSON.parse(readFileSync(join(snapshotDir(id, dir), "manifest.json"), "utf8")) as Manifest;
}
