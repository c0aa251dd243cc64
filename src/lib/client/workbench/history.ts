/** The reader's past queries, kept in this browser only (localStorage), newest first. */
export interface HistoryEntry {
  sql: string;
  snapshot: string;
  at: string;
}

const KEY = "workbench.history";
const MAX = 50;

export function readHistory(): HistoryEntry[] {
  try {
    const entries = JSON.parse(localStorage.getItem(KEY) ?? "[]") as unknown;
    return Array.isArray(entries) ? entries.filter((e): e is HistoryEntry => typeof e?.sql === "string") : [];
  } catch {
    return [];
  }
}

export function remember(sql: string, snapshot: string): HistoryEntry[] {
  const entries = [{ sql, snapshot, at: new Date().toISOString() }, ...readHistory().filter((e) => e.sql !== sql)].slice(0, MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Storage full or refused (private mode): the history is a convenience.
  }
  return entries;
}

export function clearHistory(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
