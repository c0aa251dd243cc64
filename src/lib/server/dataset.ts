/**
 * Loads the dataset from data/ and the texts its quotes are checked against: articles and
 * policies from content/, and the stored copy of external pages' quoted passages in
 * data/external/.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseYaml } from "yaml";
import { checkDataset, readTable, type CheckResult, type DataError, type SourceTexts, type TableData } from "../data/check.ts";
import { plainText } from "../data/quote.ts";
import { tables } from "../data/tables.ts";

export interface LoadedDataset {
  data: Map<string, TableData>;
  texts: SourceTexts;
  errors: DataError[];
}

/** The file holding an article's or policy's text, by content id (`policy:<slug>` for policies). */
export function contentFile(root: string, contentId: string): string {
  return contentId.startsWith("policy:")
    ? join(root, "content/policies", `${contentId.slice(7)}.mdx`)
    : join(root, "content/issues", `${contentId}.mdx`);
}

export function loadDataset(root: string): LoadedDataset {
  const data = new Map<string, TableData>();
  const errors: DataError[] = [];
  for (const table of tables) {
    const path = join(root, "data", table.file);
    if (!existsSync(path)) {
      errors.push({ file: `data/${table.file}`, line: 1, column: 1, message: "file is missing" });
      continue;
    }
    const { data: t, errors: e } = readTable(table, readFileSync(path, "utf8"));
    data.set(table.name, t);
    errors.push(...e);
  }
  // Every stored copy in data/external/ (external-figures.csv, province-figures.csv, …): one page's
  // quoted passages may sit in several files, so they are gathered by URL. A passage stored
  // without an address cannot be matched to a source and is left out.
  const external = new Map<string, string[]>();
  const dir = join(root, "data/external");
  const copies = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".csv"))
        .sort()
    : [];
  for (const copy of copies) {
    for (const r of parseCsv(readFileSync(join(dir, copy), "utf8"), { columns: true, bom: true }) as Record<string, string>[]) {
      if (r.url) external.set(r.url, [...(external.get(r.url) ?? []), r.quote!]);
    }
  }
  const cache = new Map<string, { title: string; text: string } | undefined>();
  const texts: SourceTexts = {
    content(contentId) {
      if (!cache.has(contentId)) {
        const file = contentFile(root, contentId);
        if (!existsSync(file)) cache.set(contentId, undefined);
        else {
          const mdx = readFileSync(file, "utf8");
          const front = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? "") as { title?: string };
          cache.set(contentId, { title: front.title ?? "", text: plainText(mdx) });
        }
      }
      return cache.get(contentId);
    },
    external: (url) => external.get(url)?.join("\n"),
  };
  return { data, texts, errors };
}

export function checkLoadedDataset(root: string): CheckResult {
  const loaded = loadDataset(root);
  const result = checkDataset(loaded.data, loaded.texts);
  return { errors: [...loaded.errors, ...result.errors], notes: result.notes };
}
