/**
 * npm run data:check — checks every table in data/ and every quote against its source.
 * Prints each problem as file:line:column and exits non-zero if there is any.
 */
import { fileURLToPath } from "node:url";
import { formatError } from "../src/lib/data/check.ts";
import { checkLoadedDataset } from "../src/lib/server/dataset.ts";

const root = process.argv[2] ?? fileURLToPath(new URL("..", import.meta.url));
const { errors, notes } = checkLoadedDataset(root);
for (const note of notes) console.log(`note: ${note}`);
for (const error of errors) console.error(formatError(error));
if (errors.length > 0) {
  console.error(`data:check: ${errors.length} problem${errors.length === 1 ? "" : "s"}`);
  process.exit(1);
}
console.log("data:check: all tables and quotes check out");
