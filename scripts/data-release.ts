/**
 * npm run data:release -- <id> --note "what changed"
 *
 * Freezes the current data as snapshot <id> under public/data/<id>/: Parquet and CSV files, and a
 * manifest with row counts, column types and descriptions, sha256 checksums, the DuckDB version
 * and what changed since the previous snapshot. A released snapshot is never rewritten.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatError } from "../src/lib/data/check.ts";
import { RELEASE_ID, type Manifest, type Releases } from "../src/lib/data/releases.ts";
import { checkLoadedDataset } from "../src/lib/server/dataset.ts";
import { writeSnapshot } from "../src/lib/server/snapshot.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { note: { type: "string" }, date: { type: "string" } } });
const id = positionals[0];
if (!id || !RELEASE_ID.test(id)) {
  console.error(
    'usage: npm run data:release -- <id> --note "what changed"   (id: lower-case letters, digits, dots and dashes, e.g. 2026-11-23)',
  );
  process.exit(1);
}
if (!values.note) {
  console.error("data:release: say what changed with --note");
  process.exit(1);
}
const root = fileURLToPath(new URL("..", import.meta.url));
const publicData = join(root, "public/data");
const target = join(publicData, id);
if (existsSync(target)) {
  console.error(`data:release: snapshot ${id} already exists; released snapshots never change: choose a new id`);
  process.exit(1);
}
const { errors } = checkLoadedDataset(root);
if (errors.length > 0) {
  errors.forEach((e) => console.error(formatError(e)));
  console.error("data:release: fix the data first (npm run data:check)");
  process.exit(1);
}
const releasesFile = join(publicData, "releases.json");
const releases: Releases = existsSync(releasesFile) ? JSON.parse(readFileSync(releasesFile, "utf8")) : { latest: "", releases: [] };
const previousId = releases.releases.at(-1)?.id;
const previous: Manifest | undefined = previousId
  ? JSON.parse(readFileSync(join(publicData, previousId, "manifest.json"), "utf8"))
  : undefined;

const temp = `${target}.tmp-${process.pid}`;
rmSync(temp, { recursive: true, force: true });
mkdirSync(temp, { recursive: true });
const { tables, duckdb } = await writeSnapshot(join(root, "data"), temp);
const released = values.date ?? new Date().toISOString().slice(0, 10);
const manifest: Manifest = {
  id,
  released,
  duckdb,
  previous: previousId,
  changes: {
    note: values.note,
    tables: tables.map((t) => ({ name: t.name, rows: t.rows, previousRows: previous?.tables.find((p) => p.name === t.name)?.rows })),
  },
  tables,
};
writeFileSync(join(temp, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
renameSync(temp, target);
releases.releases.push({ id, released });
releases.latest = id;
writeFileSync(releasesFile, `${JSON.stringify(releases, null, 2)}\n`);
console.log(`released snapshot ${id} (${tables.map((t) => `${t.name} ${t.rows}`).join(", ")})`);
