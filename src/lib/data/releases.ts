/**
 * Released snapshots: public/data/releases.json lists them, oldest first, and each has a
 * manifest. Released files never change; `latest` is the newest release.
 */
import type { TableChanges } from "./changelog.ts";
import type { Column } from "./tables.ts";

/** One table of a snapshot, as its manifest describes it. */
export interface SnapshotTable {
  name: string;
  description: string;
  parquet: string;
  csv: string;
  rows: number;
  bytes: number;
  sha256: string;
  csvSha256: string;
  columns: Pick<Column, "name" | "type" | "description">[];
}

export interface Manifest {
  id: string;
  /** Release date, YYYY-MM-DD. */
  released: string;
  duckdb: string;
  previous?: string;
  /** What changed since the previous snapshot, in the releaser's words and in row counts. */
  changes: {
    note: string;
    tables: { name: string; rows: number; previousRows?: number }[];
    /** Row by row, table by table (since the second release; the first has none). */
    rows?: TableChanges[];
  };
  tables: SnapshotTable[];
}

export interface Releases {
  latest: string;
  releases: { id: string; released: string }[];
}
