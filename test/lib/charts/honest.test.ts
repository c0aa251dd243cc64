/**
 * Honest drawing, spec by spec, from SYNTHETIC fixtures (fixtures.ts; not figures from any
 * source): exact figures, approximate ones (近/约) and lower bounds (超过/以上/不少于) look different
 * and the key says how; figures that disagree are separate marks, never one line, and said to
 * disagree; a comparison of figures from several years sets the older ones apart, faded and with
 * their year, and never ranks across years; dates that rest on a publication or an undated source
 * say so; every kind of target says which it is; a snapshot without date_basis draws as before.
 */
import { describe, expect, it } from "vitest";
import { partsOfWhole } from "../../../src/lib/charts/parts-of-whole.ts";
import { peerBars } from "../../../src/lib/charts/peer-bars.ts";
import { seriesOverTime } from "../../../src/lib/charts/series-over-time.ts";
import { smallMultiples } from "../../../src/lib/charts/small-multiples.ts";
import { chartTable } from "../../../src/lib/charts/table.ts";
import { jiangsuTileGrid, provinceTileGrid } from "../../../src/lib/charts/tile-grid.ts";
import { yearControl } from "../../../src/lib/charts/controls.ts";
import { chartSources, disagreementNote, periodSpan } from "../../../src/lib/charts/figure-text.ts";
import { citiesV2, partsV2, peerTargets, provincesDisputed, provincesV2, seriesOld, seriesV2, targetsV2 } from "./fixtures.ts";
import { draw, snapshot } from "./snapshot.ts";

/** The data a Plot mark was given (marks keep it as `data`). */
const markData = (mark: unknown) => (mark as { data: Record<string, unknown>[] }).data;

/** The vertical position of each <text> (Plot places them with a translate), by its text. */
const ys = (svg: string) =>
  new Map(
    [...svg.matchAll(/<text[^>]*transform="translate\(([-\d.]+),([-\d.]+)\)"[^>]*(?<!\/)>([\s\S]*?)<\/text>/g)].map((m) => [
      m[3]!.replace(/<[^>]+>/g, "").replace(/\s*\n\s*/g, ""),
      Number(m[2]),
    ]),
  );

/** Texts of the SVG's <text> elements, tspans joined. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*(?<!\/)>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, "").replace(/\s*\n\s*/g, ""));

describe("series over time", () => {
  const spec = seriesOverTime(seriesV2, { unit: "家" });

  it("marks exact, approximate and lower-bound figures apart, and keys them", () => {
    const svg = snapshot("series-over-time-v2", spec);
    snapshot("series-over-time-v2-340", seriesOverTime(seriesV2, { unit: "家", width: 340 }));
    const words = texts(svg);
    for (const label of ["确数", "约数（近、约）", "下限（超过、以上、不少于）"]) expect(words).toContain(label);
    // 约800 and 近1050: a ring with a dot in it (the dot's radius is 1.6); nothing else has one.
    expect(svg.match(/M1\.6,0A1\.6/g)).toHaveLength(2);
    expect(svg.match(/r="1\.6"/g)).toHaveLength(1 /* the key's swatch */);
    // The tooltip prints the figure as printed, with its qualifier.
    expect(svg).toContain("约800家");
    expect(svg).toContain("近1050家");
  });

  it("never joins figures that disagree, marks them per source and says so", () => {
    const line = markData(spec.marks![0]);
    const joined = line.map((d) => `${d.value}@${d.period}`);
    expect(joined).not.toContain("219@2022-12-30");
    expect(joined).not.toContain("244@2021-12-31");
    expect(joined).not.toContain("244@2022-05-05");
    // The undisputed figures of the same line are still joined.
    expect(joined).toEqual(expect.arrayContaining(["100@2016-12-31", "150@2019-12-31"]));
    const svg = draw(spec);
    expect(texts(svg)).toContain("来源不一致");
    expect(texts(svg)).toContain("来源不一致：按来源分列，不连线");
    // One symbol per source among the disputed figures: triangle, square, diamond paths.
    const disputed = markData(spec.marks![1]).filter((d) => d.symbol !== "circle");
    expect(new Set(disputed.map((d) => d.symbol)).size).toBe(3);
    expect(new Set(disputed.map((d) => d.source)).size).toBe(3);
  });

  it("dates from a publication or an undated source say so; an undated figure is not on the axis", () => {
    const svg = draw(spec);
    expect(svg).toContain("时间：截至2022-05-05（报道日期）");
    expect(svg).toContain("时间：不早于2022-12-30");
    // The not_before figure has an arrow after it, and the key says what it means.
    expect(texts(svg)).toContain("不早于该日（来源未注明日期）");
    expect(texts(svg).filter((t) => t === "→")).toHaveLength(2 /* the figure and the key */);
    // 超过300家 has no date: listed under the chart, never among the positioned marks.
    for (const mark of spec.marks!.slice(0, 4)) expect(markData(mark)?.some((d) => d.value === 300) ?? false).toBe(false);
    expect(texts(svg).join("")).toContain("不在时间轴上：示例国家级孵化器 超过300家（未注明日期");
  });

  it("a snapshot without date_basis draws as it always did: periods as stored, nothing flagged", () => {
    const old = seriesOverTime(seriesOld, { unit: "家" });
    const svg = snapshot("series-over-time-old-snapshot", old);
    expect(texts(svg)).not.toContain("来源不一致");
    expect(svg).toContain("时间：2022-12-30");
    expect(svg).not.toContain("报道日期");
    expect(markData(old.marks![0]).map((d) => d.value)).toContain(219);
  });
});

