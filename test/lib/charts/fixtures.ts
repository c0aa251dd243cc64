/**
 * SYNTHETIC fixture rows for the chart specs: made up for these tests, not figures from any
 * source. Each set has the cases every spec must draw honestly: exact figures, approximate ones
 * (近/约), lower bounds (超过/以上/不少于), dates that rest on a publication or on an undated source
 * (not_before), figures from several years, figures that disagree, every kind of target, and rows
 * from a snapshot released before date_basis existed (NULL: unknown).
 */
const source = (n: string) => ({ source: `synthetic-${n}`, source_title: `合成来源${n}（测试用）` });

const s = (
  label: string,
  period: string | null,
  date_basis: string | null,
  value: number,
  printed: string,
  qualifier: string,
  from: string,
) => ({
  label,
  region: "990000",
  region_name: "示例省",
  indicator: label === "示例国家级孵化器" ? "example_national" : label === "示例孵化器" ? "example_all" : "example_other",
  kind: "actual",
  period,
  date_basis,
  value,
  value_as_printed: printed,
  qualifier,
  unit: "家",
  ...source(from),
});

/** A region's series: scopes apart; exact, 约, 超过, 近; publication and not_before dates; a disagreement; an undated figure. */
export const seriesV2 = [
  s("示例孵化器", "2015-12-31", "printed", 500, "500家", "exact", "甲"),
  s("示例孵化器", "2018", "year", 800, "约800家", "about", "甲"),
  s("示例孵化器", "2021-12-31", "printed", 1000, "1000家", "more_than", "乙"),
  s("示例孵化器", "2023-06-30", "publication", 1050, "近1050家", "nearly", "丙"),
  s("示例国家级孵化器", "2016-12-31", "printed", 100, "100家", "exact", "甲"),
  s("示例国家级孵化器", "2019-12-31", "printed", 150, "150家", "exact", "甲"),
  // 244 (two sources, end-2021 and "as of now" in May 2022) against 219 from an undated source
  // whose earliest date is 2022-12-30: their windows overlap, so they disagree.
  s("示例国家级孵化器", "2021-12-31", "printed", 244, "244家", "exact", "乙"),
  s("示例国家级孵化器", "2022-05-05", "publication", 244, "244家", "exact", "丙"),
  s("示例国家级孵化器", "2022-12-30", "not_before", 219, "219家", "exact", "丁"),
  s("示例国家级孵化器", null, "none", 300, "300家", "more_than", "戊"),
];

/** The same figures as a snapshot released before date_basis existed: every basis NULL. */
export const seriesOld = seriesV2.filter((r) => r.period !== null).map((r) => ({ ...r, date_basis: null }));

const p = (
  region: string,
  label: string,
  period: string | null,
  date_basis: string | null,
  value: number,
  printed: string,
  qualifier: string,
) => ({
  region,
  label,
  period,
  date_basis,
  value,
  value_as_printed: printed,
  qualifier,
  kind: "actual",
  unit: "家",
  ...source("甲"),
});

/** Provinces with figures from several years and of every certainty. */
export const provincesV2 = [
  p("320000", "江苏省", "2022-12-31", "printed", 200, "200家", "exact"),
  p("440000", "广东省", "2022", "year", 150, "约150家", "about"),
  p("330000", "浙江省", "2022-05-05", "publication", 120, "近120家", "nearly"),
  p("370000", "山东省", "2022-12-30", "not_before", 90, "90家", "exact"),
  p("620000", "甘肃省", "2019-12-31", "printed", 50, "50家", "more_than"),
  p("510000", "四川省", "2020", "year", 80, "80家", "at_least"),
];

/**
 * Provinces where one place's latest figure is disputed by another source (peers_latest gives the
 * disputing figure as a row of its own, `rival_of` naming the latest's id).
 */
