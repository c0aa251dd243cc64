/**
 * Builds a snapshot of the dataset: every table as ZSTD Parquet (typed columns, sorted for the
 * common filters) and as CSV, plus `observations_full`, which joins each figure with its place,
 * indicator and source names so that a first query needs no joins. DuckDB (@duckdb/node-api)
 * writes the files and then reads them back to prove they hold exactly the rows of the CSVs.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { SnapshotTable } from "../data/releases.ts";
import { indicators, observations, tables, type Column } from "../data/tables.ts";
import { quoteIdent, sqlLiteral as sqlString } from "../sql/bind.ts";

/** The joined table: observations with place, indicator and source names. */
const FULL_SQL = readFileSync(new URL("../../queries/observations_full.sql", import.meta.url), "utf8");

export const fullTable = {
  name: "observations_full",
  description:
    "observations joined with the place's name and level, the indicator's names, unit and measure, and the source's title, publisher, date and URL.",
};

export async function duckdbVersion(connection: DuckDBConnection): Promise<string> {
  return String((await connection.runAndReadAll("SELECT version() AS v")).getRowObjects()[0]!.v);
}

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** Loads data/*.csv into DuckDB tables with the declared column types. */
export async function loadTables(connection: DuckDBConnection, dataDir: string): Promise<void> {
  for (const table of tables) {
    const columns = `{${table.columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(", ")}}`;
    await connection.run(
      `CREATE OR REPLACE TABLE ${quoteIdent(table.name)} AS SELECT * FROM read_csv(${sqlString(join(dataDir, table.file))}, header = true, columns = ${columns}, quote = '"', escape = '"', auto_detect = false)`,
    );
  }
  await connection.run(`CREATE OR REPLACE TABLE observations_full AS ${FULL_SQL}`);
}

/** Writes every table as Parquet and CSV into `outDir`, checks they read back identically, and describes them. */
export async function writeSnapshot(dataDir: string, outDir: string): Promise<{ tables: SnapshotTable[]; duckdb: string }> {
  mkdirSync(outDir, { recursive: true });
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await loadTables(connection, dataDir);
    const described: SnapshotTable[] = [];
    const all = [
      ...tables.map((t) => ({ name: t.name, description: t.description, sortBy: t.sortBy, columns: t.columns })),
      { ...fullTable, sortBy: ["indicator", "region", "period"], columns: await fullColumns(connection) },
    ];
    for (const t of all) {
      const parquet = join(outDir, `${t.name}.parquet`);
      const csv = join(outDir, `${t.name}.csv`);
      const select = `SELECT * FROM ${quoteIdent(t.name)} ORDER BY ${t.sortBy.map(quoteIdent).join(", ")}`;
      await connection.run(`COPY (${select}) TO ${sqlString(parquet)} (FORMAT parquet, COMPRESSION zstd)`);
      await connection.run(`COPY (${select}) TO ${sqlString(csv)} (FORMAT csv, HEADER true)`);
      // Read back: the Parquet file holds the same rows, no more and no fewer.
      const written = `read_parquet(${sqlString(parquet)})`;
      const table = quoteIdent(t.name);
      const diff = await connection.runAndReadAll(
        `SELECT (SELECT count(*) FROM (SELECT * FROM ${table} EXCEPT ALL SELECT * FROM ${written})) + (SELECT count(*) FROM (SELECT * FROM ${written} EXCEPT ALL SELECT * FROM ${table})) AS n`,
      );
      const differing = Number(diff.getRowObjects()[0]!.n);
      if (differing !== 0) throw new Error(`${parquet} does not read back the rows of ${t.name} (${differing} rows differ)`);
      const rows = Number(
        (await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${quoteIdent(t.name)}`)).getRowObjects()[0]!.n,
      );
      described.push({
        name: t.name,
        description: t.description,
        parquet: `${t.name}.parquet`,
        csv: `${t.name}.csv`,
        rows,
        bytes: statSync(parquet).size,
        sha256: sha256(parquet),
        csvSha256: sha256(csv),
        columns: t.columns.map(({ name, type, description }) => ({ name, type, description })),
      });
    }
    return { tables: described, duckdb: await duckdbVersion(connection) };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function fullColumns(connection: DuckDBConnection): Promise<Column[]> {
  const info = await connection.runAndReadAll("DESCRIBE observations_full");
  // A column named in several tables (region, level, note …) is described as the table it comes
  // from: the observation's own columns first, then the indicator's (carrier, level, measure, unit).
  const described = new Map<string, string>(
    [indicators, observations].flatMap((t) => t.columns.map((c) => [c.name, c.description] as const)),
  );
  return info.getRowObjects().map((r) => ({
    name: String(r.column_name),
    type: String(r.column_type) as Column["type"],
    description: described.get(String(r.column_name)) ?? FULL_DESCRIPTIONS[String(r.column_name)] ?? "",
  }));
}

const FULL_DESCRIPTIONS: Record<string, string> = {
  region_name: "Name of the region or zone.",
  region_level: "province, city, county, or the zone's kind.",
  region_parent: "Code of the enclosing region.",
  indicator_zh: "Indicator's Chinese name.",
  indicator_en: "Indicator's English name.",
  source_title: "Title of the source.",
  source_publisher: "Publisher of the source.",
  source_date: "Date of the source.",
  source_url: "URL of an external source.",
  source_copy: "What was read: original or a copy.",
  source_original_publisher: "Original publisher of a copy.",
  source_caution: "What a reader must know about the copy that was read (spam_domain, machine_translation …).",
};
