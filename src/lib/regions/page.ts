/**
 * A region page's view model (pure): everything /regions/<id>/ shows, computed once from the
 * publication's place index and the dataset, for src/pages/regions/[region].astro to lay out, in
 * the order a reader wants it: the place at a glance (its key figures, the latest of each
 * indicator, each with its date, source and where it stands among its peers: glance.ts), a link
 * to compare it with them; charts of its own past, its peers and the places under it
 * (charts.ts decides which); its targets and the incentives its policies promise; the articles
 * and policies that mention it; and last every figure, grouped by indicator.
 */
import type { ChartRequest } from "../charts/config.ts";
import { printed } from "../charts/common.ts";
import { incentiveItem } from "../charts/incentive-amounts.ts";
import type { PlaceIndex } from "../content/places.ts";
import type { ArticleEntry } from "../content/publication.ts";
import { targetLabel } from "../charts/when.ts";
import type { Citation, SourceRecord } from "../citation.ts";
import { cite } from "../data/observation-table.ts";
import { formatDate } from "../format.ts";
import type { Place } from "../places/regions.ts";
import { url } from "../urls.ts";
import { compareHref, MAX_PLACES } from "../compare/address.ts";
import { observationTable, type ObservationTableRow } from "../data/observation-table.ts";
import { isUnder, peerTest, regionCharts } from "./charts.ts";
import { indicatorOrder, latestFigures, newestFirst, peersInWords, type LatestFigure } from "./glance.ts";
import { CHILD_TILE_GRIDS, COUNTED, DEFAULT_WHOLE_LABEL, KEY_FIGURES, WHOLE_LABELS, type TileGridRule } from "./rules.ts";

import type { Incentive, Indicator, Observation } from "../data/tables.ts";

/** What the page draws on, indexed once per build (src/lib/server/site.ts). */
export interface RegionContext {
  places: Map<string, Place>;
  index: PlaceIndex;
  /** Every observation, for deciding which charts can be drawn. */
  observations: Observation[];
  figuresByRegion: Map<string, Observation[]>;
  /** Every observation by indicator, for the standings among peers. */
  figuresByIndicator: Map<string, Observation[]>;
  incentivesByRegion: Map<string, Incentive[]>;
  indicators: Map<string, Indicator>;
  sources: Map<string, SourceRecord>;
  /** The snapshot every chart on the page is drawn from. */
  snapshot: string;
}

/** A PeerBars chart's props (src/components/mdx/PeerBars.astro). */
export interface PeerBarsProps {
  indicator: string;
  parent: string;
  level: string;
  kind: "actual" | "target";
  unit: string;
  highlight?: string;
  caption: string;
  snapshot: string;
  fixedIndicator: boolean;
  note?: string;
}

/** A TargetTable chart's props (src/components/mdx/TargetTable.astro). */
export interface TargetTableProps {
  parent: string;
  source: string;
  wholeLabel: string;
  highlight?: string;
  caption: string;
  snapshot: string;
}

export interface RegionPage {
  place: Place;
  /** 行政区划代码 320000, or a zone's id. */
  code: string;
  parent?: { name: string; href?: string };
  /** The sections the page has, in order, for its contents line: id and heading. */
  sections: { id: string; label: string }[];
  /** The figures the page opens on (rules.ts: KEY_FIGURES of the key indicators first). */
  key: LatestFigure[];
  /** The latest figure of every other indicator. */
  otherLatest: LatestFigure[];
  /** A comparison of the place with its peers (for the country, of its provinces) on /compare/. */
  compare?: { href: string; text: string };
  /** How many figures the dataset has for the place. */
  figureCount: number;
  /** Every figure, one group per indicator (in the order of the glance), each a table's rows. */
  figureGroups: { id: string; name: string; href: string; rows: ObservationTableRow[] }[];
  /** Whether the place has actual figures (the 历年变化 section). */
  hasActual: boolean;
  /** Its own past: one chart per kind of count. */
  past: ChartRequest[];
  /** Indicators with a single figure, which no line can show. */
  single?: { lead: string; names: string };
  /** 各省份, 盐城市下辖各地 …: whom the peer charts compare it with. */
  peersOf: string;
  peers: PeerBarsProps[];
  /** 各省份, 江苏省下辖各地 …: the places under it. */
  childrenOf: string;
  childGrids: (Pick<TileGridRule, "grid" | "indicator"> & { snapshot: string })[];
  children: PeerBarsProps[];
  /**
   * The place's targets, one table per source (a plan sets many): each with its kind in words,
   * 到2025年, 2023—2025年每年, 2023—2025年累计.
   */
  targets: { source: Citation; items: { indicator: string; printed: string; when: string }[] }[];
  targetTables: TargetTableProps[];
  incentivesCaption: string;
  incentives: { item: string; amount: string; policy: string; date: string; source: Citation }[];
  /** The incentives as a chart, when there are two or more. */
  incentiveChart?: ChartRequest;
  articles: ArticleEntry[];
  policies: { href: string; title: string; date: string }[];
}

