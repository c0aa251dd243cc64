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

export interface QuoteScore {
  /** External rows (x-), each quote read alone as a one-sentence page. */
  rows: number;
  /** Rows whose value and qualifier a suggestion has. */
  found: number;
  /** Of those, how many the same suggestion also gives the row's region, and its indicator. */
  sameRegion: number;
  sameIndicator: number;
  suggested: number;
}

/**
 * A second measure on text the seeds do not hold: every external row's quote (pages in simplified
 * and traditional Chinese, Japanese, English) read alone, with its page's title and date but no
 * paragraph or places, as an editor's pasted page with no --places would be.
 */
export function scoreExternalQuotes(root: string): QuoteScore {
  const lookups = loadLookups(root);
  const external = new Set(
    (parseCsv(readFileSync(join(root, "data/sources.csv")), { columns: true, bom: true }) as Record<string, string>[])
      .filter((s) => s.kind === "external")
      .map((s) => s.id!),
  );
  const rows = readObservations(root).filter((o) => external.has(o.source));
  const sources = new Map(
    (parseCsv(readFileSync(join(root, "data/sources.csv")), { columns: true, bom: true }) as Record<string, string>[]).map((s) => [
      s.id!,
      s,
    ]),
  );
  const byQuote = new Map<string, ObservationRow[]>();
  for (const o of rows) byQuote.set(`${o.source}\n${o.quote}`, [...(byQuote.get(`${o.source}\n${o.quote}`) ?? []), o]);
  const result: QuoteScore = { rows: rows.length, found: 0, sameRegion: 0, sameIndicator: 0, suggested: 0 };
  for (const group of byQuote.values()) {
    const { source, quote } = group[0]!;
    const date = sources.get(source)?.date ?? "";
    const { suggestions } = extractFigures(
      {
        source,
        title: sources.get(source)?.title ?? "",
        kind: "text",
        body: quote,
        bodyLine: 1,
        file: source,
        date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date, basis: "printed" } : { basis: "none" },
        places: [],
      },
      lookups,
    );
    result.suggested += suggestions.length;
    for (const r of group) {
      const hits = suggestions.filter(
        (s) => s.row.value !== "" && Number(s.row.value) === Number(r.value) && s.row.qualifier === r.qualifier,
      );
      if (hits.length === 0) continue;
      result.found++;
      if (hits.some((s) => s.row.region === r.region)) result.sameRegion++;
      if (hits.some((s) => s.row.indicator === r.indicator)) result.sameIndicator++;
    }
  }
  return result;
}
