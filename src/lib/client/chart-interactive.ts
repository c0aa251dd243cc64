/**
 * A chart made interactive: reads its controls, finds the rows of the choice (built ahead for the
 * chart's own choices, src/lib/charts/prebuilt.ts; otherwise its named query re-run by
 * DuckDB-WASM over the chosen snapshot, the engine started only then) and redraws with the same
 * spec and renderer the build used, then rebuilds the caption's dates, the sources, the note on
 * disagreeing figures, the data table, the CSV, the picture and the workbench link from the rows.
 */
import { chartSpec } from "../charts/index.ts";
import { renderChart } from "../charts/render.ts";
import { fillCaption } from "../charts/controls.ts";
import { chartTable } from "../charts/table.ts";
import { chartSources, disagreementNote, periodSpan } from "../charts/figure-text.ts";
import { prebuiltRows, type PrebuiltRows } from "../charts/prebuilt.ts";
import { toCsv } from "../data/csv.ts";
import type { ParamValue } from "../sql/bind.ts";
import type { NamedRow } from "../sql/named.ts";
import { workbenchUrl } from "../sql/workbench-url.ts";
import { url } from "../urls.ts";
import type { ChartConfig } from "../charts/config.ts";
import { downloadPng as savePng, figurePicture, svgUrl } from "./chart-export.ts";

/**
 * What the page's small script hands over for a figure (it keeps them, so that this module
 * shares no code with it and loads as one piece): the rows built ahead, fetched or being fetched,
 * and the chart's page address with the choices shown, which its pictures name.
 */
export interface FigureHooks {
  rows?: () => Promise<PrebuiltRows>;
  address: () => string;
}

export const downloadPng = (figure: HTMLElement, hooks: FigureHooks) => savePng(figure, hooks.address());

const configOf = (figure: HTMLElement) => JSON.parse(figure.querySelector(".chart-config")!.textContent!) as ChartConfig;

/** The rows of a choice: built ahead where the build ran it, else from the engine. */
async function rowsOf(
  config: ChartConfig,
  hooks: FigureHooks,
  snapshot: string,
  params: Record<string, ParamValue>,
  status: HTMLOutputElement,
): Promise<{ rows: NamedRow[]; said: string }> {
  const built = hooks.rows
    ? await hooks.rows().then(
        (file) => prebuiltRows(file, snapshot, params),
        () => undefined,
      )
    : undefined;
  if (built) return { rows: built, said: "构建时已算好，未启动数据引擎" };
  status.textContent = "正在载入数据引擎与数据……";
  const { getEngine } = await import("./engine.ts");
  const engine = await getEngine();
  status.textContent = "正在查询……";
  // Timed from the question to the rows: the first query also loads the tables it reads.
  const started = performance.now();
  const rows = await engine.runNamed(snapshot, config.query, params);
  return { rows, said: `查询用时 ${Math.round(performance.now() - started)} 毫秒` };
}

const pending = new WeakMap<HTMLElement, number>();

export async function redraw(figure: HTMLElement, hooks: FigureHooks): Promise<void> {
  const config = configOf(figure);
  const form = figure.querySelector<HTMLFormElement>(".chart-controls")!;
  const status = form.querySelector<HTMLOutputElement>(".chart-status")!;
  const choices = Object.fromEntries(new FormData(form)) as Record<string, string>;
  const { snapshot = config.snapshot, ...chosen } = choices;
  const params = { ...config.params, ...chosen };
  // Only the latest change draws, however the queries finish.
  const ticket = (pending.get(figure) ?? 0) + 1;
  pending.set(figure, ticket);
  figure.setAttribute("aria-busy", "true");
  try {
    const { rows, said } = await rowsOf(config, hooks, snapshot, params, status);
    if (pending.get(figure) !== ticket) return;
    // The caption follows the choices: {indicator} becomes the chosen indicator's name.
    const caption = fillCaption(config.caption, (param) =>
      params[param] === undefined ? undefined : (config.labels[param]?.[String(params[param])] ?? String(params[param])),
    );
    draw(figure, { ...config, caption }, rows);
    updateText(figure, config, rows, snapshot, params);
    // Named only once the drawing and the table show what it names.
    figure.querySelector(".chart-caption")!.textContent = caption;
    figure.querySelector(".table-scroll")?.setAttribute("aria-label", `${caption}：数据表`);
    updatePicture(figure, hooks);
    status.textContent = `已更新：${rows.length} 行，${said}。`;
  } catch (error) {
    if (pending.get(figure) === ticket) status.textContent = `未能更新：${error instanceof Error ? error.message : String(error)}`;
  } finally {
    if (pending.get(figure) === ticket) figure.removeAttribute("aria-busy");
  }
}

