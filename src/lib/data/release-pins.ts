/**
 * What was released, pinned: public/data/releases.sha256 holds one line per release, the sha256
 * of its manifest.json in the format `sha256sum -c` reads (`<hash>  <id>/manifest.json`). Each
 * manifest holds the sha256 of every file of its snapshot, so the line pins the whole snapshot.
 * The file only ever grows: `npm test` fails if a pinned snapshot changes or goes, if a release
 * is not pinned, and (where the repository's history is at hand) if a line was ever changed or
 * removed. Release ids are days (2026-11-23), with `.2`, `.3` … for a second release on one day.
 * Pure.
 */

export const PINS_FILE = "releases.sha256";

export interface Pin {
  id: string;
  sha256: string;
  /** 1-based line in the pins file. */
  line: number;
}

/** Why `id` cannot be a release id, or undefined when it can. */
export function releaseIdProblem(id: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:\.([2-9]|[1-9]\d+))?$/.exec(id);
  if (!m) return `"${id}" is not a release id: a release id is the day it is released, YYYY-MM-DD (2026-12-01), with .2, .3 … for a further release on the same day`;
  const day = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== id.slice(0, 10)) return `"${id}" is not a release id: ${id.slice(0, 10)} is not a day`;
  return undefined;
}

/** Reads the pins file; a malformed line is an error naming it. */
export function parsePins(text: string): Pin[] {
  const pins: Pin[] = [];
  text.split("\n").forEach((raw, i) => {
    if (raw === "") return;
    const m = /^([0-9a-f]{64}) {2}([^/\s]+)\/manifest\.json$/.exec(raw);
    if (!m) throw new Error(`public/data/${PINS_FILE}:${i + 1}: not "<sha256>  <id>/manifest.json": ${raw}`);
    pins.push({ sha256: m[1]!, id: m[2]!, line: i + 1 });
  });
  return pins;
}

/** The line that pins a release. */
export function pinLine(id: string, manifestSha256: string): string {
  return `${manifestSha256}  ${id}/manifest.json\n`;
}
