/**
 * How a figure's source is cited wherever a page shows the figure (a table of figures, a region's
 * targets and incentives, a chart's sources): linked where it can be read, named by its title,
 * and, when an external page was read from a copy, saying so with the original publisher.
 */
import { sourceUrl } from "../urls.ts";

/** A row of data/sources.csv, by column name. */
export type SourceRow = Record<string, string | undefined>;

export interface SourceLink {
  /** Its article or policy on this site, or its external page; none when it cannot be read online. */
  href?: string;
  /** The source's title, or its id when the dataset does not know it. */
  title: string;
  /** The title with a note when what was read is a copy: …（转载，原发布：…）. */
  label: string;
}

export function sourceLink(id: string, sources: Map<string, SourceRow>): SourceLink {
  const s = sources.get(id);
  if (!s) return { title: id, label: id };
  const copied = s.kind === "external" && s.copy && s.copy !== "original";
  const title = s.title ?? id;
  return {
    href: sourceUrl(s),
    title,
    label: `${title}${copied ? `（转载${s.original_publisher ? `，原发布：${s.original_publisher}` : ""}）` : ""}`,
  };
}
