/** The list of disagreeing figures on /data/ (synthetic rows). */
import { describe, expect, it } from "vitest";
import { disagreementList, type ComparedRow } from "../../../src/lib/data/disagreement-list.ts";

const row = (id: string, period: string, date_basis: string, value: number, source: string, note = ""): ComparedRow => ({
  id,
  region: "990000",
  region_name: "示例省",
  indicator: "example",
  indicator_zh: "示例指标",
  kind: "actual",
  period,
  date_basis,
  value,
  value_as_printed: `${value}家`,
  qualifier: "exact",
  source,
  source_title: `来源${source}`,
  note,
});

describe("disagreementList", () => {
  it("lists one entry per place and indicator, each figure with its date's basis, source and note", () => {
    const rows = [row("t-1", "2022-05-05", "publication", 244, "甲", "说明甲"), row("t-2", "2022-12-30", "not_before", 219, "乙", "说明乙"), row("t-3", "2015-12-31", "printed", 100, "甲")];
    expect(disagreementList(rows)).toEqual([
      {
        anchor: "disagreement-990000-example",
        region: "990000",
        indicator: "example",
        title: "示例省：示例指标",
        figures: [
          { id: "t-1", printed: "244家", date: "截至2022-05-05（报道日期）", source: "来源甲", note: "说明甲" },
          { id: "t-2", printed: "219家", date: "不早于2022-12-30", source: "来源乙", note: "说明乙" },
        ],
      },
    ]);
  });

  it("has nothing to list when figures agree or do not overlap in time", () => {
    expect(disagreementList([row("t-1", "2015-12-31", "printed", 100, "甲"), row("t-2", "2021-12-31", "printed", 200, "乙")])).toEqual([]);
  });
});
