/**
 * Where a place stands among its peers for one indicator, said only where the figures are
 * comparable: the same indicator (so the same scope), actual figures, and the same year
 * (when.ts, figureYear: the year a figure belongs to when figures are compared, as the peer
 * charts' year control reads it). Figures of different years or of another indicator are never
 * ranked together, and undated figures never at all. Pure.
 *
 * A rank is stated only as far as the figures settle it. A figure printed as a lower bound
 * (超过1000家, 不少于) may be anywhere above its bound, and a place whose figures for the year
 * disagree may be anywhere between them, so each place's figures for the year are read as a range
 * and a peer is counted above (or below) only when its whole range is. What is left open makes
 * the rank a span: 第2—4位. 近/约 figures are ranked by the number printed, as the charts draw them.
 */
import { printed } from "../charts/common.ts";
import { figureYear } from "../charts/when.ts";

export interface StandingFigure {
  region: string;
  period: string;
  date_basis?: string | null;
  value: string | number;
  value_as_printed: string;
  qualifier: string;
}

export interface Standing {
  year: number;
  /** The place's figures in that year, as printed (several when its sources differ). */
  figures: string[];
  /** How many places (itself included) have a figure for the year. */
  count: number;
  best: number;
  worst: number;
  /** Places with the same figure share the rank (并列). */
  tied: boolean;
}

/** The values a place's figures for a year may take: from `low` to `high`, each end open or closed. */
interface Range {
  low: number;
  lowOpen: boolean;
  high: number;
  /** Some figure is 近 or 约: never "the same" as another figure, even one printed alike. */
  approximate: boolean;
}

function rangeOf(figures: StandingFigure[]): Range {
  let range: Range = { low: Infinity, lowOpen: false, high: -Infinity, approximate: false };
  for (const f of figures) {
    if (f.qualifier === "nearly" || f.qualifier === "about") range.approximate = true;
    const v = Number(f.value);
    const bound = f.qualifier === "more_than" || f.qualifier === "at_least";
    const low = { low: v, lowOpen: f.qualifier === "more_than" };
    if (v < range.low || (v === range.low && !low.lowOpen)) range = { ...range, ...low };
    range.high = Math.max(range.high, bound ? Infinity : v);
  }
  return range;
}

/** Whether every value `a` may take is above every value `b` may take. */
const above = (a: Range, b: Range) => a.low > b.high || (a.low === b.high && a.lowOpen);

/** Both a single exact number, the same. */
const same = (a: Range, b: Range) =>
  a.low === a.high && b.low === b.high && a.low === b.low && !a.lowOpen && !b.lowOpen && !a.approximate && !b.approximate;

/**
 * The place's standing in the newest year in which it and at least one peer have a figure, or
 * undefined when there is no such year. `own` are the place's actual figures of one indicator,
 * `peers` its peers' figures of the same indicator, by place.
 */
export function standing(own: StandingFigure[], peers: Map<string, StandingFigure[]>): Standing | undefined {
  const years = [...new Set(own.map(figureYear).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  for (const year of years) {
    const inYear = (figures: StandingFigure[]) => figures.filter((f) => figureYear(f) === year);
    const mine = inYear(own);
    const others = [...peers.values()].map(inYear).filter((f) => f.length > 0);
    if (others.length === 0) continue;
    const me = rangeOf(mine);
    const ranges = others.map(rangeOf);
    const higher = ranges.filter((r) => above(r, me)).length;
    const lower = ranges.filter((r) => above(me, r)).length;
    const count = others.length + 1;
    const best = higher + 1;
    const worst = count - lower;
    // Between best and worst only places with the very same exact figure: a shared rank.
    const open = ranges.filter((r) => !above(r, me) && !above(me, r));
    return {
      year,
      figures: [...new Set(mine.map((f) => printed(f)))],
      count,
      best,
      worst,
      tied: open.length > 0 && open.every((r) => same(r, me)),
    };
  }
  return undefined;
}

/** Whom a place is ranked among: 省份, or the 地区 under 盐城市 (within: 盐城市下辖). */
export interface Peers {
  within: string;
  noun: string;
}

/**
 * The standing in words: 2023年：244家，在有2023年数字的4个省份中居第1位; under a city, 在盐城市下辖有
 * 2023年数字的5个地区中…. A span says why it is one.
 */
export function standingText(s: Standing, peers: Peers): string {
  const rank = s.tied ? `并列第${s.best}位` : s.best === s.worst ? `第${s.best}位` : `第${s.best}—${s.worst}位`;
  const open = !s.tied && s.best !== s.worst ? "（有的数字只是约数、下限或来源不一致，名次不能再确定）" : "";
  return `${s.year}年：${s.figures.join("、")}，在${peers.within}有${s.year}年数字的${s.count}个${peers.noun}中居${rank}${open}`;
}
