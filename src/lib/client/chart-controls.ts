/**
 * The only script a chart page loads before the reader does anything: it shows each chart's
 * controls and waits. Hovering over or focusing a chart warms up the engine (downloads and
 * compiles DuckDB-WASM in a worker); changing a control redraws the chart. Everything heavy is in
 * chart-interactive.ts, imported on demand, so a reader who only reads pays a few hundred bytes.
 */
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

for (const figure of document.querySelectorAll<HTMLElement>("figure[data-chart]")) {
  const form = figure.querySelector<HTMLFormElement>(".chart-controls");
  if (!form) continue;
  form.hidden = false;
  const status = form.querySelector<HTMLOutputElement>(".chart-status");
  const failed = () => {
    if (status) status.textContent = "未能载入交互功能（网络中断？），请再试一次；图表与数据表仍可阅读。";
  };
  const warm = () =>
    void load().then(
      (m) => m.warm(),
      () => undefined,
    );
  figure.addEventListener("pointerenter", warm, { once: true });
  figure.addEventListener("focusin", warm, { once: true });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", () => void load().then((m) => m.redraw(figure), failed));
}
