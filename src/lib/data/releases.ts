/**
 * Released snapshots: public/data/releases.json lists them, oldest first, and each has a
 * manifest. Released files never change; `latest` is the newest release.
 */
import type { SnapshotTable } from "../server/snapshot.ts";
import type { TableChanges } from "./changelog.ts";

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
