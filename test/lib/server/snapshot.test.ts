/**
 * The snapshot builder on the real data/: every table read back identically (writeSnapshot
 * checks that itself), and observations_full's columns described as the table they come from.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { indicators, observations } from "../../../src/lib/data/tables.ts";
import { writeSnapshot } from "../../../src/lib/server/snapshot.ts";

const out = mkdtempSync(join(tmpdir(), "snapshot-test-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("writeSnapshot", () => {
  it("describes observations_full's columns as their own tables do (not as incentives' region or level)", async () => {
    const { tables } = await writeSnapshot(new URL("../../../data/", import.meta.url).pathname, out);
    const full = tables.find((t) => t.name === "observations_full")!;
    const description = (name: string) => full.columns.find((c) => c.name === name)?.description;
    const own = (table: typeof observations | typeof indicators, name: string) => table.columns.find((c) => c.name === name)!.description;
    for (const name of ["id", "region", "quote", "note", "date_basis", "target_type"])
      expect(description(name), name).toBe(own(observations, name));
    for (const name of ["carrier", "level", "measure", "unit"]) expect(description(name), name).toBe(own(indicators, name));
  });
});
