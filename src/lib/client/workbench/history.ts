/** The reader's past queries, kept in this browser only (localStorage), newest first. */
export interface HistoryEntry {
  sql: string;
  snapshot: string;
  at: string;
}

const KEY = "workbench.history";
const MAX = 50;

/** An entry as this page wrote it; anything else (edited by hand, an older format) is skipped. */
function isEntry(e: unknown): e is HistoryEntry {
  if (typeof e !== "object" || e === null) return false;
  const { sql, snapshot, at } = e as Record<string, unknown>;
  return typeof sql === "string" && typeof snapshot === "string" && typeof at === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at);
}

/** The stored entries that are well formed; a corrupt one is left out rather than breaking the page. */
export function readHistory(): HistoryEntry[] {
  try {
    const entries = JSON.parse(localStorage.getItem(KEY) ?? "[]") as unknown;
    return Array.isArray(entries) ? entries.filter(isEntry) : [];
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
