/**
 * Scores the extractor against the dataset as it stands: every issue folder and policy in
 * content/ that has recorded figures (today the four seed documents) is read, and its
 * suggestions are compared with the rows of data/observations.csv whose source is one of its
 * articles. Used by the recall test and by `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { extractFigures, type ObservationRow } from "../figures/extract.ts";
import { score, type Score } from "../figures/score.ts";
import { loadLookups, readInput } from "./figure-inputs.ts";

export interface DocumentScore {
  /** The issue folder or policy, relative to the project. */
  document: string;
  score: Score;
}

export function readObservations(root: string): ObservationRow[] {
  return parseCsv(readFileSync(join(root, "data/observations.csv")), { columns: true, bom: true }) as ObservationRow[];
}

/** Issue folders and policies of content/, relative to `root`. */
export function contentDocuments(root: string): string[] {
  const found: string[] = [];
  const issues = join(root, "content/issues");
  for (const series of existsSync(issues) ? readdirSync(issues).sort() : [])
    for (const issue of readdirSync(join(issues, series)).sort())
      if (existsSync(join(issues, series, issue, "issue.yaml"))) found.push(`content/issues/${series}/${issue}`);
  const policies = join(root, "content/policies");
  for (const p of existsSync(policies) ? readdirSync(policies).sort() : []) if (p.endsWith(".mdx")) found.push(`content/policies/${p}`);
  return found;
}

/** Scores every content document that has recorded figures. */
export function scoreContent(root: string): { documents: DocumentScore[]; total: Score } {
  const lookups = loadLookups(root);
  const observations = readObservations(root);
  const documents: DocumentScore[] = [];
  const all: { suggestions: ObservationRow[]; recorded: ObservationRow[] } = { suggestions: [], recorded: [] };
  for (const document of contentDocuments(root)) {
    const input = readInput(root, join(root, document), {}, lookups.gazetteer);
    const sources = new Set(input.documents.map((d) => d.source));
    const recorded = observations.filter((o) => sources.has(o.source));
    if (recorded.length === 0) continue;
    const suggestions = input.documents.flatMap((d) => extractFigures(d, lookups).suggestions.map((s) => s.row));
    documents.push({ document, score: score(suggestions, recorded) });
    all.suggestions.push(...suggestions);
    all.recorded.push(...recorded);
  }
  return { documents, total: score(all.suggestions, all.recorded) };
}
