/**
 * The list of every chart (/charts/), by caption. A region page's peer chart is the same chart on
 * every peer's page but for the place it picks out, so each is a chart (and a page) of its own
 * with one caption: listed one by one, fifteen lines would read the same. They are one entry,
 * whose links name the page each is drawn on. Pure.
 */

export interface ListedChart {
  href: string;
  caption: string;
  /** The pages it is drawn on. */
  usedOn: { href: string; title: string }[];
}

export interface ChartListEntry {
  caption: string;
  /** One chart a page it is drawn on names (见于：…); several when charts share the caption. */
  charts: { href: string; label: string }[];
}

export function chartListEntries(charts: ListedChart[]): ChartListEntry[] {
  const byCaption = new Map<string, ChartListEntry>();
  for (const chart of charts) {
    const entry = byCaption.get(chart.caption) ?? { caption: chart.caption, charts: [] };
    entry.charts.push({ href: chart.href, label: chart.usedOn.map((u) => u.title).join("、") });
    byCaption.set(chart.caption, entry);
  }
  return [...byCaption.values()]
    .map((e) => ({ ...e, charts: e.charts.sort((a, b) => a.label.localeCompare(b.label, "zh-CN") || a.href.localeCompare(b.href)) }))
    .sort((a, b) => a.caption.localeCompare(b.caption, "zh-CN"));
}
