/**
 * npm run data:release -- <id> --note "what changed" [--removed <row id>="why" …]
 *
 * Freezes the current data as snapshot <id> under public/data/<id>/: Parquet and CSV files, and a
 * manifest with row counts, column types and descriptions, sha256 checksums, the DuckDB version
 * and what changed since the previous snapshot, row by row (added, changed with old → new,
 * removed with the reason given by --removed). The manifest's sha256 is appended to
 * public/data/releases.sha256, which only ever grows. A released snapshot is never rewritten.
 */
import { parse } from "csv-parse/sync";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { countChanges, diffTable, type TableChanges } from "../src/lib/data/changelog.ts";
import { formatError } from "../src/lib/data/check.ts";
import { PINS_FILE, parsePins, pinLine, releaseIdProblem } from "../src/lib/data/release-pins.ts";
import { type Manifest, type Releases } from "../src/lib/data/releases.ts";
import { checkLoadedDataset } from "../src/lib/server/dataset.ts";
import { fullTable, writeSnapshot } from "../src/lib/server/snapshot.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { note: { type: "string" }, date: { type: "string" }, removed: { type: "string", multiple: true } },
});
const fail = (message: string): never => {
  console.error(`data:release: ${message}`);
  process.exit(1);
};
const id = positionals[0];
if (!id) fail('usage: npm run data:release -- <YYYY-MM-DD> --note "what changed" [--removed <row id>="why it was removed"]');
const idProblem = releaseIdProblem(id!);
if (idProblem) fail(idProblem);
if (!values.note) fail("say what changed with --note");
const removedReasons = new Map<string, string>();
for (const given of values.removed ?? []) {
  const m = /^([^=]+)=(.+)$/s.exec(given);
  if (!m) fail(`--removed takes <row id>="why it was removed", not "${given}"`);
  removedReasons.set(m![1]!.trim(), m![2]!.trim());
}

const root = fileURLToPath(new URL("..", import.meta.url));
const publicData = join(root, "public/data");
const target = join(publicData, id!);
const pinsFile = join(publicData, PINS_FILE);
const pins = existsSync(pinsFile) ? parsePins(readFileSync(pinsFile, "utf8")) : [];
if (existsSync(target) || pins.some((p) => p.id === id))
  fail(`snapshot ${id} was released already; released snapshots never change: choose a new id`);
// Refuse to build on a tampered history: every pinned manifest must still be what was released.
for (const pin of pins) {
  const manifest = join(publicData, pin.id, "manifest.json");
  if (!existsSync(manifest) || createHash("sha256").update(readFileSync(manifest)).digest("hex") !== pin.sha256)
    fail(`released snapshot ${pin.id} is missing or changed (public/data/${PINS_FILE}:${pin.line}); restore it from git before releasing`);
}
const { errors } = checkLoadedDataset(root);
if (errors.length > 0) {
  errors.forEach((e) => console.error(formatError(e)));
  fail("fix the data first (npm run data:check)");
}
const releasesFile = join(publicData, "releases.json");
const releases: Releases = existsSync(releasesFile) ? JSON.parse(readFileSync(releasesFile, "utf8")) : { latest: "", releases: [] };
const previousId = releases.releases.at(-1)?.id;
const previous: Manifest | undefined = previousId
  ? JSON.parse(readFileSync(join(publicData, previousId, "manifest.json"), "utf8"))
  : undefined;

const temp = join(root, ".tmp", `release-${id}-${process.pid}`);
rmSync(temp, { recursive: true, force: true });
mkdirSync(temp, { recursive: true });
try {
  const { tables, duckdb } = await writeSnapshot(join(root, "data"), temp);
  const readCsv = (path: string) => {
    const rows = parse(readFileSync(path), { columns: true }) as Record<string, string>[];
    const header = parse(readFileSync(path, "utf8").split("\n", 1)[0]!)[0] as string[];
    return { columns: header, rows };
  };
  // Row by row against the previous snapshot; observations_full only repeats observations.
  const rowChanges: TableChanges[] = [];
  const unexplained: string[] = [];
  for (const t of tables) {
    const before = previous?.tables.find((p) => p.name === t.name);
    if (!before || t.name === fullTable.name) continue;
    const key = t.columns[0]!.name;
    const diff = diffTable(t.name, key, readCsv(join(publicData, previousId!, before.csv)), readCsv(join(temp, t.csv)), removedReasons);
    unexplained.push(...diff.unexplained);
    if (diff.changes.rows.length > 0 || diff.changes.columnsAdded.length > 0 || diff.changes.columnsRemoved.length > 0)
      rowChanges.push(diff.changes);
  }
  if (unexplained.length > 0)
    fail(
      `rows removed since ${previousId} need a reason: ${unexplained.map((r) => `--removed ${r}="…"`).join(" ")} (a removed row has no note left to say why)`,
    );
  const released = values.date ?? new Date().toISOString().slice(0, 10);
  const manifest: Manifest = {
    id: id!,
    released,
    duckdb,
    previous: previousId,
    changes: {
      note: values.note!,
      tables: tables.map((t) => ({ name: t.name, rows: t.rows, previousRows: previous?.tables.find((p) => p.name === t.name)?.rows })),
      rows: rowChanges,
    },
    tables,
  };
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(join(temp, "manifest.json"), manifestText);
  renameSync(temp, target);
  releases.releases.push({ id: id!, released });
  releases.latest = id!;
  writeFileSync(releasesFile, `${JSON.stringify(releases, null, 2)}\n`);
  appendFileSync(pinsFile, pinLine(id!, createHash("sha256").update(manifestText).digest("hex")));
  console.log(`released snapshot ${id} (${tables.map((t) => `${t.name} ${t.rows}`).join(", ")})`);
  for (const c of rowChanges) {
    const n = countChanges(c);
    console.log(
      `  ${c.table}: ${n.added} added, ${n.changed} changed, ${n.removed} removed${c.columnsAdded.length ? `; new columns ${c.columnsAdded.join(", ")}` : ""}`,
    );
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
