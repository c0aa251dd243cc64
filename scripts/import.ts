/**
 * npm run import -- <file> [options]
 *
 * Turns a bulletin, newsletter, newspaper page or policy document (.txt, .docx or .pdf) into
 * content files under content/: an issue folder of MDX articles, or one policy MDX file. Prints
 * what it found and every warning, with the line of the source file (and the page of a PDF), for
 * the editor to review before committing.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { planImport, readSeriesFile, type SeriesFile } from "../src/lib/bulletin/import.ts";
import { OptionError, checkOptions } from "../src/lib/bulletin/options.ts";
import { outline } from "../src/lib/bulletin/outline.ts";
import { locate, readSource, type Source } from "../src/lib/bulletin/source.ts";
import { ImportError } from "../src/lib/bulletin/text.ts";
import { PlaceFinder } from "../src/lib/places/find.ts";
import { parseRegions, parseZones } from "../src/lib/places/regions.ts";
import { WriteError, inside, tidyLeftovers, writeFileAtomically, writeFolderAtomically } from "../src/lib/server/write-folder.ts";
import { command } from "./cli.ts";

const usage = `usage: npm run import -- <file.txt|file.docx|file.pdf> [options]

The periodical
  --series <id>         series id (content/series/<id>.yaml); found by the printed name if omitted
  --series-name <name>  the periodical's name as printed: creates content/series/<id>.yaml when the
                        series is new (id from --series, or from the name); never changes one
The issue, where the text does not print it
  --year <YYYY>         year
  --number <N>          第N期
  --total <N>           总第N期
  --date <YYYY-MM-DD>   publication date
  --not-before <date>   earliest possible date, when the date is unknown
  --slug <name>         folder (or policy file) name, e.g. late-2022 for an issue with no number
  --note <text>         an editor's note shown on the issue page
  --kind <kind>         bulletin or policy (detected from the text otherwise)
Correcting what the importer decided (line numbers as --dry-run and --show-text print them)
  --title <lines>       these lines are headlines: each begins an article, e.g. --title 12,40
  --subhead <lines>     these lines are subheads inside an article
  --not-title <lines>   these lines are text: never a headline, kicker or section label
Output
  --dry-run             print what the importer decided (masthead, sections, articles, warnings)
                        and write nothing; with --files, print the files too
  --show-text           print the text as read (numbered lines with page, size, weight), and stop
  --content <dir>       content folder (default: content)
  --force               replace an existing issue folder or policy file`;

const { values, positionals, fail, misuse } = command("import", usage, {
  series: { type: "string" },
  "series-name": { type: "string" },
  year: { type: "string" },
  number: { type: "string" },
  total: { type: "string" },
  date: { type: "string" },
  "not-before": { type: "string" },
  slug: { type: "string" },
  note: { type: "string" },
  kind: { type: "string" },
  title: { type: "string", multiple: true },
  subhead: { type: "string", multiple: true },
  "not-title": { type: "string", multiple: true },
  content: { type: "string", default: "content" },
  force: { type: "boolean", default: false },
  "dry-run": { type: "boolean", default: false },
  "show-text": { type: "boolean", default: false },
  files: { type: "boolean", default: false },
});
if (positionals.length !== 1) misuse("give exactly one file");
const file = positionals[0]!;
if (!existsSync(file)) fail(`${file}: no such file`);
if (statSync(file).isDirectory()) fail(`${file} is a folder: give the bulletin's file (.txt) inside it`);

const contentDir = resolve(values.content);
const series = new Map<string, SeriesFile>();
const seriesDir = join(contentDir, "series");
if (existsSync(seriesDir)) {
  for (const name of readdirSync(seriesDir).filter((n) => n.endsWith(".yaml") && !n.startsWith("."))) {
    series.set(name.replace(/\.yaml$/, ""), readSeriesFile(readFileSync(join(seriesDir, name), "utf8")));
  }
}
const dataDir = new URL("../data/", import.meta.url);
const finder = new PlaceFinder(
  parseRegions(readFileSync(new URL("regions.csv", dataDir), "utf8")),
  parseZones(readFileSync(new URL("zones.csv", dataDir), "utf8")),
);

try {
  const options = checkOptions(values);
  const source = await readSource(readFileSync(file), file);
  if (values["show-text"]) {
    showText(source);
    process.exit(0);
  }
  const plan = planImport(source, options, series, (text) => finder.find(text));
  if (values["dry-run"]) {
    console.log(outline(plan).join("\n"));
    if (values.files)
      for (const f of [...(plan.newSeries ? [plan.newSeries] : []), ...plan.files]) console.log(`\n==> ${f.path}\n${f.content}`);
    process.exit(0);
  }
  for (const w of plan.warnings) console.warn(`warning: ${locate(source, w.line)}: ${w.message}`);
  // What an import killed halfway left beside the target is tidied first, so that the build and
  // this import see the content folder as it should be.
  const parent = join(contentDir, plan.target, "..");
  for (const message of [...tidyLeftovers(parent), ...tidyLeftovers(seriesDir)]) console.warn(`import: ${message}`);
  if (existsSync(inside(contentDir, plan.target)) && !values.force) {
    fail(`${join(contentDir, plan.target)} already exists: pass --force to replace it (nothing was written)`);
  }
  const messages: string[] = [];
  // The series first: an issue whose series file is missing would stop the build. If the issue
  // then cannot be written, the series file made for it goes too: nothing is left half-done.
  if (plan.newSeries) messages.push(...writeFileAtomically(contentDir, plan.newSeries.path, plan.newSeries.content));
  try {
    if (plan.kind === "policy") messages.push(...writeFileAtomically(contentDir, plan.target, plan.files[0]!.content, values.force));
    else messages.push(...writeFolderAtomically(contentDir, plan.target, plan.files, values.force));
  } catch (error) {
    if (plan.newSeries) rmSync(inside(contentDir, plan.newSeries.path), { force: true });
    throw error;
  }
  for (const message of messages) console.warn(`import: ${message}`);
  const target = join(contentDir, plan.target);
  console.log(`wrote ${target} (${plan.kind === "policy" ? "policy document" : `${plan.files.length - 1} articles`})`);
  if (plan.newSeries) console.log(`wrote ${join(contentDir, plan.newSeries.path)} (new series: check its id, name and sections)`);
} catch (error) {
  if (error instanceof OptionError || error instanceof ImportError || error instanceof WriteError) fail(error.message);
  if (error instanceof Error) fail(`${file}: ${error.message}`);
  throw error;
}

/** The text as the importer read it: one logical line each, with the signals the parser weighs. */
function showText(source: Source): void {
  console.log(`${source.file}: ${source.format}, ${source.lines.length} lines`);
  for (const note of source.notices) console.log(`note: ${note}`);
  for (const l of source.lines) {
    const signals = [
      l.page !== undefined ? `p.${l.page}` : "",
      l.size !== undefined ? `${l.size}pt` : "",
      l.bold ? "bold" : "",
      l.align && l.align !== "left" && l.align !== "justify" ? l.align : "",
      l.style ?? "",
      l.table ? `table ${l.table.length}×${l.table[0]?.length ?? 0}` : "",
    ].filter(Boolean);
    console.log(
      `${String(l.line).padStart(5)} ${signals.join(" ").padEnd(24)} │ ${l.table ? l.table.map((r) => r.join(" | ")).join(" / ") : l.text}`,
    );
  }
}
