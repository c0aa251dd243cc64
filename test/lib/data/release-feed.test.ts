/** The data releases feed's items (synthetic manifests). */
import { describe, expect, it } from "vitest";
import { releaseFeedItems } from "../../../src/lib/data/release-feed.ts";
import type { Manifest } from "../../../src/lib/data/releases.ts";

const manifest = (id: string, rows?: Manifest["changes"]["rows"]): Manifest => ({
  id,
  released: id,
  duckdb: "v1",
  changes: { note: `说明 ${id}`, tables: [{ name: "observations", rows: 3 }], rows },
  tables: [],
});

describe("releaseFeedItems", () => {
  it("gives one item per release, newest first, with its note and its changes in counts", () => {
    const items = releaseFeedItems(
      [
        manifest("2026-01-01"),
        manifest("2026-02-01", [
          { table: "observations", columnsAdded: ["date_basis"], columnsRemoved: [], rows: [{ id: "t-1", change: "added", reason: "" }] },
        ]),
      ],
      (id) => `/data/#release-${id}`,
    );
    expect(items.map((i) => [i.title, i.link])).toEqual([
      ["数据快照 2026-02-01", "/data/#release-2026-02-01"],
      ["数据快照 2026-01-01", "/data/#release-2026-01-01"],
    ]);
    expect(items[0]!.description).toBe("说明 2026-02-01\n变更：observations：新增 1，修改 0，删除 0，新列 date_basis。\n共 observations 3 行。");
    expect(items[1]!.description).toContain("首个快照。");
    expect(items[0]!.pubDate.toISOString()).toBe("2026-02-01T04:00:00.000Z");
  });
});
