/**
 * The two commands' file work. `suggest` writes data/review/<name>.csv (and, where a source is
 * not yet in data/sources.csv, <name>.sources.csv pre-filled for the editor to complete; for a
 * pasted page, <name>.txt, the text its quotes are checked against). `accept` appends a review's
 * accepted rows to data/observations.csv (and the sources, zones or indicators the editor filled
 * in beside it), after running the dataset's checks on the result: if anything fails, nothing is
 * written and every error names the review file's line and column.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { parse as parseYaml } from "yaml";
import { checkDataset, formatError, readTable, type DataError, type SourceTexts, type TableData } from "../data/check.ts";
import { table } from "../data/tables.ts";
import { extractFigures, OBSERVATION_COLUMNS, type ObservationRow, type Suggestion } from "../figures/extract.ts";
import type { SkipReason } from "../figures/candidates.ts";
import {
  acceptedRows,
  assignIds,
  formatReviewError,
  markStatus,
  readReview,
  reviewCsv,
  type ReviewError,
  type ReviewRow,
} from "../figures/review.ts";
import { contentFile, loadDataset } from "./dataset.ts";
import { loadLookups, type Input } from "./figure-inputs.ts";
import { WriteError, writeFileAtomically } from "./write-folder.ts";

const SOURCE_COLUMNS = table("sources").columns.map((c) => c.name);

export interface SuggestResult {
  rows: ReviewRow[];
  skipped: Map<SkipReason, number>;
  /** Files written (or that would be), relative to the project. */
  files: string[];
}

function csvRows(root: string, file: string): Record<string, string>[] {
  const path = join(root, file);
  return existsSync(path) ? (parseCsv(readFileSync(path), { columns: true, bom: true }) as Record<string, string>[]) : [];
}

/** A source row for a document not yet in sources.csv, filled from what the document prints. */
function sourceRowFor(root: string, doc: Input["documents"][number]): Record<string, string> {
  const row = Object.fromEntries(SOURCE_COLUMNS.map((c) => [c, ""]));
  row.id = doc.source;
  row.title = doc.title;
  row.date = doc.date.basis === "printed" ? (doc.date.date ?? "") : "";
  if (doc.kind === "text") {
    row.kind = "external";
    row.note = "Fill in url, publisher and copy (what was read) before accepting.";
    return row;
  }
  row.kind = doc.kind;
  row.content_id = doc.source;
  const mdx = readFileSync(contentFile(root, doc.source), "utf8");
  const front = (parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)?.[1] ?? "") ?? {}) as Record<string, unknown>;
  row.publisher = String(front.source ?? front.issuer ?? "");
  return row;
}

/** Extracts, marks and writes the review file (and its companions). Refuses to overwrite. */
export function suggest(root: string, input: Input, out: string | undefined, force: boolean): SuggestResult {
  const lookups = loadLookups(root);
  const recorded = csvRows(root, "data/observations.csv") as ObservationRow[];
  const suggestions: Suggestion[] = [];
  const skipped = new Map<SkipReason, number>();
  for (const doc of input.documents) {
    const e = extractFigures(doc, lookups);
    suggestions.push(...e.suggestions);
    for (const [k, n] of e.skipped) skipped.set(k, (skipped.get(k) ?? 0) + n);
  }
  const rows = markStatus(suggestions, recorded);
  const target = resolve(out ?? join(root, "data/review", `${input.name}.csv`));
  const base = target.replace(/\.csv$/, "");
  const known = new Set(csvRows(root, "data/sources.csv").map((s) => s.id));
  const used = new Set(rows.map((r) => r.source));
  const newSources = input.documents.filter((d) => used.has(d.source) && !known.has(d.source)).map((d) => sourceRowFor(root, d));
  const files: { path: string; content: string }[] = [{ path: target, content: reviewCsv(rows) }];
  if (newSources.length > 0)
    files.push({ path: `${base}.sources.csv`, content: stringify(newSources, { header: true, columns: SOURCE_COLUMNS }) });
  if (input.text !== undefined) files.push({ path: `${base}.txt`, content: input.text });
  // Refuse before writing anything: an editor may already have decided rows in the old file.
  const existing = files.filter((f) => existsSync(f.path)).map((f) => relative(root, f.path));
  if (existing.length > 0 && !force)
    throw new WriteError(
      `${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""}: give --out <file>, or --force to replace (nothing was written)`,
    );
  for (const f of files) writeFileAtomically(dirname(f.path), basename(f.path), f.content, true);
  return { rows, skipped, files: files.map((f) => relative(root, f.path)) };
}

export class AcceptError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(errors.join("\n"));
    this.errors = errors;
  }
}

export interface AcceptResult {
  appended: ObservationRow[];
  /** Rows added to other tables: table name → ids. */
  added: Map<string, string[]>;
  /** Files written, relative to the project. */
  files: string[];
}

