/** The row-level changelog between two snapshots (synthetic rows). */
import { describe, expect, it } from "vitest";
import { countChanges, diffTable } from "../../../src/lib/data/changelog.ts";

const before = {
  columns: ["id", "period", "value", "note"],
  rows: [
    { id: "t-1", period: "2022-12-31", value: "1000", note: "" },
    { id: "t-2", period: "2022", value: "5", note: "" },
    { id: "t-10", period: "2021", value: "7", note: "" },
  ],
};
const after = {
  columns: ["id", "period", "date_basis", "value", "note"],
  rows: [
    { id: "t-1", period: "2022-12-30", date_basis: "not_before", value: "1000", note: "The issue prints no date." },
    { id: "t-2", period: "2022", date_basis: "year", value: "5", note: "" },
    { id: "t-3", period: "2023", date_basis: "year", value: "9", note: "New." },
  ],
};

describe("diffTable", () => {
  it("lists added, changed (old → new, with the note) and removed rows, and new columns once", () => {
    const { changes, unexplained } = diffTable("observations", "id", before, after, new Map([["t-10", "A maker space, not an incubator."]]));
    expect(unexplained).toEqual([]);
    expect(changes.columnsAdded).toEqual(["date_basis"]);
    expect(changes.columnsRemoved).toEqual([]);
    expect(changes.rows).toEqual([
      { id: "t-1", change: "changed", fields: [{ name: "period", old: "2022-12-31", new: "2022-12-30" }, { name: "note", old: "", new: "The issue prints no date." }], reason: "The issue prints no date." },
      { id: "t-3", change: "added", reason: "New." },
      { id: "t-10", change: "removed", reason: "A maker space, not an incubator." },
    ]);
    expect(countChanges(changes)).toEqual({ added: 1, changed: 1, removed: 1 });
  });

  it("names removed rows that have no reason", () => {
    expect(diffTable("observations", "id", before, after).unexplained).toEqual(["t-10"]);
  });
});
