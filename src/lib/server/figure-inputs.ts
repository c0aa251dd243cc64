/**
 * Reads what `npm run figures` works on: an issue folder (content/issues/<series>/<issue>/), one
 * article or policy (.mdx), or a plain text file an editor pasted (with its source id and date),
 * as documents for the extractor; and the lookups it needs from data/ (places, indicators).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseYaml } from "yaml";
import type { DocumentDate } from "../figures/dates.ts";
import type { FigureDocument, Lookups } from "../figures/extract.ts";
import type { IndicatorInfo } from "../figures/indicators.ts";
import { decodeText, ImportError, logicalLines } from "../bulletin/text.ts";
import { Gazetteer } from "../figures/places.ts";
import { parseRegions, parseZones } from "../places/regions.ts";

export class FigureInputError extends Error {}

export interface InputOptions {
  /** For a .txt: its source id (x-… for an external page). */
  source?: string;
  /** For a .txt: its publication date, when the text does not print one. */
  date?: string;
  /** For a .txt: the places the page is about (region codes or zone ids), for 全省/全市. */
  places?: string[];
}

export interface Input {
  documents: FigureDocument[];
  /** Name for the default review file: the issue (series-issue), the source, or the file. */
  name: string;
  /** For a .txt: the text the quotes come from (kept beside the review file). */
  text?: string;
}

export function loadLookups(root: string): Lookups {
  const regions = parseRegions(readFileSync(join(root, "data/regions.csv"), "utf8"));
  const zones = parseZones(readFileSync(join(root, "data/zones.csv"), "utf8"));
  const rows = parseCsv(readFileSync(join(root, "data/indicators.csv")), { columns: true, bom: true }) as Record<string, string>[];
  const indicators = new Map<string, IndicatorInfo>(
    rows.map((r) => [r.id!, { id: r.id!, name_zh: r.name_zh!, unit: r.unit!, carrier: r.carrier!, level: r.level!, measure: r.measure! }]),
  );
  return { gazetteer: new Gazetteer(regions, zones), indicators };
}

