/**
 * The only script a chart page loads before the reader does anything: it shows each chart's
 * controls and waits. Hovering over or focusing a chart warms up the engine (downloads and
 * compiles DuckDB-WASM in a worker); changing a control redraws the chart. Everything heavy is in
 * chart-interactive.ts, imported on demand, so a reader who only reads pays a few hundred bytes.
 */
type Interactive = typeof import("./chart-interactive.ts");

let interactive: Promise<Interactive> | undefined;
const load = () => (interactive ??= import("./chart-interactive.ts"));

for (const figure of document.querySelectorAll<HTMLElement>("figure[data-chart]")) {
  const form = figure.querySelector<HTMLFormElement>(".chart-controls");
  if (!form) continue;
  form.hidden = false;
  const warm = () => void load().then((m) => m.warm());
  figure.addEventListener("pointerenter", warm, { once: true });
  figure.addEventListener("focusin", warm, { once: true });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", () => void load().then((m) => m.redraw(figure)));
}
