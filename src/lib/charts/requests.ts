/**
 * What each chart component in src/components/mdx/ asks of a chart, as one pure function per
 * component: its props (as an editor writes them in MDX, or as a region page's view model gives
 * them) → the ChartRequest that Chart.astro builds. The components call these, and so does the
 * chart registry (src/lib/server/chart-registry.ts), which reads the same props out of the MDX
 * files to give every chart a page of its own: one function, so that a chart's page is always the
 * chart the article draws.
 *
 * The choices a control can offer come from the dataset (`ChartChoices`, read by
 * src/lib/server/chart-choices.ts); the build then keeps the options that draw something.
 */
import type { ChartRequest } from "./config.ts";
import { indicatorControl, kindControl, levelControl, scopesControl, untilControl, yearControl, type Control } from "./controls.ts";

/** What the dataset offers the controls: every indicator with its name, and the years figures are dated in (latest first). */
export interface ChartChoices {
  indicators: { id: string; name: string }[];
  years: number[];
}

/** An indicator's Chinese name, or its id when the dataset does not know it. */
export function indicatorName(choices: ChartChoices, id: string): string {
  return choices.indicators.find((i) => i.id === id)?.name ?? id;
}

/** `<RegionSeries>`: a region's figures over time, one line per indicator. */
export interface RegionSeriesProps {
  /** A code or zone id. */
  region: string;
  /** Ids from data/indicators.csv, comma-separated. */
  indicators: string;
  caption: string;
  unit?: string;
  /** Snapshot the chart was written against; the latest release when absent. */
  snapshot?: string;
  /** Offer the other kinds of carrier (when `indicators` is one of scopesControl's sets). */
  scopes?: boolean;
}

export function regionSeriesRequest({
  region,
  indicators,
  caption,
  unit = "家",
  snapshot,
  scopes = false,
}: RegionSeriesProps): ChartRequest {
  return {
    query: "region_series",
    params: { region, indicators },
    chart: "series-over-time",
    options: { unit },
    caption,
    snapshot,
    controls: scopes ? [scopesControl()] : [],
  };
}

/** `<PeerBars>`: places side by side for one indicator, each bar with its figure's date. */
export interface PeerBarsProps {
  indicator: string;
  /** The code the places share ('' for provinces, 320000 for Jiangsu's cities). */
  parent?: string;
  /** province, city, or '' for any (counties and zones). */
  level?: string;
  kind?: "actual" | "target";
  caption: string;
  unit?: string;
  /** A place to emphasise (code or zone id). */
  highlight?: string;
  snapshot?: string;
  /** No indicator control: the page has a chart per indicator already. */
  fixedIndicator?: boolean;
  note?: string;
}

/**
 * The choices a peer chart offers: another indicator (unless the page has a chart per indicator
 * already), the date (latest, or up to the end of a year), only the figures of one year, actual
 * figures or targets, and below a city the counties alone or with the zones.
 */
export function peerControls(
  choices: ChartChoices,
  { parent, level, fixedIndicator }: { parent: string; level: string; fixedIndicator: boolean },
): Control[] {
  // Below a city, counties and zones can be compared together or the counties alone.
  const underCity = parent !== "" && (level === "" || level === "county");
  return [
    ...(fixedIndicator ? [] : [indicatorControl(choices.indicators)]),
    untilControl(choices.years),
    yearControl(choices.years),
    kindControl(),
    ...(underCity ? [levelControl()] : []),
  ];
}

export function peerBarsRequest(props: PeerBarsProps, choices: ChartChoices): ChartRequest {
  const {
    indicator,
    parent = "",
    level = "",
    kind = "actual",
    caption,
    unit = "家",
    highlight,
    snapshot,
    fixedIndicator = false,
    note = "每根柱子标有其数字的时间；各年份的数字分列，只在同一年份内排序。",
  } = props;
  return {
    query: "peers_latest",
    params: { indicator, parent, level, kind, until: "", year: "" },
    chart: "peer-bars",
    options: { unit, highlight },
    caption,
    snapshot,
    labelHead: "地区",
    note,
    controls: peerControls(choices, { parent, level, fixedIndicator: Boolean(fixedIndicator) }),
  };
}

/** The places each tile grid draws, as the parent and level of peers_latest. */
export const TILE_GRID_PLACES = {
  provinces: { parent: "", level: "province" },
  jiangsu: { parent: "320000", level: "city" },
} as const;

