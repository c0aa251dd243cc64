/**
 * npm run figures:accept -- <review file> [--dry-run]
 *
 * Appends the rows of a review file whose decision is accept to data/observations.csv, with new
 * ids, together with the sources, zones and indicators filled in beside it (<name>.sources.csv
 * …), after running the dataset's checks on the result. If any accepted row fails, nothing is
 * written and each error names the review file's line and column.
 */
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { accept, AcceptError } from "../src/lib/server/figure-review.ts";
import { command } from "./cli.ts";

const usage = `usage: npm run figures:accept -- <review file> [--dry-run]

  <review file>  a file written by npm run figures (data/review/<name>.csv), decisions filled in
  --dry-run      check everything and say what would be appended, writing nothing`;

const { values, positionals, misuse } = command("figures:accept", usage, {
  "dry-run": { type: "boolean", default: false },
  root: { type: "string" },
});
if (positionals.length !== 1) misuse("give exactly one review file");
const root = values.root ? resolve(values.root) : fileURLToPath(new URL("..", import.meta.url));

try {
  const result = accept(root, positionals[0]!, values["dry-run"]);
  const ids = result.appended.map((r) => r.id);
  const verb = values["dry-run"] ? "would append" : "appended";
  console.log(`${verb} ${ids.length} row${ids.length === 1 ? "" : "s"} to data/observations.csv: ${ids.join(", ")}`);
  for (const [table, added] of result.added) console.log(`${verb} to data/${table}.csv: ${added.join(", ")}`);
  if (!values["dry-run"]) console.log(`the data checks pass; review git diff, commit, and delete ${positionals[0]} when done`);
} catch (error) {
  if (error instanceof AcceptError) {
    for (const line of error.errors) console.error(line);
    console.error("figures:accept: nothing was written");
    process.exit(1);
  }
  throw error;
}