describe("tile grids", () => {
  it("print each figure's year, fade the older ones, and mark approximate figures and lower bounds", () => {
    const svg = snapshot("province-tile-grid-v2", provinceTileGrid(provincesV2, { label: "示例指标（家）" }));
    snapshot("province-tile-grid-v2-340", provinceTileGrid(provincesV2, { label: "示例指标（家）", width: 340 }));
    const words = texts(svg).join("|");
    for (const tile of [
      "江苏200家2022年",
      "广东约150家2022年",
      "浙江近120家2022年",
      "山东90家不早于2022",
      "甘肃超过50家2019年",
      "四川不少于80家2020年",
    ])
      expect(words).toContain(tile);
    // Two figures from before 2022, faded; the key says so.
    expect(svg.match(/fill-opacity="0.35"/g)).toHaveLength(1 + 1 /* the mark's group and the key swatch */);
    expect(texts(svg)).toContain("早于2022年或日期不详（淡色）");
    // 近/约 get a ≈ in the corner (two tiles and the key); lower bounds a dashed outline.
    expect(texts(svg).filter((t) => t === "≈")).toHaveLength(3);
    expect(texts(svg)).toContain("约数（近、约）");
    expect(svg).toContain('stroke-dasharray="3,2"');
    expect(svg).toContain("时间：截至2022-05-05（报道日期）");
    expect(svg).toContain("时间：不早于2022-12-30");
  });

  it("print a disputed place's figures side by side, the latest first, with a ≠, and key it", () => {
    const svg = snapshot("province-tile-grid-disputed", provinceTileGrid(provincesDisputed, { label: "示例指标（家）" }));
    expect(texts(svg).join("|")).toContain("江苏244家219家2023年");
    expect(texts(svg).filter((t) => t === "≠")).toHaveLength(2 /* the tile and the key */);
    expect(texts(svg)).toContain("来源不一致（各来源的数字并列）");
    // The tile's tooltip names both figures with their dates and sources.
    expect(svg).toMatch(/244家[\s\S]*时间：截至2023-02-02（报道日期）[\s\S]*——[\s\S]*219家[\s\S]*时间：不早于2022-12-30/);
    // Colour and rank come from the latest alone: the disputing figure is no tile of its own.
    expect(texts(svg).filter((t) => t.startsWith("江苏"))).toHaveLength(1);
  });

  it("Jiangsu's grid the same way", () => {
    const svg = snapshot("jiangsu-tile-grid-v2", jiangsuTileGrid(citiesV2, { label: "示例指标（家）" }));
    expect(texts(svg).join("|")).toContain("盐城超过10家2020年");
    expect(texts(svg)).toContain("早于2022年或日期不详（淡色）");
  });
});

