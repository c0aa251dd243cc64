/**
 * Draws a comparison: runs compare_series and compare_latest (src/queries/) on the page's one
 * engine (DuckDB-WASM, engine.ts) over the latest snapshot, with the reader's places and
 * indicator bound as parameters, and fills the page's two figures with what
 * src/lib/compare/figures.ts makes of the rows: the drawings (the site's chart specs, drawn at
 * the figure's width), dates, sources, disagreements, places without figures, data tables, CSV
 * and workbench links. Only the latest choice draws, however the queries finish.
 *
 * Bundled whole and run as a script of its own, put into the page by compare.ts (which says why):
 * it hands its draw function over on window.compareDrawing.
 */
import type { Choice } from "../compare/address.ts";
import { compareView, type CompareFigure } from "../compare/figures.ts";
import type { CompareConfig } from "../compare/page.ts";
import { chartSpec } from "../charts/index.ts";
import { renderChart } from "../charts/render.ts";
import { toCsv } from "../data/csv.ts";
import { workbenchUrl } from "../sql/workbench-url.ts";
import { url } from "../urls.ts";
import { getEngine } from "./engine.ts";

let ticket = 0;

export async function draw(root: HTMLElement, choice: Choice, config: CompareConfig): Promise<void> {
  const mine = ++ticket;
  const status = root.querySelector<HTMLOutputElement>("#compare-status")!;
  const figures = [...root.querySelectorAll<HTMLElement>(".compare-figure")];
  for (const f of figures) f.setAttribute("aria-busy", "true");
  try {
    const engine = await getEngine();
    if (mine !== ticket) return;
    status.textContent = "正在查询……";
    const params = { regions: choice.regions.join(","), indicator: choice.indicator };
    const [series, latest] = await Promise.all([
      engine.runNamed(config.snapshot, "compare_series", params),
      engine.runNamed(config.snapshot, "compare_latest", params),
    ]);
    if (mine !== ticket) return;
    const indicator = config.indicators[choice.indicator]!;
    const view = compareView(
      choice,
      series,
      latest,
      { place: (id) => config.places[id]?.name ?? id, indicator: indicator.name, unit: indicator.unit },
      config.snapshot,
    );
    fill(root.querySelector("#compare-over")!, view.over, config.snapshot);
    fill(root.querySelector("#compare-side")!, view.side, config.snapshot);
    links(root.querySelector(".compare-pages")!, choice, config);
    status.textContent = view.summary;
  } catch (error) {
    if (mine === ticket) status.textContent = `未能画出：${error instanceof Error ? error.message : String(error)}`;
  } finally {
    if (mine === ticket) for (const f of figures) f.removeAttribute("aria-busy");
  }
}

const text = (element: Element | null, value: string) => {
  if (element) element.textContent = value;
};

function fill(figure: HTMLElement, view: CompareFigure, snapshot: string) {
  figure.hidden = false;
  text(figure.querySelector(".chart-caption"), view.caption);
  text(figure.querySelector(".chart-periods"), view.periods);
  const holder = figure.querySelector<HTMLElement>(".chart-draw")!;
  if (view.rows.length === 0) {
    holder.replaceChildren(Object.assign(document.createElement("p"), { textContent: "所选地区都没有此项数字。" }));
  } else {
    // Drawn at the width the figure has on this screen, so that text stays legible on a phone.
    const width = Math.max(300, Math.min(720, Math.floor(holder.clientWidth || 640)));
    const svg = document.createElement("div");
    svg.className = "chart-svg";
    svg.append(renderChart(chartSpec(view.chart)(view.rows, { ...view.options, width, tip: true }), document, view.caption));
    holder.replaceChildren(svg);
  }
  const missing = figure.querySelector<HTMLElement>(".chart-missing")!;
  missing.textContent = view.missing;
  missing.hidden = !view.missing;

  text(figure.querySelector(".chart-disagreement-text"), view.disagreement.text);
  figure.querySelector(".chart-disagreement-links")!.replaceChildren(
    ...view.disagreement.explained.flatMap((e, i) => {
      const link = Object.assign(document.createElement("a"), { href: e.href, textContent: e.label });
      return i > 0 ? ["、", link] : [link];
    }),
  );
  figure.querySelector<HTMLElement>(".chart-disagreement")!.hidden = !view.disagreement.text;

  figure.querySelector(".chart-sources")!.replaceChildren(
    `${view.note}来源：`,
    ...view.sources.flatMap((s, i) => {
      const name = s.href ? Object.assign(document.createElement("a"), { href: s.href, textContent: s.text }) : s.text;
      return i > 0 ? ["；", name] : [name];
    }),
  );

  figure.querySelector(".table-scroll")?.setAttribute("aria-label", `${view.caption}：数据表`);
  figure.querySelector("tbody")!.replaceChildren(
    ...view.table.body.map((cells) => {
      const tr = document.createElement("tr");
      tr.append(
        ...cells.map((value, i) => {
          const td = document.createElement("td");
          td.textContent = value;
          if (view.table.numeric[i]) td.className = "num";
          return td;
        }),
      );
      return tr;
    }),
  );

  const csv = figure.querySelector<HTMLAnchorElement>(".chart-csv")!;
  if (csv.href.startsWith("blob:")) URL.revokeObjectURL(csv.href);
  csv.href = URL.createObjectURL(new Blob([toCsv(view.rows)], { type: "text/csv;charset=utf-8" }));
  csv.download = `${view.query}.csv`;
  figure.querySelector<HTMLAnchorElement>(".chart-workbench")!.href = workbenchUrl(url.workbench(), {
    query: view.query,
    params: view.params,
    snapshot,
  });
}

/** The chosen places' own pages, where each has every figure and chart. */
function links(holder: HTMLElement, choice: Choice, config: CompareConfig) {
  const pages = choice.regions.flatMap((id) => {
    const place = config.places[id];
    return place?.href ? [Object.assign(document.createElement("a"), { href: place.href, textContent: place.name })] : [];
  });
  holder.replaceChildren("各地页面（全部数字与图表）：", ...pages.flatMap((a, i) => (i > 0 ? ["、", a] : [a])));
  holder.hidden = pages.length === 0;
}

(window as unknown as { compareDrawing: { draw: typeof draw } }).compareDrawing = { draw };
