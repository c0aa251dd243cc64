/**
 * Loads the publication once per build: the content collections (src/content.config.ts says where
 * they are; CONTENT_DIR points at another folder), the places in data/regions.csv and
 * data/zones.csv, and each file's raw text for the date checks; src/lib/content/publication.ts
 * checks and orders them.
 */
import { getCollection } from "astro:content";
import { readFileSync } from "node:fs";
import { assemblePublication, type Publication } from "../content/publication.ts";
import { allPlaces, parseRegions, parseZones } from "../places/regions.ts";
import { fromRoot } from "./root.ts";

async function load(): Promise<Publication> {
  const [series, issues, articles, policies] = await Promise.all([
    getCollection("series"),
    getCollection("issues"),
    getCollection("articles"),
    getCollection("policies"),
  ]);
  const places = allPlaces(
    parseRegions(readFileSync(fromRoot("data/regions.csv"), "utf8")),
    parseZones(readFileSync(fromRoot("data/zones.csv"), "utf8")),
  );
  return assemblePublication({ series, issues, articles, policies, places, rawText: (path) => readFileSync(path, "utf8") });
}

let cached: Promise<Publication> | undefined;

/** Loads and checks the publication once per build. */
export function getPublication(): Promise<Publication> {
  cached ??= load();
  return cached;
}
