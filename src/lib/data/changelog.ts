/**
 * The row-level changelog between two snapshots: for every table, the rows added, the rows
 * changed (each changed field with its old and new value) and the rows removed, each with a
 * reason: an added or changed row's reason is its note, where it says why; a removed row's reason
 * is given by whoever releases (a row that is gone has no note left to say it). Columns that one
 * snapshot has and the other lacks are reported once, as a change of the table's columns, not as
 * a change of every row. Pure: the caller reads both snapshots' CSV files.
 */

export type CsvRow = Record<string, string>;

export interface FieldChange {
  name: string;
  old: string;
  new: string;
}

export interface RowChange {
  id: string;
  change: "added" | "changed" | "removed";
  /** For a changed row: the fields whose values differ. */
  fields?: FieldChange[];
  /** Why: the row's note (added, changed) or the releaser's reason (removed). */
  reason: string;
}

export interface TableChanges {
  table: string;
  /** Columns the new snapshot adds, and columns it no longer has. */
  columnsAdded: string[];
  columnsRemoved: string[];
  rows: RowChange[];
}

/**
 * Compares one table's rows, keyed by their first column. `removedReasons` gives, by id, why a
 * row was removed; a removed row without a reason is returned in `unexplained`.
 */
export function diffTable(
  table: string,
  key: string,
  before: { columns: string[]; rows: CsvRow[] },
  after: { columns: string[]; rows: CsvRow[] },
  removedReasons: ReadonlyMap<string, string> = new Map(),
): { changes: TableChanges; unexplained: string[] } {
  const shared = after.columns.filter((c) => before.columns.includes(c));
  const old = new Map(before.rows.map((r) => [r[key]!, r]));
  const now = new Map(after.rows.map((r) => [r[key]!, r]));
  const rows: RowChange[] = [];
  const unexplained: string[] = [];
  for (const [id, row] of now) {
    const was = old.get(id);
    if (!was) rows.push({ id, change: "added", reason: row.note ?? "" });
    else {
      const fields = shared.filter((c) => (was[c] ?? "") !== (row[c] ?? "")).map((name) => ({ name, old: was[name] ?? "", new: row[name] ?? "" }));
      if (fields.length > 0) rows.push({ id, change: "changed", fields, reason: row.note ?? "" });
    }
  }
  for (const id of old.keys()) {
    if (now.has(id)) continue;
    const reason = removedReasons.get(id);
    if (reason === undefined) unexplained.push(id);
    rows.push({ id, change: "removed", reason: reason ?? "" });
  }
  rows.sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
  return {
    changes: {
      table,
      columnsAdded: after.columns.filter((c) => !before.columns.includes(c)),
      columnsRemoved: before.columns.filter((c) => !after.columns.includes(c)),
      rows,
    },
    unexplained,
  };
}

/** Counts for a summary line: 12 added, 30 changed, 1 removed. */
export function countChanges(changes: TableChanges): Record<RowChange["change"], number> {
  const counts = { added: 0, changed: 0, removed: 0 };
  for (const r of changes.rows) counts[r.change]++;
  return counts;
}

/** One release's changes as /data/ shows them: a summary per table, then the rows. */
export interface ReleaseChanges {
  table: string;
  counts: Record<RowChange["change"], number>;
  columnsAdded: string[];
  columnsRemoved: string[];
  rows: RowChange[];
}

/** The row-level changes a manifest records (none for the first release), tables with changes only. */
export function releaseChanges(changes: { rows?: TableChanges[] }): ReleaseChanges[] {
  return (changes.rows ?? []).map((t) => ({ ...t, counts: countChanges(t) }));
}
