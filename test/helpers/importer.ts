/** Runs the importer's planning step on a test input, as the command line would. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { planImport, readSeriesFile, type ImportOptions, type ImportPlan, type SeriesFile } from "../../src/lib/bulletin/import.ts";
import { PlaceFinder } from "../../src/lib/places/find.ts";
import { parseRegions, parseZones } from "../../src/lib/places/regions.ts";

export const inputDir = new URL("../input/", import.meta.url);
export const outputDir = new URL("../output/", import.meta.url);

let finder: PlaceFinder | undefined;
export function findPlaces(text: string): string[] {
  finder ??= new PlaceFinder(
    parseRegions(readFileSync(new URL("../../data/regions.csv", import.meta.url), "utf8")),
    parseZones(readFileSync(new URL("../../data/zones.csv", import.meta.url), "utf8")),
  );
  return finder.find(text);
}

export function knownSeries(): Map<string, SeriesFile> {
  const dir = new URL("series/", inputDir);
  return new Map(
    readdirSync(dir)
      .filter((n) => n.endsWith(".yaml"))
      .map((n) => [n.replace(/\.yaml$/, ""), readSeriesFile(readFileSync(new URL(n, dir), "utf8"))]),
  );
}

export function importCase(name: string): ImportPlan {
  const optionsFile = new URL(`${name}.json`, inputDir);
  const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, "utf8")) as ImportOptions) : {};
  return planImport(readFileSync(new URL(`${name}.txt`, inputDir)), `${name}.txt`, options, knownSeries(), findPlaces);
}

export function importText(text: string, options: ImportOptions = {}, name = "test.txt"): ImportPlan {
  return planImport(new TextEncoder().encode(text), name, options, knownSeries(), findPlaces);
}
