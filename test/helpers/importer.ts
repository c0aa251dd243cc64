/** Runs the importer's planning step on a test input, as the command line would. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { planImport, readSeriesFile, type ImportOptions, type ImportPlan, type SeriesFile } from "../../src/lib/bulletin/import.ts";
import { readSource, readTextSource } from "../../src/lib/bulletin/source.ts";
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

/** The command-line options a test case is imported with (test/input/<case>.json). */
export function caseOptions(name: string): ImportOptions {
  const optionsFile = new URL(`${name}.json`, inputDir);
  return existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, "utf8")) as ImportOptions) : {};
}

/** Imports test/input/<case>.txt. */
export function importCase(name: string): ImportPlan {
  const source = readTextSource(readFileSync(new URL(`${name}.txt`, inputDir)), `${name}.txt`);
  return planImport(source, caseOptions(name), knownSeries(), findPlaces);
}

/** Imports test/input/<case>.<format> (.docx or .pdf), with the case's options. */
export async function importDocument(name: string, format: "docx" | "pdf"): Promise<ImportPlan> {
  const file = `${name}.${format}`;
  const source = await readSource(readFileSync(new URL(file, inputDir)), file);
  return planImport(source, caseOptions(name), knownSeries(), findPlaces);
}

export function importText(text: string, options: ImportOptions = {}, name = "test.txt"): ImportPlan {
  return planImport(readTextSource(new TextEncoder().encode(text), name), options, knownSeries(), findPlaces);
}
