/**
 * The importer's whole job short of touching the disk: given what a reader made of the file
 * (source.ts), decide what kind of document it is, parse it and lay it out as content files,
 * checked against the content schemas. The command line (scripts/import.ts) and the tests both
 * call this.
 */
import { parse as parseYaml, stringify } from "yaml";
import { compact, emitIssue, emitPolicy, type EmittedFile, type IssueFacts } from "./emit.ts";
import { parseBulletin, type Warning } from "./parse-bulletin.ts";
import { looksLikePolicy, parsePolicy } from "./parse-policy.ts";
import { checkId, isRealDate } from "./options.ts";
import type { Source } from "./source.ts";
import { ImportError } from "./text.ts";
import { validateFile } from "./validate.ts";
import { slugify } from "../slug.ts";

export interface SeriesFile {
  name: string;
  editor?: string[];
  sections?: string[];
  to?: string[];
  cc?: string[];
  contact?: string[];
}

export interface ImportOptions extends Partial<IssueFacts> {
  kind?: "bulletin" | "policy";
}

export interface ImportPlan {
  kind: "bulletin" | "policy";
  /** Folder (bulletin) or file (policy) to write, relative to the content folder. */
  target: string;
  files: EmittedFile[];
  /** A new series file to create, relative to the content folder. */
  newSeries?: EmittedFile;
  warnings: Warning[];
  /** What the file was read as. */
  source: Source;
}

/**
 * Plans an import. `series` maps existing series ids to their files, so that a known periodical is
 * matched by its printed name and its sections are known.
 */
export function planImport(
  source: Source,
  options: ImportOptions,
  series: Map<string, SeriesFile>,
  findPlaces: (text: string) => string[],
): ImportPlan {
  if (options.series !== undefined) checkId("--series", options.series);
  if (options.slug !== undefined) checkId("--slug", options.slug);
  const plan = { ...planLines(source, options, series, findPlaces), source };
  plan.warnings.unshift(...source.notices.map((message) => ({ line: 1, message })));
  checkPlan(plan, source.file);
  return plan;
}

function planLines(
  source: Source,
  options: ImportOptions,
  series: Map<string, SeriesFile>,
  findPlaces: (text: string) => string[],
): Omit<ImportPlan, "source"> {
  const { file, lines: text } = source;
  const kind = options.kind ?? (looksLikePolicy(text) ? "policy" : "bulletin");
  if (kind === "policy") {
    const parsed = parsePolicy(text, file);
    const out = emitPolicy(parsed, options.slug, findPlaces);
    return { kind, target: `policies/${out.path}`, files: [out], warnings: parsed.warnings };
  }
  const probe = parseBulletin(text, file);
  const name = probe.masthead.seriesName;
  const seriesId = options.series ?? [...series].find(([, s]) => s.name === name)?.[0] ?? (name ? slugify(name, 8) : undefined);
  if (!seriesId) throw new Error(`${file}: the text prints no periodical name: pass --series <id>`);
  const known = series.get(seriesId);
  const parsed = parseBulletin(text, file, { knownSections: known?.sections });
  const printedDate = parsed.masthead.date;
  if (options.date === undefined && printedDate !== undefined && !isRealDate(printedDate)) {
    throw new ImportError(
      file,
      parsed.masthead.lines?.date ?? 1,
      `the masthead's date (${printedDate}) is not a day of the calendar: pass the right one with --date YYYY-MM-DD`,
    );
  }
  const { slug, files } = emitIssue(parsed, { ...options, series: seriesId }, findPlaces);
  const warnings = [...parsed.warnings];
  let newSeries: EmittedFile | undefined;
  if (!known) {
    if (!name) throw new Error(`${file}: series ${seriesId} does not exist and the text prints no periodical name to create it from`);
    const created: SeriesFile = {
      name,
      editor: parsed.footer.editor ?? (parsed.masthead.editor ? [parsed.masthead.editor] : undefined),
      sections: parsed.sections,
      to: parsed.footer.to,
      cc: parsed.footer.cc,
      contact: parsed.footer.contact,
    };
    newSeries = { path: `series/${seriesId}.yaml`, content: stringify(compact(created, true), { lineWidth: 0 }) };
  } else {
    for (const s of parsed.sections) {
      if (!known.sections?.includes(s))
        warnings.push({
          line: 1,
          message: `section 「${s}」 is new to series ${seriesId}: add it to content/series/${seriesId}.yaml if it is right`,
        });
    }
  }
  return { kind, target: `issues/${seriesId}/${slug}`, files, newSeries, warnings };
}

/** A policy's fields the editor fills in by hand when the portal's text does not print them. */
const FILLED_BY_HAND: Record<string, string> = { issuer: "发文部门", level: "政策级别", date: "发布时间" };

/**
 * Refuses a plan whose files the build would refuse. A policy's missing 发文部门, 政策级别 or date
 * is only warned about: the text does not print them, and the editor adds them by hand.
 */
function checkPlan(plan: Omit<ImportPlan, "source">, file: string): void {
  const rooted = (path: string) => (plan.kind === "policy" ? plan.target : `${plan.target}/${path}`);
  const files = [...plan.files.map((f) => ({ ...f, path: rooted(f.path) })), ...(plan.newSeries ? [plan.newSeries] : [])];
  for (const f of files) {
    for (const problem of validateFile(f.path, f.content)) {
      const printedAs = FILLED_BY_HAND[problem.field];
      const missing = plan.kind === "policy" && printedAs && /required|received undefined/i.test(problem.message);
      if (missing) {
        plan.warnings.push({
          line: 1,
          message: `no ${printedAs} line: add \`${problem.field}:\` to ${f.path} by hand (the build refuses the file until then)`,
        });
      } else {
        throw new ImportError(file, 1, `the import would write ${f.path} with a bad ${problem.field}: ${problem.message}`);
      }
    }
  }
}

export function readSeriesFile(yaml: string): SeriesFile {
  return parseYaml(yaml) as SeriesFile;
}
