/**
 * Released snapshots are immutable and readable: every release is pinned in
 * public/data/releases.sha256 (the sha256 of its manifest), which only ever grows; every file's
 * bytes match its manifest's sha256; nothing else sits in a snapshot's folder; and the Parquet
 * files hold the manifest's rows when read by DuckDB and by a second, independent reader
 * (parquet-wasm to Arrow), with the same values as the snapshot's CSV.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { tableFromIPC } from "apache-arrow";
import { parse } from "csv-parse/sync";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { readParquet } from "parquet-wasm";
import { describe, expect, it } from "vitest";
import { PINS_FILE, parsePins, releaseIdProblem } from "../../src/lib/data/release-pins.ts";
import { readManifest, readReleases } from "../../src/lib/server/releases.ts";

const dir = new URL("../../public/data/", import.meta.url);
const releases = readReleases();
const manifests = releases.releases.map((r) => readManifest(r.id));
const sha256 = (url: URL) => createHash("sha256").update(readFileSync(url)).digest("hex");

const pinsText = readFileSync(new URL(PINS_FILE, dir), "utf8");
const pins = parsePins(pinsText);

/** The pins file as it was at each commit that changed it, oldest first (empty without git history). */
function pinsHistory(): string[] {
  const root = new URL("../../", import.meta.url).pathname;
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  try {
    const commits = git("log", "--format=%H", "--reverse", "--", `public/data/${PINS_FILE}`).split("\n").filter(Boolean);
    return commits.map((c) => {
      try {
        return git("show", `${c}:public/data/${PINS_FILE}`);
      } catch {
        return ""; // the commit removed the file
      }
    });
  } catch {
    return []; // not a git checkout
  }
}

describe("released snapshots", () => {
  it("at least one snapshot is released, and latest is the newest", () => {
    expect(manifests.length).toBeGreaterThan(0);
    expect(releases.latest).toBe(releases.releases.at(-1)!.id);
  });

  it("every release is pinned, in order, and every pin is a release (removing one from releases.json fails)", () => {
    expect(pins.map((p) => p.id)).toEqual(releases.releases.map((r) => r.id));
  });

  it("every pinned manifest is byte for byte what was released", () => {
    for (const pin of pins) {
      const manifest = new URL(`${pin.id}/manifest.json`, dir);
      expect(existsSync(manifest), `${pin.id}/manifest.json is missing`).toBe(true);
      expect(sha256(manifest), `${PINS_FILE}:${pin.line}`).toBe(pin.sha256);
    }
  });

  it("public/data holds only pinned snapshots, and a snapshot's folder only its manifest's files", () => {
    const folders = readdirSync(dir).filter((name) => statSync(new URL(name, dir)).isDirectory());
    expect(folders.sort()).toEqual(pins.map((p) => p.id).sort());
    for (const manifest of manifests) {
      const listed = ["manifest.json", ...manifest.tables.flatMap((t) => [t.parquet, t.csv])].sort();
      expect(readdirSync(new URL(`${manifest.id}/`, dir)).sort(), manifest.id).toEqual(listed);
    }
  });

  it("the pins file only ever grows: no line of an earlier version is changed or removed", () => {
    const history = pinsHistory();
    for (const [i, earlier] of history.entries()) {
      expect(pinsText.startsWith(earlier), `version ${i + 1} of ${PINS_FILE} in git history is not a prefix of the current file`).toBe(true);
    }
  });

  it("release ids are days, with .2, .3 … for a further release on one day", () => {
    for (const r of releases.releases) expect(releaseIdProblem(r.id), r.id).toBeUndefined();
    for (const bad of ["latest", "2026-11-23.", "2026-11-23.1", "2026-02-30", "2026-11-23-b", "../x", "2026-11-23.2."]) expect(releaseIdProblem(bad), bad).toBeDefined();
    expect(releaseIdProblem("2026-12-01.2")).toBeUndefined();
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