export function regionPage(id: string, context: RegionContext): RegionPage {
  const { places, index, indicators, sources, snapshot } = context;
  const place = places.get(id);
  if (!place) throw new Error(`no place ${id}`);
  const parent = places.get(place.parent);
  const figures = context.figuresByRegion.get(id) ?? [];
  const incentives = context.incentivesByRegion.get(id) ?? [];
  const name = (indicator: string) => indicators.get(indicator)?.name_zh ?? indicator;
  const unit = (indicator: string) => indicators.get(indicator)?.unit ?? "";
  /** What a group of indicators counts, for captions. */
  const counted = (indicator: string) => {
    const meta = indicators.get(indicator);
    return meta?.measure === "stock" ? (COUNTED[meta.carrier ?? ""] ?? "") : "";
  };
  const placeName = (code: string) => places.get(code)?.name ?? (code === "" ? "全国" : code);
  const plan = regionCharts(id, context.observations, places, indicators);
  const peersOf = place.kind === "province" ? "各省份" : parent ? `${parent.name}下辖各地` : "同级各地";
  const childrenOf = place.kind === "country" ? "各省份" : `${place.name}下辖各地`;
  const latest = latestFigures(id, figures, { ...context, byIndicator: context.figuresByIndicator });
  const order = indicatorOrder(indicators);
  const incentiveCount = incentives.length;
  const targets = figures.filter((o) => o.kind === "target");
  const has = {
    glance: latest.length > 0,
    past: figures.some((o) => o.kind === "actual"),
    peers: plan.peers.length > 0,
    children: plan.children.length > 0,
    targets: targets.length > 0,
    incentives: incentiveCount > 0,
    articles: index.articles(id).length > 0,
    policies: index.policies(id).length > 0,
    figures: figures.length > 0,
  };
  const headings: [keyof typeof has, string][] = [
    ["glance", "概况"],
    ["past", "历年变化"],
    ["peers", `与${peersOf}比较`],
    ["children", childrenOf],
    ["targets", "目标"],
    ["incentives", "奖补政策"],
    ["articles", "文章"],
    ["policies", "政策文件"],
    ["figures", "全部数字"],
  ];

  return {
    place,
    code: /^\d{6}$/.test(place.id) ? `行政区划代码 ${place.id}` : `园区/区域标识 ${place.id}`,
    parent: parent && { name: parent.name, href: index.hasPage(parent.id) ? url.region(parent.id) : undefined },
    sections: headings.filter(([key]) => has[key]).map(([key, label]) => ({ id: key, label })),
    key: latest.slice(0, KEY_FIGURES),
    otherLatest: latest.slice(KEY_FIGURES),
    compare: comparison(place, latest, context),
    figureCount: figures.length,
    figureGroups: [...new Set(figures.map((o) => o.indicator))].sort(order).map((indicator) => ({
      id: `figures-${indicator}`,
      name: name(indicator),
      href: url.indicator(indicator),
      rows: observationTable(
        figures.filter((o) => o.indicator === indicator),
        "indicator",
        context,
      ),
    })),
    hasActual: figures.some((o) => o.kind === "actual"),
    past: plan.past.map((group) => ({
      query: "region_series",
      params: { region: place.id, indicators: group.indicators.join(",") },
      chart: "series-over-time",
      options: { unit: group.unit },
      caption: `${place.name}${counted(group.indicators[0]!)}：${group.indicators.map(name).join("、")}（各口径分列，不相加）`,
      snapshot,
    })),
    single: plan.single.length > 0 ? { lead: plan.past.length > 0 ? "另有" : "", names: plan.single.map(name).join("、") } : undefined,
    peersOf,
    peers: plan.peers.map((p) => ({
      ...p.params,
      unit: unit(p.indicator),
      highlight: place.id,
      caption: `${name(p.indicator)}（{kind}）：${peersOf}{until}的数字（{year}）`,
      snapshot,
      fixedIndicator: true,
      note: "深色为本地区；各年份的数字分列，只在同一年份内排序。",
    })),
    childrenOf,
    childGrids:
      plan.children.length > 0
        ? CHILD_TILE_GRIDS.filter((rule) => rule.place === place.id || rule.kind === place.kind).map(({ grid, indicator }) => ({
            grid,
            indicator,
            snapshot,
          }))
        : [],
    children: plan.children.map((p) => ({
      ...p.params,
      unit: unit(p.indicator),
      caption: `${name(p.indicator)}（{kind}）：${childrenOf}{until}的数字（{year}）`,
      snapshot,
      fixedIndicator: true,
    })),
    targets: [...new Set(targets.map((t) => t.source))].map((source) => ({
      source: cite(source, sources),
      items: targets
        .filter((t) => t.source === source)
        .map((t) => ({
          indicator: name(t.indicator),
          printed: printed({ value_as_printed: t.value_as_printed, qualifier: t.qualifier }),
          when: targetLabel(t) || `${t.period}，${t.target_year}年`,
        })),
    })),
    targetTables: plan.targets.map((t) => ({
      parent: t.parent,
      source: t.source,
      wholeLabel: WHOLE_LABELS[places.get(t.parent)?.kind ?? ""] ?? DEFAULT_WHOLE_LABEL,
      highlight: t.whole ? undefined : place.id,
      caption: `${placeName(t.parent)}目标表：各县（市、区）和园区${t.whole ? "" : `，深色为${place.name}`}`,
      snapshot,
    })),
    incentivesCaption: `${place.name}：政策承诺的奖补金额（万元，按所印；“最高”为上限）`,
    incentives: incentives.map((i) => ({
      item: incentiveItem({ carrier: i.carrier ?? "", level: i.level ?? "", event: i.event ?? "" }),
      amount: printed({ value_as_printed: i.amount_as_printed, qualifier: i.amount_type === "cap" ? "cap" : "exact" }),
      policy: i.policy ?? "",
      date: i.policy_date ?? "",
      source: cite(i.source ?? "", sources),
    })),
    incentiveChart:
      incentives.length >= 2
        ? {
            query: "incentives_by_region",
            params: { region: place.id, source: "" },
            chart: "incentive-amounts",
            options: {},
            caption: `${place.name}：政策承诺的奖补金额，按载体类型与级别`,
            snapshot,
            labelHead: "地区",
          }
        : undefined,
    articles: index.articles(place.id),
    policies: index.policies(place.id).map((p) => ({ href: url.policy(p.id), title: p.data.title, date: formatDate(p.data.date) })),
  };
}