describe("peer bars", () => {
  const spec = peerBars(provincesV2, { unit: "家", highlight: "320000" });

  it("rank only within a year: older years set apart under their year, faded", () => {
    const svg = snapshot("peer-bars-v2", spec);
    snapshot("peer-bars-v2-340", peerBars(provincesV2, { unit: "家", width: 340 }));
    const words = texts(svg);
    const y = ys(svg);
    const order = (name: string) => y.get(name) ?? NaN;
    // 2022 first, ranked by value; then 2020, then 2019, each under its heading.
    expect(order("2022年的数字")).toBeLessThan(order("江苏"));
    expect(["江苏", "广东", "浙江", "山东"].map(order)).toEqual([...["江苏", "广东", "浙江", "山东"].map(order)].sort((a, b) => a - b));
    expect(order("山东")).toBeLessThan(order("2020年的数字（较早，不与上面的数字比较）"));
    expect(order("2020年的数字（较早，不与上面的数字比较）")).toBeLessThan(order("四川"));
    expect(order("四川")).toBeLessThan(order("2019年的数字（较早，不与上面的数字比较）"));
    expect(order("2019年的数字（较早，不与上面的数字比较）")).toBeLessThan(order("甘肃"));
    // Faded: the two older bars (one group per certainty) and the key's swatch.
    expect(svg.match(/opacity="0.45"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(words).toContain("较早年份或日期不详（淡色，分列）");
  });

  it("label each bar with its date as the quote has it, and mark 近/约 and lower bounds", () => {
    const words = texts(draw(spec));
    for (const label of [
      "约150家，2022",
      "近120家，截至2022-05-05（报道日期）",
      "90家，不早于2022-12-30",
      "超过50家，2019-12-31",
      "不少于80家，2020",
    ])
      expect(words).toContain(label);
    for (const label of ["确数", "约数（近、约）", "下限（超过、以上、不少于）"]) expect(words).toContain(label);
    const approximate = spec.marks!.flatMap(markData).filter((d) => d?.certainty === "approximate");
    expect([...new Set(approximate.map((d) => d.label))].sort()).toEqual(["广东省", "浙江省"]);
  });

  it("give a disputed place's other source a bar of its own, under the place's latest, with a ≠", () => {
    const svg = snapshot("peer-bars-disputed", peerBars(provincesDisputed, { unit: "家" }));
    const words = texts(svg);
    const at = (text: string) => words.findIndex((t) => t.includes(text));
    expect(words.some((t) => t.startsWith("另一来源：219家"))).toBe(true);
    // The place's latest, then its disputing figure, then the next place: no ranking splits them.
    expect(at("244家")).toBeLessThan(at("另一来源：219家"));
    expect(at("另一来源：219家")).toBeLessThan(at("150家"));
    expect(words).toContain("来源不一致（各来源一根柱）");
  });

  it("targets: one group per kind of target, each saying which", () => {
    const svg = snapshot("peer-bars-targets", peerBars(peerTargets, { unit: "家" }));
    const words = texts(svg);
    for (const heading of ["目标：到2025年", "目标：2023—2025年每年", "目标：2023—2025年累计"]) expect(words).toContain(heading);
    expect(words).toContain("超过5家，2023—2025年每年");
    expect(words).toContain("约20家，2023—2025年累计");
    // A total is never ranked against an annual amount: 中区 (20, total) is in its own group.
    const y = ys(svg);
    expect(y.get("中区")).toBeGreaterThan(y.get("目标：2023—2025年累计")!);
    expect(y.get("北区")).toBeLessThan(y.get("目标：2023—2025年累计")!);
  });
});

describe("small multiples", () => {
  it("one panel per indicator and kind of target, each titled with it; 近/约 and lower bounds marked", () => {
    const spec = smallMultiples(targetsV2, {});
    const svg = snapshot("small-multiples-v2", spec);
    snapshot("small-multiples-v2-340", smallMultiples(targetsV2, { width: 340 }));
    const words = texts(svg);
    expect(words).toContain("示例目标甲（2023—2025年每年；全市：超过10）");
    expect(words).toContain("示例目标甲（2023—2025年累计；全市：20）");
    expect(words).toContain("示例目标乙（到2025年；全市：90）");
    for (const label of ["确数", "约数（近、约）", "下限（超过、以上、不少于）"]) expect(words).toContain(label);
    expect(words).toEqual(expect.arrayContaining(["近2", "约50", "超过3"]));
    // Each panel is scaled to its own largest figure: 8 is the whole bar in the total's panel.
    const bars = spec.marks!.flatMap(markData).filter((d) => d?.share !== undefined);
    expect(bars.find((d) => d.value === 8)!.share).toBe(1);
    expect(bars.find((d) => d.value === 3 && d.target_type === "each_year")!.share).toBe(1);
  });
});

describe("parts of a whole", () => {
  it("marks an approximate part and a lower bound, and keys them", () => {
    const svg = snapshot("parts-of-whole-v2", partsOfWhole(partsV2, { unit: "家" }));
    const words = texts(svg);
    expect(words).toEqual(
      expect.arrayContaining(["示例孵化器约120家", "示例众创空间超过150家", "约数（近、约）", "下限（超过、以上、不少于）"]),
    );
    expect(svg).toContain("时间：截至2022-05-05（报道日期）");
  });
});

describe("words around a chart", () => {
  it("the data table prints figures as printed and dates with their basis, targets with their kind", () => {
    const table = chartTable([...seriesV2, ...peerTargets.slice(0, 1)], "系列");
    expect(table.body.map((r) => r[1])).toEqual([
      "2015-12-31",
      "2018",
      "2021-12-31",
      "截至2023-06-30（报道日期）",
      "2016-12-31",
      "2019-12-31",
      "2021-12-31",
      "截至2022-05-05（报道日期）",
      "不早于2022-12-30",
      "未注明日期",
      "到2025年",
    ]);
    expect(table.body.map((r) => r[2])).toEqual(expect.arrayContaining(["约800家", "超过1000家", "近1050家"]));
  });

  it("say that figures disagree, naming each with its date and source", () => {
    const { text: note, explained } = disagreementNote(seriesV2);
    expect(explained).toEqual([{ href: "/data/#disagreement-990000-example_national", label: "示例省示例国家级孵化器" }]);
    expect(note).toMatch(/^来源不一致：示例省示例国家级孵化器 244家（2021-12-31，合成来源乙（测试用））、/);
    expect(note).toContain("219家（不早于2022-12-30，合成来源丁（测试用））");
    expect(note).toMatch(/为何不一致，见：$/);
    expect(disagreementNote(seriesOld)).toEqual({ text: "", explained: [] });
  });

  it("the span of dates leaves undated figures out; sources once each", () => {
    expect(periodSpan(seriesV2)).toBe("2015-12-31 至 2023-06-30");
    // Targets over one plan period (a city's counties, 2023—2025) read as the span once, not as
    // "2023/2025 至 2023/2025"; spans and years among other periods by their ends.
    expect(periodSpan([{ period: "2023/2025" }, { period: "2023/2025" }])).toBe("2023—2025年");
    expect(periodSpan([{ period: "2023/2025" }, { period: "2024" }, { period: "" }])).toBe("2023 至 2025");
    expect(periodSpan([{ period: "2021" }, { period: "2021" }])).toBe("2021");
    expect(periodSpan([{ period: "2021-12-31" }, { period: "2021-12-31" }])).toBe("2021-12-31");
    expect(periodSpan([{ period: "2021/2022" }, { period: "2022-06-30" }])).toBe("2021 至 2022-06-30");
    expect(chartSources(seriesV2).map((s) => s.id)).toEqual([
      "synthetic-甲",
      "synthetic-乙",
      "synthetic-丙",
      "synthetic-丁",
      "synthetic-戊",
    ]);
  });

  it("the year control offers each year, and every year's figures alone", () => {
    expect(yearControl([2022, 2020, 0]).options).toEqual([
      { value: "", label: "各年份" },
      { value: "2022", label: "只看2022年的数字" },
      { value: "2020", label: "只看2020年的数字" },
    ]);
  });
});