export const provincesDisputed = [
  { ...p("320000", "江苏省", "2023-02-02", "publication", 244, "244家", "exact"), id: "t-1" },
  { ...p("320000", "江苏省", "2022-12-30", "not_before", 219, "219家", "exact"), id: "t-2", rival_of: "t-1", ...source("乙") },
  { ...p("330000", "浙江省", "2022-12-31", "printed", 109, "109家", "exact"), id: "t-3" },
  { ...p("440000", "广东省", "2022-12-31", "printed", 150, "150家", "exact"), id: "t-4" },
];

/** Jiangsu's cities, one of them from an older year. */
export const citiesV2 = [
  p("320500", "苏州市", "2022-12-31", "printed", 60, "60家", "exact"),
  p("320100", "南京市", "2022-05-05", "publication", 40, "约40家", "about"),
  p("320900", "盐城市", "2020-12-31", "printed", 10, "10家", "more_than"),
];

/** Targets of every kind, for peer bars: ranked only within one kind of target. */
const t = (
  region: string,
  label: string,
  period: string,
  target_type: string,
  target_year: number,
  value: number,
  printed: string,
  qualifier: string,
) => ({
  region,
  label,
  period,
  date_basis: "year",
  kind: "target",
  target_type,
  target_year,
  value,
  value_as_printed: printed,
  qualifier,
  unit: "家",
  ...source("甲"),
});

export const peerTargets = [
  t("990100", "东区", "2023/2025", "reach_by", 2025, 30, "30家", "exact"),
  t("990200", "西区", "2023/2025", "reach_by", 2025, 25, "25家", "more_than"),
  t("990300", "南区", "2023/2025", "each_year", 2025, 5, "5家", "more_than"),
  t("990400", "北区", "2023/2025", "each_year", 2025, 4, "4家", "exact"),
  t("990500", "中区", "2023/2025", "total_over", 2025, 20, "约20家", "about"),
];

/** A target table: one panel per indicator and kind of target; the whole printed in the title. */
const target = (label: string, indicator_zh: string, target_type: string, value: number, extra: Record<string, unknown> = {}) => ({
  label,
  indicator_zh,
  period: "2023/2025",
  date_basis: "year",
  kind: "target",
  target_type,
  target_year: 2025,
  value,
  value_as_printed: `${value}`,
  qualifier: "exact",
  ...source("甲"),
  ...extra,
});

export const targetsV2 = [
  target("示例市", "示例目标甲", "each_year", 10, { is_whole: true, qualifier: "more_than" }),
  target("东区", "示例目标甲", "each_year", 1),
  target("西区", "示例目标甲", "each_year", 2, { value_as_printed: "近2", qualifier: "nearly" }),
  target("示例经济技术开发区", "示例目标甲", "each_year", 3, { qualifier: "more_than" }),
  target("示例市", "示例目标甲", "total_over", 20, { is_whole: true }),
  target("东区", "示例目标甲", "total_over", 6),
  target("西区", "示例目标甲", "total_over", 8),
  target("示例市", "示例目标乙", "reach_by", 90, { is_whole: true }),
  target("东区", "示例目标乙", "reach_by", 40),
  target("西区", "示例目标乙", "reach_by", 50, { value_as_printed: "约50", qualifier: "about" }),
];

/** A whole and its parts: an exact whole, an approximate part and a lower bound. */
export const partsV2 = [
  {
    label: "示例载体总数",
    role: "whole",
    period: "2022-05-05",
    date_basis: "publication",
    value: 300,
    value_as_printed: "300家",
    qualifier: "exact",
    ...source("甲"),
  },
  {
    label: "示例孵化器",
    role: "part",
    period: "2022-05-05",
    date_basis: "publication",
    value: 120,
    value_as_printed: "约120家",
    qualifier: "about",
    ...source("甲"),
  },
  {
    label: "示例众创空间",
    role: "part",
    period: "2022-05-05",
    date_basis: "publication",
    value: 150,
    value_as_printed: "150家",
    qualifier: "more_than",
    ...source("甲"),
  },
];