function frontmatter(text: string, file: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) return { data: {}, body: text, bodyLine: 1 };
  let data: Record<string, unknown>;
  try {
    data = (parseYaml(m[1]!) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new FigureInputError(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  return { data, body: text.slice(m[0].length), bodyLine: m[0].split("\n").length };
}

const asDate = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "string" ? v : undefined);

function issueDate(issueDir: string): DocumentDate {
  const file = join(issueDir, "issue.yaml");
  if (!existsSync(file)) return { basis: "none" };
  const issue = (parseYaml(readFileSync(file, "utf8")) ?? {}) as Record<string, unknown>;
  const date = asDate(issue.date);
  if (date) return { date, basis: "printed" };
  const notBefore = asDate(issue.notBefore);
  if (notBefore) return { date: notBefore, basis: "not_before" };
  return typeof issue.year === "number" ? { basis: "none", year: issue.year } : { basis: "none" };
}

/** The province a series' name names (江苏双创载体信息 → 320000), for 我省. */
function seriesHome(root: string, series: string, g: Gazetteer): string | undefined {
  const file = join(root, "content/series", `${series}.yaml`);
  if (!existsSync(file)) return undefined;
  const name = String((parseYaml(readFileSync(file, "utf8")) as { name?: string })?.name ?? "");
  const provinces = g
    .mentions(name)
    .map((m) => g.provinceOf(m.id))
    .filter(Boolean);
  return provinces[0];
}

function articleDocument(root: string, file: string, g: Gazetteer): FigureDocument {
  const text = readFileSync(file, "utf8");
  const rel = relative(join(root, "content/issues"), file).split(sep).join("/");
  const { data, body, bodyLine } = frontmatter(text, file);
  const issueDir = dirname(file);
  const series = rel.split("/")[0]!;
  return {
    source: rel.replace(/\.mdx$/, ""),
    title: String(data.title ?? ""),
    kind: "article",
    body,
    bodyLine,
    file: relative(root, file),
    date: issueDate(issueDir),
    places: ((data.places as unknown[]) ?? []).map(String),
    home: seriesHome(root, series, g),
  };
}

function policyDocument(root: string, file: string): FigureDocument {
  const text = readFileSync(file, "utf8");
  const { data, body, bodyLine } = frontmatter(text, file);
  const date = asDate(data.date);
  return {
    source: `policy:${basename(file, ".mdx")}`,
    title: String(data.title ?? ""),
    kind: "policy",
    body,
    bodyLine,
    file: relative(root, file),
    date: date ? { date, basis: "printed" } : { basis: "none" },
    places: ((data.places as unknown[]) ?? []).map(String),
  };
}

/** The first date printed near the top of a pasted page (2024年3月1日, 2024-03-01). */
function printedDate(text: string): string | undefined {
  const head = text.split(/\r?\n/).slice(0, 8).join("\n");
  const m = /(20\d{2}|19\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/.exec(head);
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  return validDate(date) ? date : undefined;
}

function validDate(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** Reads an input path as documents. Errors say what is wrong and what to give instead. */
export function readInput(root: string, input: string, options: InputOptions, g: Gazetteer): Input {
  const path = resolve(input);
  if (!existsSync(path)) throw new FigureInputError(`${input}: no such file or folder`);
  const issuesDir = join(root, "content/issues");
  const policiesDir = join(root, "content/policies");
  if (options.date !== undefined && !validDate(options.date))
    throw new FigureInputError(`--date must be a date like 2024-03-01, not "${options.date}"`);
  if (statSync(path).isDirectory()) {
    if (!existsSync(join(path, "issue.yaml")))
      throw new FigureInputError(
        `${input}: not an issue folder (it has no issue.yaml); give content/issues/<series>/<issue>/, an .mdx file or a .txt file`,
      );
    const files = readdirSync(path)
      .filter((f) => f.endsWith(".mdx"))
      .sort();
    if (files.length === 0) throw new FigureInputError(`${input}: the issue folder has no articles (.mdx files)`);
    if (!path.startsWith(issuesDir + sep))
      throw new FigureInputError(`${input}: an issue folder must be under content/issues/ of this project`);
    const rel = relative(issuesDir, path).split(sep).join("/");
    return { documents: files.map((f) => articleDocument(root, join(path, f), g)), name: rel.replace(/\//g, "-") };
  }
  if (path.endsWith(".mdx")) {
    if (path.startsWith(policiesDir + sep)) {
      const doc = policyDocument(root, path);
      return { documents: [doc], name: doc.source.replace(/^policy:/, "policy-") };
    }
    if (path.startsWith(issuesDir + sep)) {
      const doc = articleDocument(root, path, g);
      return { documents: [doc], name: doc.source.replace(/\//g, "-") };
    }
    throw new FigureInputError(
      `${input}: an .mdx file must be an article under content/issues/ or a policy under content/policies/ (its content id is its source)`,
    );
  }
  if (path.endsWith(".txt")) {
    if (!options.source) throw new FigureInputError(`${input}: a text file needs --source <id> (its id in data/sources.csv, e.g. x-…)`);
    if (!/^[a-z0-9][a-z0-9:/._-]*$/.test(options.source))
      throw new FigureInputError(`--source must be an id of lowercase letters, digits and - _ . / :, not "${options.source}"`);
    let raw: string;
    try {
      raw = decodeText(readFileSync(path), input);
    } catch (error) {
      throw new FigureInputError(error instanceof ImportError ? error.message : String(error));
    }
    // A page copied from a PDF is hard-wrapped: its lines are joined into paragraphs as the
    // importer joins them, one paragraph per line, so that no sentence is cut at the margin. This
    // text is what the quotes are taken from and checked against (kept beside the review file).
    const lines = logicalLines(raw);
    const text = lines.map((l) => l.text).join("\n\n") + "\n";
    const date = options.date ?? printedDate(text);
    if (!date)
      throw new FigureInputError(`${input}: the text prints no date near its top: give its publication date with --date YYYY-MM-DD`);
    const places = options.places ?? [];
    for (const p of places)
      if (!g.regions.has(p) && !g.zones.has(p))
        throw new FigureInputError(`--places: unknown place "${p}" (not in data/regions.csv or data/zones.csv)`);
    return {
      documents: [
        {
          source: options.source,
          title: lines[0]!.text,
          kind: "text",
          body: text,
          bodyLine: 1,
          // Body line 2n+1 holds logical line n, which starts on its own line of the file.
          lineOf: (line: number) => lines[(line - 1) / 2]?.line ?? line,
          file: relative(root, path) || path,
          date: { date, basis: "printed" },
          places,
        },
      ],
      name: options.source.replace(/[/:]/g, "-"),
      text,
    };
  }
  throw new FigureInputError(`${input}: give an issue folder, an .mdx article or policy, or a .txt file`);
}