/**
 * The comparison a region page links to: the place and up to seven of its peers (for the
 * country, eight of its provinces) with a figure for the indicator that most of them have, the
 * places with the newest figures first, so that the comparison opens on figures of near dates.
 */
function comparison(place: Place, latest: LatestFigure[], context: RegionContext): RegionPage["compare"] {
  const { places } = context;
  const country = place.kind === "country";
  const isPeer = country ? (region: string) => isUnder(places, region, "", "province") : peerTest(places, place.id);
  if (!isPeer) return undefined;
  let best: { indicator: string; name: string; regions: string[] } | undefined;
  for (const { indicator, name } of latest) {
    const newest = new Map<string, Observation>();
    for (const o of [...(context.figuresByIndicator.get(indicator) ?? [])].sort(newestFirst))
      if (o.kind === "actual" && isPeer(o.region) && !newest.has(o.region)) newest.set(o.region, o);
    const regions = [...newest.values()].sort(newestFirst).map((o) => o.region);
    if (regions.length > (best?.regions.length ?? (country ? 1 : 0))) best = { indicator, name, regions };
  }
  if (!best) return undefined;
  const { noun } = peersInWords(place, places);
  const regions = country ? best.regions.slice(0, MAX_PLACES) : [place.id, ...best.regions.slice(0, MAX_PLACES - 1)];
  return {
    href: compareHref({ regions, indicator: best.indicator }),
    text: country ? `比较${regions.length}个省份的${best.name}` : `比较${place.name}与另外${regions.length - 1}个${noun}的${best.name}`,
  };
}
