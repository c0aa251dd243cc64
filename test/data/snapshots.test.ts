/**
 * Released snapshots are immutable and readable: every file's bytes match its manifest's sha256,
 * and the Parquet files hold the manifest's rows when read by DuckDB and by a second, independent
 * reader (parquet-wasm to Arrow), with the same values as the snapshot's CSV.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { tableFromIPC } from "apache-arrow";
import { parse } from "csv-parse/sync";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readParquet } from "parquet-wasm";
import { describe, expect, it } from "vitest";
import { readManifest, readReleases } from "../../src/lib/server/releases.ts";

const dir = new URL("../../public/data/", import.meta.url);
const releases = readReleases();
const manifests = releases.releases.map((r) => readManifest(r.id));
const sha256 = (url: URL) => createHash("sha256").update(readFileSync(url)).digest("hex");

describe("released snapshots", () => {
  it("at least one snapshot is released, and latest is the newest", () => {
    expect(manifests.length).toBeGreaterThan(0);
    expect(releases.latest).toBe(releases.releases.at(-1)!.id);
  });

  describe.each(manifests.map((m) => [m.id, m] as const))("snapshot %s", (id, manifest) => {
    it("every file's bytes match the manifest (released files never change)", () => {
      for (const t of manifest.tables) {
        expect(sha256(new URL(`${id}/${t.parquet}`, dir)), t.parquet).toBe(t.sha256);
        expect(sha256(new URL(`${id}/${t.csv}`, dir)), t.csv).toBe(t.csvSha256);
      }
    });

    it("DuckDB reads back the manifest's rows", async () => {
      const db = await DuckDBInstance.create(":memory:");
      const connection = await db.connect();
      for (const t of manifest.tables) {
        const path = new URL(`${id}/${t.parquet}`, dir).pathname;
        const rows = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet('${path}')`);
        expect(Number(rows.getRowObjects()[0]!.n), t.name).toBe(t.rows);
      }
      connection.closeSync();
    });

    it("a second reader (parquet-wasm → Arrow) reads the same rows and values as the CSV", () => {
      for (const t of manifest.tables) {
        const arrow = tableFromIPC(readParquet(readFileSync(new URL(`${id}/${t.parquet}`, dir))).intoIPCStream());
        expect(arrow.numRows, t.name).toBe(t.rows);
        expect(arrow.schema.fields.map((f) => f.name)).toEqual(t.columns.map((c) => c.name));
        const csv = parse(readFileSync(new URL(`${id}/${t.csv}`, dir)), { columns: true }) as Record<string, string>[];
        const first = t.columns[0]!.name;
        expect(arrow.getChild(first)!.toArray().map(String), t.name).toEqual(csv.map((r) => r[first]));
        if (t.columns.some((c) => c.name === "value")) {
          const values = [...arrow.getChild("value")!.toArray()].map(Number);
          expect(values, t.name).toEqual(csv.map((r) => Number(r.value)));
        }
      }
    });
  });
});