/** Companion tables an editor may fill beside a review file: <name>.sources.csv and so on. */
const COMPANIONS = ["sources", "zones", "indicators"] as const;

function appendCsv(existing: string, rows: Record<string, string>[], columns: string[]): string {
  if (rows.length === 0) return existing;
  const text = existing.endsWith("\n") || existing === "" ? existing : `${existing}\n`;
  return text + stringify(rows, { columns });
}

/**
 * Appends a review's accepted rows. Throws AcceptError (nothing written) when the review or the
 * resulting dataset fails a check.
 */
export function accept(root: string, reviewPath: string, dryRun = false): AcceptResult {
  const path = resolve(reviewPath);
  if (!existsSync(path)) throw new AcceptError([`${reviewPath}: no such file`]);
  if (!path.endsWith(".csv")) throw new AcceptError([`${reviewPath}: a review file is a .csv written by npm run figures`]);
  const file = relative(root, path) || path;
  const base = path.replace(/\.csv$/, "");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path));
  } catch {
    // Excel's plain "CSV" is the system's code page (GBK on Chinese Windows), not UTF-8.
    throw new AcceptError([`${file}: not UTF-8 text: save it as "CSV UTF-8" (Excel) or UTF-8 (other editors), nothing was written`]);
  }
  const { rows: review, errors: readErrors } = readReview(text, file);
  if (readErrors.length > 0) throw new AcceptError(readErrors.map(formatReviewError));

  const loaded = loadDataset(root);
  const before = checkDataset(loaded.data, loaded.texts).errors;
  if (loaded.errors.length > 0 || before.length > 0)
    throw new AcceptError([
      "data/ already fails its checks (npm run data:check); fix that first, nothing was written:",
      ...[...loaded.errors, ...before].slice(0, 20).map(formatError),
    ]);

  // The companion tables the editor filled in.
  const companion = new Map<string, { file: string; rows: Record<string, string>[]; lines: number[] }>();
  const errors: string[] = [];
  for (const name of COMPANIONS) {
    const companionPath = `${base}.${name}.csv`;
    if (!existsSync(companionPath)) continue;
    const companionFile = relative(root, companionPath);
    const { data, errors: e } = readTable(table(name), readFileSync(companionPath, "utf8"), companionFile);
    errors.push(...e.map(formatError));
    companion.set(name, { file: companionFile, rows: data.rows.map((r) => r.values), lines: data.rows.map((r) => r.line) });
  }
  if (errors.length > 0) throw new AcceptError(errors);

  const recorded = loaded.data.get("observations")!.rows.map((r) => r.values as ObservationRow);
  const existingSources = new Map(loaded.data.get("sources")!.rows.map((r) => [r.values.id!, r.values]));
  const sources = new Map(existingSources);
  for (const s of companion.get("sources")?.rows ?? []) if (!sources.has(s.id!)) sources.set(s.id!, s);
  const units = new Map(loaded.data.get("indicators")!.rows.map((r) => [r.values.id!, r.values.unit!]));
  for (const i of companion.get("indicators")?.rows ?? []) if (!units.has(i.id!)) units.set(i.id!, i.unit!);
  const pasted = existsSync(`${base}.txt`) ? readFileSync(`${base}.txt`, "utf8") : undefined;
  const sourceText = (id: string): string | undefined => {
    const s = sources.get(id);
    if (!s) return undefined;
    if (s.kind === "external") return pasted ?? loaded.texts.external(s.url ?? "");
    const content = s.content_id ? loaded.texts.content(s.content_id) : undefined;
    return content?.text;
  };
  const { accepted, errors: reviewErrors } = acceptedRows(review, file, { recorded, unitOf: (id) => units.get(id), sourceText });
  for (const { line, row } of accepted)
    if (!sources.has(row.source))
      reviewErrors.push({
        file,
        line,
        column: OBSERVATION_COLUMNS.indexOf("source") + 1,
        message: `source: "${row.source}" is not in data/sources.csv nor in ${basename(base)}.sources.csv`,
      });
  if (reviewErrors.length > 0) throw new AcceptError(sortErrors(reviewErrors).map(formatReviewError));
  if (accepted.length === 0) throw new AcceptError([`${file}: no row has decision accept; nothing to append`]);

  const isExternal = (id: string) => sources.get(id)?.kind === "external";
  const appended = assignIds(accepted, recorded, isExternal);

  // The tables as they would be written, checked exactly as data:check will read them.
  const texts = new Map<string, string>();
  const read = (name: string) => texts.get(name) ?? readFileSync(join(root, "data", table(name).file), "utf8");
  texts.set("observations", appendCsv(read("observations"), appended, [...OBSERVATION_COLUMNS]));
  const added = new Map<string, string[]>();
  const companionLine = new Map<string, Map<string, { file: string; line: number }>>();
  for (const name of COMPANIONS) {
    const c = companion.get(name);
    if (!c) continue;
    const present = new Set(loaded.data.get(name)!.rows.map((r) => r.values.id!));
    // A source is added only where an accepted row cites it; zones and indicators as given.
    const wanted = c.rows.filter((r, i) => {
      if (present.has(r.id!)) return false;
      if (name === "sources" && !appended.some((a) => a.source === r.id)) return false;
      companionLine.set(name, (companionLine.get(name) ?? new Map()).set(r.id!, { file: c.file, line: c.lines[i]! }));
      return true;
    });
    if (wanted.length === 0) continue;
    texts.set(
      name,
      appendCsv(
        read(name),
        wanted,
        table(name).columns.map((col) => col.name),
      ),
    );
    added.set(
      name,
      wanted.map((r) => r.id!),
    );
  }
  // A pasted page's quotes go into the stored copy the check verifies external quotes against.
  const externalFile = join(root, "data/external/external-figures.csv");
  let externalText: string | undefined;
  const newQuotes = new Map<string, string[]>();
  if (pasted !== undefined) {
    const copies = appended.filter((a) => isExternal(a.source));
    if (copies.length > 0) {
      const columns = [
        "region",
        "indicator",
        "period",
        "value",
        "value_as_printed",
        "qualifier",
        "quote",
        "url",
        "page_title",
        "publisher",
        "published_date",
        "source_type",
        "note",
      ];
      const rows = copies.map((a) => {
        const s = sources.get(a.source)!;
        newQuotes.set(s.url ?? "", [...(newQuotes.get(s.url ?? "") ?? []), a.quote]);
        return {
          ...a,
          url: s.url ?? "",
          page_title: s.title ?? "",
          publisher: s.original_publisher || s.publisher || "",
          published_date: s.date ?? "",
          source_type: s.copy ?? "",
          note: `Accepted from ${file}.`,
        };
      });
      externalText = appendCsv(existsSync(externalFile) ? readFileSync(externalFile, "utf8") : columns.join(",") + "\n", rows, columns);
    }
  }

  const data = new Map<string, TableData>(loaded.data);
  const parseErrors: DataError[] = [];
  for (const [name, text] of texts) {
    const { data: t, errors: e } = readTable(table(name), text);
    data.set(name, t);
    parseErrors.push(...e);
  }
  const checkTexts: SourceTexts = {
    content: loaded.texts.content,
    external: (url) => [loaded.texts.external(url), ...(newQuotes.get(url) ?? [])].filter((t) => t !== undefined).join("\n") || undefined,
  };
  const result = checkDataset(data, checkTexts);
  const after = [...parseErrors, ...result.errors];
  if (after.length > 0) {
    // Point each error at what the editor wrote: the review line for an appended row, the
    // companion file's line for an added source, zone or indicator.
    const obs = data.get("observations")!;
    const firstNew = obs.rows.length - appended.length;
    const reviewLine = new Map(obs.rows.slice(firstNew).map((r, i) => [r.line, accepted[i]!.line]));
    const lineOf = new Map<string, Map<number, { file: string; line: number }>>();
    for (const name of COMPANIONS) {
      const t = data.get(name);
      const ids = companionLine.get(name);
      if (!t || !ids) continue;
      lineOf.set(name, new Map(t.rows.filter((r) => ids.has(r.values.id!)).map((r) => [r.line, ids.get(r.values.id!)!])));
    }
    const messages = after.map((e) => {
      if (e.file === obs.file && reviewLine.has(e.line))
        return formatReviewError({ file, line: reviewLine.get(e.line)!, column: e.column, message: e.message });
      for (const [name, lines] of lineOf)
        if (e.file === data.get(name)!.file && lines.has(e.line))
          return formatError({ ...e, file: lines.get(e.line)!.file, line: lines.get(e.line)!.line });
      return `${formatError(e)} (after appending ${file})`;
    });
    throw new AcceptError(messages);
  }

  const writes: { path: string; content: string }[] = [...texts].map(([name, text]) => ({
    path: join(root, "data", table(name).file),
    content: text,
  }));
  if (externalText !== undefined) writes.push({ path: externalFile, content: externalText });
  if (!dryRun) {
    // Every file is complete in a temporary sibling before any is renamed into place.
    const temps = writes.map((w) => ({ ...w, temp: `${w.path}.tmp-${process.pid}-${Date.now()}` }));
    for (const t of temps) writeFileSync(t.temp, t.content);
    for (const t of temps) renameSync(t.temp, t.path);
  }
  return { appended, added, files: writes.map((w) => relative(root, w.path)) };
}

function sortErrors(errors: ReviewError[]): ReviewError[] {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}
