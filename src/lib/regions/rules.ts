/**
 * What a region page does differently for particular places or kinds of place, as data: the
 * page's code reads these tables and names no place itself.
 */

export interface TileGridRule {
  /** The place whose page shows the grid: by id, or every place of a kind. */
  place?: string;
  kind?: string;
  /** The tile grid of exactly the places under it (src/components/mdx/TileGrid.astro). */
  grid: "provinces" | "jiangsu";
  indicator: string;
}

/**
 * Tile grids shown above the charts of the places under a place: the country's provinces, and
 * Jiangsu's 13 cities (the only province with a city grid).
 */
export const CHILD_TILE_GRIDS: TileGridRule[] = [
  { place: "320000", grid: "jiangsu", indicator: "national_incubators" },
  { kind: "country", grid: "provinces", indicator: "national_incubators" },
];

/**
 * What a target table calls its whole (the figure printed for the parent itself, not a sum), by
 * the parent's kind: a city's table prints 全市. Otherwise the default.
 */
export const WHOLE_LABELS: Record<string, string> = { city: "全市" };
export const DEFAULT_WHOLE_LABEL = "合计（所印）";

/** What a stock of each carrier counts, for a chart caption: 江苏省科技企业孵化器：… */
export const COUNTED: Record<string, string> = {
  incubator: "科技企业孵化器",
  maker_space: "众创空间",
  carrier: "双创载体",
  incubated_firm: "在孵企业",
  university_science_park: "大学科技园",
  accelerator: "加速器",
  science_enclave: "科创飞地",
};

/**
 * The figures a place's page opens on, in this order: the counts of carriers a reader asks about
 * first (all of them, then each kind, then the national ones), then the firms they incubate. A
 * place shows the first KEY_FIGURES of these it has figures for, then any other indicator; the
 * latest figure of every other indicator follows in a list of its own.
 */
export const KEY_INDICATORS = [
  "carriers",
  "incubators",
  "national_incubators",
  "maker_spaces",
  "national_maker_spaces",
  "incubated_firms",
  "provincial_plus_incubators",
  "provincial_plus_maker_spaces",
  "national_university_science_parks",
  "accelerators",
  "science_enclaves",
  "provincial_plus_carriers",
  "national_carriers",
  "municipal_plus_incubators",
  "municipal_plus_maker_spaces",
];

/** How many figures the page opens on: two rows of cards on a desktop, so the first chart stays near. */
export const KEY_FIGURES = 6;

/** After the key indicators, the others by what they measure: counts first, shares last. */
export const MEASURE_ORDER = ["stock", "flow", "list", "evaluation", "share"];

/** What the places compared with a place are called in its standing: 省份, or 地区 under a city. */
export const PEER_NOUN: Record<string, string> = { province: "省份", city: "城市" };
export const DEFAULT_PEER_NOUN = "地区";