/** `<TileGrid>`: the 31 provinces or Jiangsu's 13 cities, coloured by one indicator's latest figure. */
export interface TileGridProps {
  grid: keyof typeof TILE_GRID_PLACES;
  indicator: string;
  caption?: string;
  snapshot?: string;
}

/** The choices a tile grid offers: another indicator, the date, and only the figures of one year. */
export function tileGridControls(choices: ChartChoices): Control[] {
  return [indicatorControl(choices.indicators), untilControl(choices.years), yearControl(choices.years)];
}

/** The tile grids /regions/ opens with (src/pages/regions/index.astro), which the chart registry gives pages too. */
export const REGIONS_INDEX_GRIDS: TileGridProps[] = [
  { grid: "provinces", indicator: "national_incubators" },
  { grid: "jiangsu", indicator: "provincial_plus_incubators" },
];

export function tileGridRequest({ grid, indicator, caption, snapshot }: TileGridProps, choices: ChartChoices): ChartRequest {
  const provinces = grid === "provinces";
  const places = TILE_GRID_PLACES[grid] ?? TILE_GRID_PLACES.jiangsu;
  return {
    query: "peers_latest",
    params: { indicator, ...places, kind: "actual", until: "", year: "" },
    chart: provinces ? "province-tile-grid" : "jiangsu-tile-grid",
    options: { label: indicatorName(choices, indicator) },
    caption: caption ?? `${provinces ? "各省份" : "江苏各设区市"}{indicator}：各地{until}的数字（{year}；灰色为无数据）`,
    snapshot,
    labelHead: "地区",
    note: "灰色为数据集中没有数字的地区（不是零）；各地数字的时间不同，每格标有年份。",
    controls: tileGridControls(choices),
  };
}

/** `<TargetTable>`: a policy's target table as small multiples, one panel per indicator. */
export interface TargetTableProps {
  parent: string;
  source: string;
  caption: string;
  wholeLabel?: string;
  /** A place to emphasise (its bars dark). */
  highlight?: string;
  snapshot?: string;
}

export function targetTableRequest({ parent, source, caption, wholeLabel = "全市", highlight, snapshot }: TargetTableProps): ChartRequest {
  return {
    query: "targets_by_parent",
    params: { parent, source },
    chart: "small-multiples",
    options: { wholeLabel, highlight },
    caption,
    snapshot,
    labelHead: "地区",
    note: `每个面板按其中最大的数字缩放；标题括号内为${wholeLabel}目标（所印数字，不是各地之和）。`,
  };
}

/** `<Incentives>`: the incentive amounts an article reports, by paying region, carrier kind and level. */
export interface IncentivesProps {
  /** The article's content id, as in data/sources.csv. */
  source?: string;
  /** One paying region. */
  region?: string;
  caption: string;
  snapshot?: string;
}

export function incentivesRequest({ source = "", region = "", caption, snapshot }: IncentivesProps): ChartRequest {
  return {
    query: "incentives_by_region",
    params: { region, source },
    chart: "incentive-amounts",
    options: {},
    caption,
    snapshot,
    labelHead: "地区",
  };
}

/** `<PartsOfWhole>`: a printed whole and its printed parts at one date. */
export interface PartsOfWholeProps {
  region: string;
  whole: string;
  parts: string;
  period: string;
  caption: string;
  unit?: string;
  snapshot?: string;
}

export function partsOfWholeRequest({ region, whole, parts, period, caption, unit = "家", snapshot }: PartsOfWholeProps): ChartRequest {
  return {
    query: "region_parts",
    params: { region, whole, parts, period },
    chart: "parts-of-whole",
    options: { unit },
    caption,
    snapshot,
    labelHead: "指标",
    note: "上为所印总数，下为所印各部分（不另作加总）。",
  };
}

/**
 * Each chart component by the name MDX knows it by, with its request function: what the registry
 * uses to turn a component written in an article into the chart it draws.
 */
export const CHART_COMPONENTS: Record<string, (props: Record<string, unknown>, choices: ChartChoices) => ChartRequest> = {
  RegionSeries: (props) => regionSeriesRequest(props as unknown as RegionSeriesProps),
  PeerBars: (props, choices) => peerBarsRequest(props as unknown as PeerBarsProps, choices),
  TileGrid: (props, choices) => tileGridRequest(props as unknown as TileGridProps, choices),
  TargetTable: (props) => targetTableRequest(props as unknown as TargetTableProps),
  Incentives: (props) => incentivesRequest(props as unknown as IncentivesProps),
  PartsOfWhole: (props) => partsOfWholeRequest(props as unknown as PartsOfWholeProps),
};
