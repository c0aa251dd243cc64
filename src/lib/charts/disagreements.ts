/**
 * Figures that disagree: the same place, indicator, kind (and target type) in overlapping dates
 * (when.ts, dateWindow), from different sources, with values that cannot both be true. Charts
 * draw such figures as separate marks, one per source, never joined into one line, and say that
 * they disagree (data/README.md, "Known disagreements", explains the known ones). Pure.
 */
import { isLowerBound, type Loose, printed, type ChartRow } from "./common.ts";
import { dateLabel, overlaps, type WhenRow } from "./when.ts";

export type FigureRow = WhenRow &
  Loose<Pick<ChartRow, "label" | "value" | "value_as_printed" | "qualifier" | "source" | "source_title">> & {
    region?: string | null;
    indicator?: string | null;
    region_name?: string | null;
    indicator_zh?: string | null;
  };

/** What must be equal for two figures to be about the same thing. */
const subject = (r: FigureRow) =>
  [r.region ?? "", r.indicator ?? r.label ?? "", r.kind ?? "actual", r.kind === "target" ? (r.target_type ?? "") : ""].join("|");

/**
 * Whether two values can both be true. Equal values can; a lower bound (超过, 以上 → more_than;
 * 不少于 → at_least) can with an exact figure that satisfies it ("超过960" and "965") and with
 * another lower bound. Anything else that differs cannot (近7亿 and 超5亿 for a sum that only grows
 * are for a reader to judge, so they are shown as disagreeing).
 */
export function compatible(a: FigureRow, b: FigureRow): boolean {
  const x = Number(a.value);
  const y = Number(b.value);
  if (x === y) return true;
  const exact = (r: FigureRow) => (r.qualifier ?? "exact") === "exact";
  const satisfies = (bound: FigureRow, v: number) => (bound.qualifier === "at_least" ? v >= Number(bound.value) : v > Number(bound.value));
  if (isLowerBound(a.qualifier) && isLowerBound(b.qualifier)) return true;
  if (isLowerBound(a.qualifier) && exact(b)) return satisfies(a, y);
  if (isLowerBound(b.qualifier) && exact(a)) return satisfies(b, x);
  return false;
}

/** Whether two figures disagree: same subject, overlapping dates, different sources, incompatible values. */
export function disagree(a: FigureRow, b: FigureRow): boolean {
  return subject(a) === subject(b) && (a.source ?? "") !== (b.source ?? "") && overlaps(a, b) && !compatible(a, b);
}

/**
 * The rows' disagreements as groups of row indexes (each group: figures linked by disagreeing
 * pairs, in the rows' order). A row in no group agrees with every other or has no rival.
 */
export function disagreements(rows: FigureRow[]): number[][] {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const involved = new Set<number>();
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j < rows.length; j++)
      if (disagree(rows[i]!, rows[j]!)) {
        involved.add(i).add(j);
        parent[find(j)] = find(i);
      }
  const groups = new Map<number, number[]>();
  for (const i of [...involved].sort((a, b) => a - b)) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  return [...groups.values()];
}

/**
 * What a chart says under its drawing when its figures disagree, or "" when they do not:
 * 来源不一致：国家级科技企业孵化器 244家（2021-12-31，《甲》）与 219家（不早于2022-12-30，《乙》）.
 */
export function disagreementText(rows: FigureRow[]): string {
  const groups = disagreements(rows);
  if (groups.length === 0) return "";
  const figure = (r: FigureRow) => `${printed(r)}（${dateLabel(r)}，${r.source_title ? r.source_title : (r.source ?? "")}）`;
  // Series rows are labelled by indicator, peer rows by place: name both.
  const what = (r: FigureRow) => [r.region_name ?? (r.indicator_zh ? r.label : ""), r.indicator_zh ?? r.label].filter(Boolean).join("");
  return `来源不一致：${groups.map((g) => `${what(rows[g[0]!]!)} ${g.map((i) => figure(rows[i]!)).join("、")}`).join("；")}。各数字按来源分别标出，不连成一条线。`;
}
