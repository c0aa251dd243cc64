/**
 * The importer's whole job short of touching the disk: given what a reader made of the file
 * (source.ts), decide what kind of document it is, parse it and lay it out as content files,
 * checked against the content schemas. The command line (scripts/import.ts) and the tests both
 * call this.
 */
import { parse as parseYaml, stringify } from "yaml";
import { compact, emitIssue, emitPolicy, type EmittedFile, type IssueFacts } from "./emit.ts";
import { parseBulletin, type ParsedBulletin, type Warning } from "./parse-bulletin.ts";
import { looksLikePolicy, parsePolicy, type ParsedPolicy } from "./parse-policy.ts";
import { checkId, isRealDate } from "./options.ts";
import type { Source } from "./source.ts";
import { ImportError } from "./text.ts";
import { validateFile } from "./validate.ts";
import { slugify } from "../slug.ts";

export interface SeriesFile {
  name: string;
  publisher?: string;
  editor?: string[];
  sections?: string[];
  to?: string[];
  cc?: string[];
  contact?: string[];
}

export interface ImportOptions extends Partial<IssueFacts> {
  kind?: "bulletin" | "policy";
  /** The periodical's name, to create its series file when it is new (--series-name). */
  seriesName?: string;
  /** Lines the editor says are headlines, subheads, or text (--title, --subhead, --not-title). */
  titles?: number[];
  subheads?: number[];
  notTitles?: number[];
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
  /** What the parser decided, for the outline an editor checks (--dry-run). */
  parsed: ParsedBulletin | ParsedPolicy;
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
    const warnings = [...parsed.warnings];
    if (options.series || options.seriesName)
      warnings.push({ line: 1, message: "a policy document belongs to no series: --series and --series-name are not used" });
    return { kind, target: `policies/${out.path}`, files: [out], warnings, parsed };
  }
  const overrides = { titles: options.titles, subheads: options.subheads, notTitles: options.notTitles };
  const probe = parseBulletin(text, file, overrides);
  const printed = probe.masthead.seriesName;
  const { id: seriesId, known } = whichSeries(file, options, printed, series);
  const parsed = parseBulletin(text, file, { ...overrides, knownSections: known?.sections });
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
    const name = options.seriesName!;
    if (printed && printed !== name) {
      warnings.push({
        line: parsed.masthead.lines?.issue ?? 1,
        message: `the text prints the periodical's name as 「${printed}」; the series is created as 「${name}」, as given`,
      });
    }
    // Only what the text prints: the publisher under the masthead (X 编辑), the footer's editors,
    // recipients and contact lines, and the sections this issue has.
    const created: SeriesFile = {
      name,
      publisher: parsed.masthead.editor,
      editor: parsed.footer.editor,
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
  return { kind, target: `issues/${seriesId}/${slug}`, files, newSeries, warnings, parsed };
}

/**
 * The series an issue belongs to: the one --series names, or the one whose name --series-name
 * or the masthead prints. A series is created only when asked, with --series-name: a mistyped id
 * must not start a second periodical. An existing series file is never changed.
 */
function whichSeries(
  file: string,
  options: ImportOptions,
  printed: string | undefined,
  series: Map<string, SeriesFile>,
): { id: string; known?: SeriesFile } {
  const byName = (name: string | undefined) => (name ? [...series].find(([, s]) => s.name === name)?.[0] : undefined);
  const id = options.series ?? byName(options.seriesName) ?? (options.seriesName ? slugify(options.seriesName, 8) : byName(printed));
  if (!id) {
    throw new ImportError(
      file,
      1,
      printed
        ? `no series is named 「${printed}」 in content/series/: pass --series <id> for an existing one, or --series-name "${printed}" to create it`
        : `the text prints no periodical name: pass --series <id> for an existing series, or --series-name "<name>" to create one`,
    );
  }
  checkId(options.series ? "--series" : "the id made from --series-name", id);
  const known = series.get(id);
  if (known) {
    if (options.seriesName !== undefined && options.seriesName !== known.name) {
      throw new ImportError(
        file,
        1,
        `content/series/${id}.yaml names the periodical 「${known.name}」, not 「${options.seriesName}」: leave out --series-name to use it, or give another --series to create a new one (the existing file is never changed)`,
      );
    }
    return { id, known };
  }
  if (options.seriesName === undefined) {
    throw new ImportError(
      file,
      1,
      `series "${id}" is not in content/series/ (known: ${[...series.keys()].join(", ") || "none"}). To create it, pass --series-name "${printed ?? "<name as printed>"}"; to use an existing one, correct --series`,
    );
  }
  return { id };
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
