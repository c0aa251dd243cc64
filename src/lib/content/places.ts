/**
 * Places that have something to show: articles or policies that mention them, or figures in the
 * dataset. Most mentioned first.
 */
import type { Place } from "../places/regions.ts";
import type { Publication } from "./publication.ts";

export function placesWithContent(publication: Publication, figures: { region?: string }[] = []): { place: Place; count: number; figures: number }[] {
  const counts = new Map<string, number>();
  const figureCounts = new Map<string, number>();
  const entries = [...publication.issues.flatMap((i) => i.articles), ...publication.policies];
  for (const e of entries) for (const id of e.data.places) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const f of figures) if (f.region) figureCounts.set(f.region, (figureCounts.get(f.region) ?? 0) + 1);
  const ids = new Set([...counts.keys(), ...figureCounts.keys()]);
  return [...ids]
    .filter((id) => publication.places.has(id))
    .map((id) => ({ place: publication.places.get(id)!, count: counts.get(id) ?? 0, figures: figureCounts.get(id) ?? 0 }))
    .sort((a, b) => b.count + b.figures - (a.count + a.figures) || a.place.id.localeCompare(b.place.id));
}
