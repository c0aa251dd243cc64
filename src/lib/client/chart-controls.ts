/**
 * The only script a chart page loads before the reader does anything: it shows each chart's
 * controls, keeps the charts' choices in the address (src/lib/charts/address.ts), so that a copied
 * address shares them, and applies the address's choices on arrival (the built drawing shows
 * meanwhile). Hovering over or focusing a chart fetches what its first change needs (the drawing
 * module and the rows of its own choices, built ahead; never the engine); changing a control
 * redraws the chart. Everything heavy is in chart-interactive.ts, imported on demand, so a reader
 * who only reads pays a few hundred bytes.
 */
import { chartHash, formatChartHash, parseChartHash, type ChartStates } from "../charts/address.ts";
import type { FigureHooks } from "./chart-interactive.ts";
import { rowsFile } from "./chart-rows.ts";
import { formState, setFormState } from "./chart-state.ts";

type Interactive = typeof import("./chart-interactive.ts");

let interactive: Promise<Interactive> | undefined;

/** The heavy module, imported once; a failed download is forgotten so that the next try loads it. */
function load(): Promise<Interactive> {
  interactive ??= import("./chart-interactive.ts").catch((error: unknown) => {
    interactive = undefined;
    throw error;
  });
  return interactive;
}

// A chart's page shown inside another site's page (an embed) shows the chart without the site's frame.
if (window.top !== window.self) document.documentElement.classList.add("framed");

const figures = [...document.querySelectorAll<HTMLElement>("figure[data-chart]")];
const forms = new Map(figures.map((f) => [f, f.querySelector<HTMLFormElement>(".chart-controls")] as const));

/** What the interactive module needs of a figure: its rows built ahead, and its page's address as chosen. */
function hooks(figure: HTMLElement): FigureHooks {
  const href = figure.dataset.rows;
  const form = forms.get(figure);
  return {
    rows: href ? () => rowsFile(href) : undefined,
    address: () => {
      const state = form ? formState(form) : {};
      return new URL((figure.dataset.page ?? "") + (Object.keys(state).length > 0 ? chartHash(figure.id, state) : ""), location.href).href;
    },
  };
}

/** Starts fetching a figure's rows, if it has any, and says nothing of a failure. */
function prefetchRows(figure: HTMLElement): void {
  void hooks(figure)
    .rows?.()
    .catch(() => undefined);
}

/** The address, saying each chart's choices (replaced, not pushed: Back leaves the page, as before). */
function writeAddress(): void {
  const states: ChartStates = new Map();
  for (const [figure, form] of forms) if (form) states.set(figure.id, { ...states.get(figure.id), ...formState(form) });
  const hash = formatChartHash(states);
  history.replaceState(history.state, "", hash || location.pathname + location.search);
}

const redraw = (figure: HTMLElement) => {
  // The rows are fetched while the drawing module loads, not after.
  prefetchRows(figure);
  const status = figure.querySelector(".chart-status");
  void load().then(
    (m) => m.redraw(figure, hooks(figure)),
    () => {
      if (status) status.textContent = "未能载入交互功能（网络中断？），请再试一次；图表与数据表仍可阅读。";
    },
  );
};

/** Sets every chart to the address's choices; the first chart it names is scrolled to. */
function applyAddress(scroll: boolean): void {
  const states = parseChartHash(location.hash);
  let first = true;
  for (const [figure, form] of forms) {
    if (!form) continue;
    if (setFormState(form, states.get(figure.id) ?? {})) redraw(figure);
    if (scroll && first && states.has(figure.id)) {
      figure.scrollIntoView();
      first = false;
    }
  }
}

for (const [figure, form] of forms) {
  const warm = () => {
    prefetchRows(figure);
    load().catch(() => undefined);
  };
  figure.addEventListener("pointerenter", warm, { once: true });
  figure.addEventListener("focusin", warm, { once: true });
  const png = figure.querySelector<HTMLButtonElement>(".chart-png");
  if (png) {
    png.hidden = false;
    png.addEventListener("click", () => void load().then((m) => m.downloadPng(figure, hooks(figure))));
  }
  if (!form) continue;
  form.hidden = false;
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", () => {
    writeAddress();
    redraw(figure);
  });
}

applyAddress(true);
window.addEventListener("hashchange", () => applyAddress(false));
