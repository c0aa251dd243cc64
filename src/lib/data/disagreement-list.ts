/**
 * The list of figures that disagree, as /data/ shows it under 数字不一致: for each place and
 * indicator with disagreeing figures (the rule charts use, src/lib/charts/disagreements.ts), the
 * figures side by side with their dates, sources and notes, which say why they may differ. A chart
 * whose figures disagree links its entry (url.disagreement). Pure.
 */
import { disagreements, type FigureRow } from "../charts/disagreements.ts";
import { printed } from "../charts/common.ts";
import { dateLabel } from "../charts/when.ts";

/** A row of src/queries/figures_compared.sql. */
export type ComparedRow = FigureRow & { id: string; region: string; indicator: string; note?: string | null };

export interface DisagreementEntry {
  /** The anchor on /data/: disagreement-<region>-<indicator>. */
  anchor: string;
  region: string;
  indicator: string;
  title: string;
  figures: { id: string; printed: string; date: string; source: string; note: string }[];
}

/** One entry per place and indicator whose figures disagree, in the rows' order. */
export function disagreementList(rows: ComparedRow[]): DisagreementEntry[] {
  const entries = new Map<string, DisagreementEntry>();
  for (const group of disagreements(rows)) {
    const first = rows[group[0]!]!;
    const anchor = `disagreement-${first.region}-${first.indicator}`;
    const entry = entries.get(anchor) ?? {
      anchor,
      region: first.region,
      indicator: first.indicator,
      title: `${first.region_name ?? first.region}：${first.indicator_zh ?? first.indicator}`,
      figures: [],
    };
    for (const i of group) {
      const r = rows[i]!;
      if (entry.figures.some((f) => f.id === r.id)) continue;
      entry.figures.push({ id: r.id, printed: printed(r), date: dateLabel(r), source: r.source_title ?? r.source ?? "", note: r.note ?? "" });
    }
    entries.set(anchor, entry);
  }
  return [...entries.values()];
}
