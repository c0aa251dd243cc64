import type { Manifest } from "../data/releases.ts";

/**
 * The snapshot's tables that a query names, comments aside, so that a chart loads only the
 * Parquet files it reads.
 */
export function tablesMentioned(sql: string, manifest: Manifest): string[] {
  const code = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
  return manifest.tables.map((t) => t.name).filter((name) => new RegExp(`\\b${name}\\b`, "i").test(code));
}
