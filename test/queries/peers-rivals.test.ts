/**
 * peers_latest's disputed figures (its rows with `rival_of`) are exactly what the charts' rule
 * (src/lib/charts/disagreements.ts) finds: for every indicator, among the provinces and among
 * Jiangsu's cities, on every release, each place's latest figure comes with every figure of
 * another source that disagrees with it, and with no other.
 */
import { describe, expect, it } from "vitest";
import { disagree, type FigureRow } from "../../src/lib/charts/disagreements.ts";
import { runNamed } from "../../src/lib/server/query.ts";
import { readReleases } from "../../src/lib/server/releases.ts";

const snapshots = readReleases().releases.map((r) => r.id);
const groups = [
  { parent: "", level: "province" },
  { parent: "320000", level: "city" },
];

describe.each(snapshots)("peers_latest's rival figures on %s", (snapshot) => {
  it("are the figures of other sources that disagree with each place's latest, and only those", async () => {
    const all = (await runNamed(snapshot, "figures_compared", {})) as unknown as (FigureRow & {
      id: string;
      region: string;
      indicator: string;
    })[];
    const indicators = [...new Set(all.map((r) => r.indicator))];
    let disputed = 0;
    for (const indicator of indicators) {
      for (const group of groups) {
        const rows = await runNamed(snapshot, "peers_latest", { indicator, ...group, kind: "actual", until: "", year: "" });
        for (const latest of rows.filter((r) => r.rival_of === null)) {
          const expected = all
            .filter((r) => r.region === latest.region && r.indicator === indicator && r.kind === "actual" && r.id !== latest.id)
            .filter((r) => disagree(r, latest as unknown as FigureRow))
            .map((r) => r.id)
            .sort();
          const found = rows
            .filter((r) => r.rival_of === latest.id)
            .map((r) => String(r.id))
            .sort();
          expect(found, `${indicator} ${latest.region}`).toEqual(expected);
          disputed += found.length;
        }
      }
    }
    // The data has at least one: Jiangsu's 244 national incubators and the late-2022 issue's 219.
    if (snapshot !== "2026-11-23") expect(disputed).toBeGreaterThan(0);
  });
});
