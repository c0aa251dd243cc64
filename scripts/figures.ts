/**
 * npm run figures -- <issue folder | article.mdx | policy.mdx | page.txt> [options]
 *
 * Suggests the figures a document prints as rows for data/observations.csv, for an editor to
 * review: writes data/review/<name>.csv (the observation columns plus decision, status and
 * reason) and prints how many were suggested, how many are already recorded, and how many
 * numbers were skipped and why. Accept the reviewed rows with npm run figures:accept.
 */
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { describeSkipped } from "../src/lib/figures/extract.ts";
import { FigureInputError, loadLookups, readInput } from "../src/lib/server/figure-inputs.ts";
import { suggest } from "../src/lib/server/figure-review.ts";
import { WriteError } from "../src/lib/server/write-folder.ts";
import { command } from "./cli.ts";

const usage = `usage: npm run figures -- <input> [options]

  <input>             an issue folder (content/issues/<series>/<issue>/), an article or policy
                      (.mdx under content/), or a pasted page (.txt, with --source)
  --source <id>       for a .txt: its id in data/sources.csv (x-… for an external page)
  --date <YYYY-MM-DD> for a .txt: its publication date, when the text prints none
  --places <codes>    for a .txt: the places it is about, e.g. 320000 or 320500,320585 (for 全省/全市)
  --out <file>        where to write (default data/review/<issue-or-source>.csv)
  --force             replace an existing review file (an editor's decisions in it are lost)`;

const { values, positionals, fail, misuse } = command("figures", usage, {
  source: { type: "string" },
  date: { type: "string" },
  places: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean", default: false },
  root: { type: "string" },
});
if (positionals.length !== 1) misuse("give exactly one input");
// --root: the project folder (tests run the command on a copy).
const root = values.root ? resolve(values.root) : fileURLToPath(new URL("..", import.meta.url));

try {
  const lookups = loadLookups(root);
  const input = readInput(
    root,
    positionals[0]!,
    { source: values.source, date: values.date, places: values.places?.split(/[,，\s]+/).filter(Boolean) },
    lookups.gazetteer,
  );
  const { rows, skipped, files } = suggest(root, input, values.out, values.force);
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  const unsure = rows.filter((r) => r.status === "new" && (!r.indicator || !r.region || /check/.test(r.reason))).length;
  const skippedTotal = [...skipped.values()].reduce((a, b) => a + b, 0);
  console.log(`wrote ${files.join(", ")}`);
  console.log(
    `${input.documents.length} document${input.documents.length === 1 ? "" : "s"}: ${rows.length} figures suggested — ${count("new")} new (${unsure} to check closely), ${count("recorded")} already in the data, ${count("conflict")} in conflict with another source, ${count("repeat")} printed twice`,
  );
  console.log(
    `${skippedTotal} numbers skipped:${describeSkipped(skipped)
      .map((line) => `\n  ${line}`)
      .join("")}`,
  );
  console.log(`next: set decision to accept or reject in ${files[0]}, then npm run figures:accept -- ${files[0]}`);
} catch (error) {
  if (error instanceof FigureInputError || error instanceof WriteError) fail(error.message);
  throw error;
}
