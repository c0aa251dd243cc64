/** Places that have at least one article or policy, with how many, most mentioned first. */
import type { Place } from "../places/regions.ts";
import type { Publication } from "./publication.ts";

export function placesWithContent(publication: Publication): { place: Place; count: number }[] {
  const counts = new Map<string, number>();
  const entries = [...publication.issues.flatMap((i) => i.articles), ...publication.policies];
  for (const e of entries) for (const id of e.data.places) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ place: publication.places.get(id)!, count }))
    .sort((a, b) => b.count - a.count || a.place.id.localeCompare(b.place.id));
}
