/**
 * The comparison page's data at build time: what the latest released snapshot offers to compare
 * (src/queries/compare_choices.sql, run by the query interface's Node engine), shaped by the
 * page's view model (src/lib/compare/page.ts). The page's script then draws from the same
 * snapshot in the browser.
 */
import { comparePage, type ChoiceRow, type ComparePage } from "../compare/page.ts";
import { url } from "../urls.ts";
import { runNamed } from "./query.ts";
import { getSite } from "./site.ts";

export async function getComparePage(): Promise<ComparePage> {
  const site = await getSite();
  const rows = (await runNamed(site.snapshot, "compare_choices", {})) as unknown as ChoiceRow[];
  return comparePage(rows, {
    snapshot: site.snapshot,
    names: new Map([...site.places.values()].map((p) => [p.id, p.name])),
    hasPage: site.index.hasPage,
    href: url.region,
  });
}
