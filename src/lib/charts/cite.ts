/**
 * How to cite a chart: in GB/T 7714-2015 style (an online resource, [EB/OL]) and as BibTeX, each
 * naming the data snapshot the chart is drawn from, so that a citation always leads back to the
 * figures as they were. The dataset's own citations are in src/lib/data/format.ts; a chart's page
 * gives both.
 */

export interface ChartCitationInput {
  /** The chart's caption as drawn. */
  title: string;
  /** The chart's page, absolute. */
  url: string;
  /** The snapshot's id and the day it was released. */
  snapshot: string;
  released: string;
  /** The snapshot's folder, absolute (/data/<id>/). */
  snapshotUrl: string;
  /** The day given as the citation's access date. */
  accessed: string;
}

/** 双创载体信息. 标题（数据：双创载体统计数据集，快照 …）[EB/OL]. (发布日期)[引用日期]. URL. */
export function chartGbt7714({ title, url, snapshot, released, accessed }: ChartCitationInput): string {
  return `双创载体信息. ${title}（数据：双创载体统计数据集，快照 ${snapshot}）[EB/OL]. (${released})[${accessed}]. ${url}.`;
}

/** TeX's special characters in a field's text, escaped. */
const tex = (text: string) =>
  text.replace(/[\\{}%&#_$^~]/g, (c) => (c === "\\" ? "\\textbackslash{}" : c === "^" || c === "~" ? `\\${c}{}` : `\\${c}`));

/** A BibTeX @misc entry, keyed by the chart's id. */
export function chartBibtex(id: string, { title, url, snapshot, released, snapshotUrl }: ChartCitationInput): string {
  return [
    `@misc{shuangchuang_${id.replace(/[^0-9a-z]/gi, "_")},`,
    `  title = {${tex(title)}},`,
    `  author = {{双创载体信息}},`,
    `  year = {${released.slice(0, 4)}},`,
    `  date = {${released}},`,
    `  url = {${url}},`,
    `  note = {数据：双创载体统计数据集，快照 ${snapshot}, ${snapshotUrl}},`,
    `}`,
  ].join("\n");
}
