/**
 * The query interface's Node engine: runs a named query (src/queries/<name>.sql) at build time
 * with DuckDB on Node against a released snapshot. Each of the snapshot's Parquet files is a view
 * named after its table, so the SQL is the same that DuckDB-WASM runs over the same files in the
 * browser (src/lib/client/engine.ts). Parameters are bound by position, as the browser binds
 * them; rows come out as the browser's do (src/lib/sql/rows.ts). One engine per snapshot per
 * build, and each question asked once: a released snapshot never changes, and the same query
 * with the same parameters comes back on many pages (every city's page compares it with the same
 * cities; every peer chart tries the same indicators for its controls).
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bindNamed, quoteIdent, sqlLiteral, type ParamValue } from "../sql/bind.ts";
import { checkQueryName, type NamedRow, type QueryEngine } from "../sql/named.ts";
import { plainRow } from "../sql/rows.ts";
import { readManifest, snapshotDir } from "./releases.ts";
import { fromRoot } from "./root.ts";
import { currentColumns, missingColumns, selectWithNulls } from "../sql/snapshot-compat.ts";

const snapshots = new Map<string, Promise<DuckDBConnection>>();
const answers = new Map<string, Promise<NamedRow[]>>();

/**
 * Opens a released snapshot once: every table of its manifest as a view over its Parquet file.
 * The one place where Node loads a snapshot.
 */
function openSnapshot(snapshot: string): Promise<DuckDBConnection> {
  if (!snapshots.has(snapshot)) {
    snapshots.set(
      snapshot,
      (async () => {
        const manifest = readManifest(snapshot);
        const connection = await (await DuckDBInstance.create(":memory:")).connect();
        // An older snapshot's views get the columns it lacks as NULL (snapshot-compat.ts).
        const current = currentColumns(querySql("observations_full"));
        for (const t of manifest.tables) {
          const file = join(snapshotDir(snapshot), t.parquet);
          const select = selectWithNulls(missingColumns(t.columns, current.get(t.name) ?? []));
          await connection.run(`CREATE VIEW ${quoteIdent(t.name)} AS SELECT ${select} FROM read_parquet(${sqlLiteral(file)})`);
        }
        return connection;
      })(),
    );
  }
  return snapshots.get(snapshot)!;
}

/** The SQL of a named query (src/queries/<name>.sql). */
export function querySql(name: string): string {
  return readFileSync(fromRoot("src/queries", `${checkQueryName(name)}.sql`), "utf8");
}

/** Rows of a named query over a released snapshot. */
export async function runNamed(snapshot: string, name: string, params: Record<string, ParamValue>): Promise<NamedRow[]> {
  const bound = bindNamed(querySql(name), params);
  // Keyed by the SQL itself, so that an edited query file is run afresh (astro dev).
  const key = JSON.stringify([snapshot, bound.sql, bound.values]);
  let answer = answers.get(key);
  if (!answer) {
    answer = (async () => {
      const connection = await openSnapshot(snapshot);
      const reader = await connection.runAndReadAll(bound.sql, bound.values);
      // Every named query returns the chart columns (test/queries/queries.test.ts holds them to it).
      return reader.getRowObjectsJS().map((row) => plainRow(row) as NamedRow);
    })();
    answers.set(key, answer);
    answer.catch(() => answers.delete(key));
  }
  // Each caller gets rows of its own, so that no chart can change another's.
  return (await answer).map((row) => ({ ...row }));
}

/** The columns a named query returns, with DuckDB's names for their types (for the tests). */
export async function describeNamed(
  snapshot: string,
  name: string,
  params: Record<string, ParamValue>,
): Promise<{ name: string; type: string }[]> {
  const connection = await openSnapshot(snapshot);
  const bound = bindNamed(querySql(name), params);
  const reader = await connection.runAndReadAll(bound.sql, bound.values);
  const types = reader.columnTypes();
  return reader.columnNames().map((column, i) => ({ name: column, type: String(types[i]) }));
}

export const nodeEngine: QueryEngine = { runNamed };
