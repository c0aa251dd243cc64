/**
 * Quick chart: a mark (bar, line, dot), x, y and colour picked from the result's columns, drawn
 * with Observable Plot through the site's renderChart (CSP-safe: no style attributes), and saved
 * as SVG or PNG. Draws from the first CHART_ROWS rows.
 */
import * as Plot from "@observablehq/plot";
import type { Table } from "apache-arrow";
import { renderChart } from "../../charts/render.ts";
import { plainValue } from "../../workbench/cells.ts";
import { pngBlob } from "../chart-export.ts";
import { download } from "./download.ts";

export const CHART_ROWS = 10_000;
export const MARKS = { bar: "柱形", line: "折线", dot: "散点" } as const;
export type MarkName = keyof typeof MARKS;

export interface ChartSettings {
  mark?: string;
  x?: string;
  y?: string;
  color?: string;
}

function chartRows(table: Table, names: string[]): Record<string, unknown>[] {
  const vectors = names.map((n) => ({
    name: n,
    vector: table.getChild(n)!,
    type: String(table.schema.fields.find((f) => f.name === n)?.type),
  }));
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < Math.min(table.numRows, CHART_ROWS); i++) {
    const row: Record<string, unknown> = {};
    for (const { name, vector, type } of vectors) {
      const value = vector.get(i);
      row[name] = typeof value === "bigint" ? Number(value) : typeof value === "number" || value === null ? value : plainValue(value, type);
    }
    out.push(row);
  }
  return out;
}

/** Draws the chart into `holder`; returns a message when the settings cannot make one. */
export function drawChart(holder: HTMLElement, table: Table, settings: ChartSettings): string {
  const columns = table.schema.fields.map((f) => f.name);
  const { mark = "bar", x, y, color } = settings;
  if (!x || !y || !columns.includes(x) || !columns.includes(y)) {
    holder.replaceChildren();
    return "请选择 x 和 y 列。";
  }
  const colour = color && columns.includes(color) ? color : undefined;
  const data = chartRows(table, [...new Set([x, y, ...(colour ? [colour] : [])])]);
  const width = Math.max(300, Math.min(960, Math.floor(holder.clientWidth || 640)));
  const channels = { x, y, tip: true };
  const marks =
    mark === "line"
      ? [Plot.lineY(data, { ...channels, stroke: colour, marker: "dot" })]
      : mark === "dot"
        ? [Plot.dot(data, { ...channels, fill: colour, stroke: colour })]
        : [Plot.barY(data, { ...channels, fill: colour }), Plot.ruleY([0])];
  const label = `${MARKS[mark as MarkName] ?? MARKS.bar}图：${y} 按 ${x}${colour ? `，按 ${colour} 分色` : ""}`;
  const svg = document.createElement("div");
  svg.className = "chart-svg";
  svg.append(
    renderChart(
      {
        width,
        height: 380,
        marginLeft: 64,
        marginBottom: 48,
        y: { grid: true, label: y },
        x: { label: x, tickRotate: mark === "bar" && data.length > 12 ? -45 : 0 },
        color: colour ? { legend: true } : undefined,
        marks,
      },
      document,
      label,
    ),
  );
  holder.replaceChildren(svg);
  return `${label}${table.numRows > CHART_ROWS ? `（仅用前 ${CHART_ROWS.toLocaleString("zh-CN")} 行）` : ""}`;
}

const SVG_STYLE =
  "svg{background:#fff;font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;font-size:12px;overflow:visible}text{fill:#1d1d1f}";

/** The chart as a standalone SVG file (the page's styles written into it). */
function svgText(holder: HTMLElement): string | undefined {
  const chart = [...holder.querySelectorAll("svg")].at(-1);
  if (!chart) return undefined;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const markup = new XMLSerializer().serializeToString(clone);
  return markup.replace(/^<svg([^>]*)>/, `<svg$1><style>${SVG_STYLE}</style>`);
}

export function downloadSvg(holder: HTMLElement): void {
  const text = svgText(holder);
  if (text) download(text, "chart.svg", "image/svg+xml");
}

export async function downloadPng(holder: HTMLElement): Promise<void> {
  const text = svgText(holder);
  const chart = [...holder.querySelectorAll("svg")].at(-1);
  if (!text || !chart) return;
  const { width, height } = chart.getBoundingClientRect();
  download(await pngBlob(text, width, height), "chart.png", "image/png");
}