function draw(figure: HTMLElement, config: ChartConfig, rows: NamedRow[]) {
  const holder = figure.querySelector<HTMLElement>(".chart-draw")!;
  if (rows.length === 0) {
    holder.replaceChildren(Object.assign(document.createElement("p"), { textContent: "所选条件下暂无数据。" }));
    return;
  }
  const spec = chartSpec(config.chart);
  // Drawn at the width the chart has on this screen, so text stays legible on phones.
  const width = Math.max(300, Math.min(720, Math.floor(holder.clientWidth || 640)));
  const svg = document.createElement("div");
  svg.className = "chart-svg";
  // Plot's pointer tips replace the build's native (title) tooltips once a script is running.
  svg.append(renderChart(spec(rows, { ...config.options, width, tip: true }), document, config.caption));
  holder.replaceChildren(svg);
}

const picturesKept = new WeakSet<HTMLAnchorElement>();

/**
 * After a redraw, the SVG link saves the picture of what is drawn now: made when the reader
 * clicks (the click's default action follows the address set in its handler), not on every
 * change.
 */
function updatePicture(figure: HTMLElement, hooks: FigureHooks) {
  const link = figure.querySelector<HTMLAnchorElement>(".chart-picture");
  const drawn = figure.querySelector(".chart-draw .chart-svg") !== null;
  for (const element of [link, figure.querySelector<HTMLElement>(".chart-png")]) if (element) element.hidden = !drawn;
  if (!link || picturesKept.has(link)) return;
  picturesKept.add(link);
  link.addEventListener("click", () => {
    const picture = figurePicture(figure, hooks.address());
    if (!picture) return;
    if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
    link.href = svgUrl(picture);
  });
}

/** The words around the drawing: dates, sources, data table, CSV and workbench link. */
function updateText(figure: HTMLElement, config: ChartConfig, rows: NamedRow[], snapshot: string, params: Record<string, ParamValue>) {
  const periods = periodSpan(rows);
  figure.querySelector(".chart-periods")!.textContent = periods ? `（数据时间：${periods}；快照 ${snapshot}）` : "";

  // Figures that disagree are said under the drawing, with links to their quotes and notes.
  const disagreement = disagreementNote(rows);
  figure.querySelector(".chart-disagreement-text")!.textContent = disagreement.text;
  figure.querySelector(".chart-disagreement-links")!.replaceChildren(
    ...disagreement.explained.flatMap((e, i) => {
      const link = Object.assign(document.createElement("a"), { href: e.href, textContent: e.label });
      return i > 0 ? ["、", link] : [link];
    }),
  );
  figure.querySelector<HTMLElement>(".chart-disagreement")!.hidden = !disagreement.text;

  // Sources cited as the build cited them (config.citations), else from the rows' own columns.
  const sources = figure.querySelector<HTMLElement>(".chart-sources")!;
  sources.replaceChildren(
    `${config.note}来源：`,
    ...chartSources(rows, config.citations).flatMap((s, i) => {
      const name = s.href ? Object.assign(document.createElement("a"), { href: s.href, textContent: s.text }) : s.text;
      return i > 0 ? ["；", name] : [name];
    }),
  );

  const table = chartTable(rows, config.labelHead);
  const tbody = figure.querySelector("tbody")!;
  tbody.replaceChildren(
    ...table.body.map((cells) => {
      const tr = document.createElement("tr");
      tr.append(
        ...cells.map((text, i) => {
          const td = document.createElement("td");
          td.textContent = text;
          if (table.numeric[i]) td.className = "num";
          return td;
        }),
      );
      return tr;
    }),
  );

  const csv = figure.querySelector<HTMLAnchorElement>(".chart-csv")!;
  if (csv.href.startsWith("blob:")) URL.revokeObjectURL(csv.href);
  csv.href = URL.createObjectURL(new Blob([toCsv(rows)], { type: "text/csv;charset=utf-8" }));
  figure.querySelector<HTMLAnchorElement>(".chart-workbench")!.href = workbenchUrl(url.workbench(), {
    query: config.query,
    params,
    snapshot,
  });
}
