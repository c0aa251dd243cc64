/**
 * Runs a named query (src/queries/<name>.sql) at build time with DuckDB on Node against a
 * released snapshot: each of the snapshot's Parquet files is a view named after its table, so the
 * SQL is the same that DuckDB-WASM runs over the same files in the browser. Parameters are bound,
 * never spliced. One engine per snapshot per build.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Manifest } from "../data/releases.ts";
import { bindNamed, type ParamValue } from "../sql/bind.ts";
import { currentColumns, missingColumns, selectWithNulls } from "../sql/snapshot-compat.ts";
import { getDataView } from "./data-view.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const connections = new Map<string, Promise<DuckDBConnection>>();

function connect(snapshot: string): Promise<DuckDBConnection> {
  if (!connections.has(snapshot)) {
    connections.set(
      snapshot,
      (async () => {
        const dir = join(root, "public/data", snapshot);
        const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
        const connection = await (await DuckDBInstance.create(":memory:")).connect();
        // An older snapshot's views get the columns it lacks as NULL (snapshot-compat.ts).
        const current = currentColumns(querySql("observations_full"));
        for (const t of manifest.tables) {
          const select = selectWithNulls(missingColumns(t.columns, current.get(t.name) ?? []));
          await connection.run(
            `CREATE VIEW "${t.name}" AS SELECT ${select} FROM read_parquet('${join(dir, t.parquet).replace(/'/g, "''")}')`,
          );
        }
        return connection;
      })(),
    );
  }
  return connections.get(snapshot)!;
}

/** The SQL of a named query (src/queries/<name>.sql). */
export function querySql(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad query name ${name}`);
  return readFileSync(join(root, "src/queries", `${name}.sql`), "utf8");
}

export type QueryRow = Record<string, string | number | null>;

/** Rows of a named query, as plain JSON values. */
export async function runQuery(
  name: string,
  params: Record<string, ParamValue>,
  snapshot = getDataView().releases.latest,
): Promise<{ rows: QueryRow[]; snapshot: string }> {
  const connection = await connect(snapshot);
  // Bound by position, as DuckDB-WASM binds them in the browser: one rewriting for both.
  const bound = bindNamed(querySql(name), params);
  const reader = await connection.runAndReadAll(bound.sql, bound.values);
  const rows = reader.getRowObjectsJson() as QueryRow[];
  return { rows, snapshot };
}
