/**
 * npm run data:build — checks the data and builds a working snapshot (Parquet and CSV) into
 * .tmp/data-build/, to look at before releasing. Nothing under public/ changes.
 */
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { rmSync } from "node:fs";
import { formatError } from "../src/lib/data/check.ts";
import { checkLoadedDataset } from "../src/lib/server/dataset.ts";
import { writeSnapshot } from "../src/lib/server/snapshot.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const { errors } = checkLoadedDataset(root);
if (errors.length > 0) {
  errors.forEach((e) => console.error(formatError(e)));
  process.exit(1);
}
const out = join(root, ".tmp/data-build");
rmSync(out, { recursive: true, force: true });
const { tables, duckdb } = await writeSnapshot(join(root, "data"), out);
for (const t of tables) console.log(`${t.name.padEnd(20)} ${String(t.rows).padStart(6)} rows ${String(t.bytes).padStart(8)} bytes`);
console.log(`built with DuckDB ${duckdb} into ${out}`);
