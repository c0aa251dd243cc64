/**
 * The SQL workbench page: wires the editor, schema browser, results grid, quick chart, exports,
 * history, explorer and the address together over the page's one DuckDB-WASM engine. Everything
 * it needs is loaded up front (no lazy chunks), so it keeps working when the network goes away
 * after the snapshot has loaded.
 */
import type { Table } from "apache-arrow";
import type { Manifest, Releases } from "../../data/releases.ts";
import { inlineParams, type ParamValue } from "../../sql/bind.ts";
import { url } from "../../urls.ts";
import { errorPosition, explainError, lineAndColumn } from "../../workbench/error-position.ts";
import { getEngine, type Engine } from "../engine.ts";
import { createEditor } from "./editor.ts";
import { Explorer } from "./explorer.ts";
import { exportCsv, exportJson, exportParquet } from "./export.ts";
import { clearHistory, readHistory, remember, type HistoryEntry } from "./history.ts";
import { MAX_SHOWN, ResultGrid } from "./grid.ts";
import { downloadPng, downloadSvg, drawChart, type ChartSettings } from "./quick-chart.ts";
import { completionSchema, renderSchema } from "./schema.ts";
import { readState, writeState } from "./url-state.ts";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// The site's named queries (those charts link here with) and the example questions, as text.
const namedQueries = import.meta.glob<string>("../../../queries/*.sql", { query: "?raw", import: "default", eager: true });
const examples = import.meta.glob<string>("../../../queries/examples/*.sql", { query: "?raw", import: "default", eager: true });

const app = $<HTMLElement>("wb-app");
const snapshotSelect = $<HTMLSelectElement>("wb-snapshot");
const compareSelect = $<HTMLSelectElement>("wb-compare");
const engineStatus = $<HTMLElement>("wb-engine-status");
const runButton = $<HTMLButtonElement>("wb-run");
const cancelButton = $<HTMLButtonElement>("wb-cancel");
const shareButton = $<HTMLButtonElement>("wb-share");
const errorBox = $<HTMLElement>("wb-error");
const status = $<HTMLElement>("wb-status");
const resultStatus = $<HTMLElement>("wb-result-status");
const exportButtons = [...document.querySelectorAll<HTMLButtonElement>("[data-export]")];
const chartForm = $<HTMLFormElement>("wb-chart-form");
const chartHolder = $<HTMLElement>("wb-chart");
const chartStatus = $<HTMLElement>("wb-chart-status");
const chartButtons = [...document.querySelectorAll<HTMLButtonElement>("[data-chart-download]")];
const exampleSelect = $<HTMLSelectElement>("wb-examples");
const historySelect = $<HTMLSelectElement>("wb-history");
const clearHistoryButton = $<HTMLButtonElement>("wb-history-clear");

// The <noscript> note is not shown when scripts run, so only the app needs showing.
app.hidden = false;

const editor = createEditor($("wb-editor"), () => void run());
const grid = new ResultGrid($("wb-grid"));
let result: Table | undefined;
let chart: ChartSettings = {};
let manifests: Manifest[] = [];
let running = false;
/** Aborted by Cancel: stops the reader's statement (and never the explorer's facet counts). */
let cancelRun: AbortController | undefined;

const enginePromise: Promise<Engine> = getEngine();
const state = readState();

function snapshot(): string {
  return snapshotSelect.value;
}
function compared(): string[] {
  return compareSelect.value && compareSelect.value !== snapshot() ? [compareSelect.value] : [];
}

function currentUrlState() {
  return {
    snapshot: snapshot(),
    compare: compared()[0],
    sql: editor.getSql() || undefined,
    chart: Object.fromEntries(Object.entries(chart).filter(([, v]) => v)) as Record<string, string>,
  };
}

// ---- Examples and history -------------------------------------------------------------------

for (const [path, text] of Object.entries(examples).sort(([a], [b]) => a.localeCompare(b))) {
  const title = /^--\s*(.+)$/m.exec(text)?.[1] ?? path;
  exampleSelect.append(new Option(title, path));
}
exampleSelect.addEventListener("change", () => {
  const text = examples[exampleSelect.value];
  if (text) {
    editor.setSql(text.trim());
    status.textContent = "已载入示例查询；按“运行”执行。";
  }
  exampleSelect.value = "";
});

function fillHistory(entries: HistoryEntry[] = readHistory()) {
  historySelect.replaceChildren(
    new Option(entries.length ? `选择一条（共 ${entries.length} 条）` : "暂无历史", ""),
    ...entries.map((e, i) => {
      const first = e.sql.replace(/\s+/g, " ").slice(0, 60);
      return new Option(`${e.at.slice(5, 16).replace("T", " ")} · ${first}`, String(i));
    }),
  );
}
fillHistory();
historySelect.addEventListener("change", () => {
  const entry = readHistory()[Number(historySelect.value)];
  if (historySelect.value !== "" && entry) {
    editor.setSql(entry.sql);
    status.textContent = "已载入历史查询；按“运行”执行。";
  }
  historySelect.value = "";
});
clearHistoryButton.addEventListener("click", () => {
  clearHistory();
  fillHistory([]);
  status.textContent = "查询历史已清空。";
});

// ---- Running ---------------------------------------------------------------------------------

function showError(message: string, sql: string) {
  const position = errorPosition(message, sql);
  const heading = document.createElement("p");
  heading.className = "wb-error-title";
  heading.textContent = explainError(message);
  const detail = document.createElement("pre");
  detail.textContent = message;
  const parts: Node[] = [heading, detail];
  if (position !== undefined) {
    const { line, column } = lineAndColumn(sql, position);
    const where = document.createElement("p");
    where.textContent = `出错位置：第 ${line} 行第 ${column} 列（已在编辑器中标出）。`;
    parts.splice(1, 0, where);
  }
  errorBox.replaceChildren(...parts);
  errorBox.hidden = false;
  editor.markError(position);
}

function clearError() {
  errorBox.hidden = true;
  errorBox.replaceChildren();
  editor.markError(undefined);
}

function setBusy(busy: boolean) {
  running = busy;
  runButton.disabled = busy;
  cancelButton.disabled = !busy;
  app.setAttribute("aria-busy", String(busy));
}

function showResult(table: Table, milliseconds: number, origin: string) {
  result = table;
  grid.show(table);
  const n = table.numRows;
  const shown = n > MAX_SHOWN ? `，表格显示前 ${MAX_SHOWN.toLocaleString("zh-CN")} 行（导出包含全部行）` : "";
  resultStatus.textContent = `${origin}：共 ${n.toLocaleString("zh-CN")} 行，${table.numCols} 列，用时 ${Math.round(milliseconds).toLocaleString("zh-CN")} 毫秒${shown}。`;
  resultStatus.dataset.rows = String(n);
  resultStatus.dataset.ms = String(milliseconds);
  for (const button of exportButtons) button.disabled = false;
  fillChartColumns(table);
  redrawChart();
}

/** Runs SQL as the reader's statement and shows the result; errors go next to the editor. */
async function execute(sql: string, origin: string): Promise<boolean> {
  if (running) return false;
  clearError();
  const controller = new AbortController();
  cancelRun = controller;
  setBusy(true);
  status.textContent = "正在运行……";
  try {
    const engine = await enginePromise;
    const { table, milliseconds } = await engine.runReaderStatement(snapshot(), sql, compared(), controller.signal);
    showResult(table, milliseconds, origin);
    status.textContent = `完成：${table.numRows.toLocaleString("zh-CN")} 行。`;
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    showError(message, sql);
    status.textContent = explainError(message);
    return false;
  } finally {
    if (cancelRun === controller) cancelRun = undefined;
    setBusy(false);
  }
}

async function run(): Promise<void> {
  const sql = editor.getSql();
  if (!sql.trim()) {
    status.textContent = "请先输入 SQL。";
    return;
  }
  writeState(currentUrlState());
  fillHistory(remember(sql, snapshot()));
  // Written again once the result has picked the chart's columns.
  if (await execute(sql, "查询结果")) writeState(currentUrlState());
}

runButton.addEventListener("click", () => void run());
cancelButton.addEventListener("click", () => {
  if (!cancelRun || cancelRun.signal.aborted) {
    status.textContent = "没有正在运行的查询。";
    return;
  }
  cancelRun.abort();
  status.textContent = "正在取消……";
});
shareButton.addEventListener("click", async () => {
  const href = writeState(currentUrlState());
  try {
    await navigator.clipboard.writeText(href);
    status.textContent = "分享链接已复制（也已显示在地址栏中）。";
  } catch {
    status.textContent = "分享链接已写入地址栏，可从地址栏复制。";
  }
});

// ---- Exports -----------------------------------------------------------------------------------

for (const button of exportButtons) {
  button.disabled = true;
  button.addEventListener("click", () => {
    if (!result) return;
    const kind = button.dataset.export;
    if (kind === "csv") exportCsv(result, grid.sortedOrder);
    else if (kind === "json") exportJson(result, grid.sortedOrder);
    else exportParquet(result);
  });
}

// ---- Quick chart -------------------------------------------------------------------------------

const chartSelects = ["mark", "x", "y", "color"].map((name) => chartForm.elements.namedItem(name) as HTMLSelectElement);

function fillChartColumns(table: Table) {
  const names = table.schema.fields.map((f) => f.name);
  const numeric = table.schema.fields.filter((f) => /^(U?Int|Float|Decimal)/.test(String(f.type))).map((f) => f.name);
  const pick = (wanted: string | undefined, fallback: string | undefined) => (wanted && names.includes(wanted) ? wanted : fallback);
  chart = {
    mark: chart.mark ?? "bar",
    x: pick(chart.x, names.find((n) => !numeric.includes(n)) ?? names[0]),
    y: pick(chart.y, numeric[0] ?? names[1] ?? names[0]),
    color: pick(chart.color, ""),
  };
  for (const select of chartSelects.slice(1)) {
    const optional = select.name === "color";
    select.replaceChildren(...(optional ? [new Option("（不分色）", "")] : []), ...names.map((n) => new Option(n, n)));
  }
  syncChartForm();
}

function syncChartForm() {
  for (const select of chartSelects) select.value = chart[select.name as keyof ChartSettings] ?? "";
}

function redrawChart() {
  if (!result) return;
  try {
    chartStatus.textContent = drawChart(chartHolder, result, chart);
    for (const button of chartButtons) button.disabled = !chartHolder.querySelector("svg");
  } catch (error) {
    chartHolder.replaceChildren();
    chartStatus.textContent = `无法绘图：${error instanceof Error ? error.message : String(error)}`;
  }
}

chartForm.addEventListener("submit", (event) => event.preventDefault());
chartForm.addEventListener("change", () => {
  chart = Object.fromEntries(chartSelects.map((s) => [s.name, s.value])) as ChartSettings;
  writeState(currentUrlState());
  redrawChart();
});
for (const button of chartButtons) {
  button.disabled = true;
  button.addEventListener("click", () =>
    button.dataset.chartDownload === "svg" ? downloadSvg(chartHolder) : void downloadPng(chartHolder),
  );
}

// ---- Explorer --------------------------------------------------------------------------------

const explorer = new Explorer($("wb-explorer"), {
  query: async (sql) => (await (await enginePromise).runReaderStatement(snapshot(), sql)).table,
  show: async (sql) => {
    await execute(sql, "表浏览器");
  },
  toEditor: (sql) => {
    editor.setSql(sql);
    editor.view.focus();
    status.textContent = "表浏览器的 SQL 已复制到编辑器；按“运行”执行。";
  },
});

// ---- Snapshots and schema --------------------------------------------------------------------

let snapshotTicket = 0;

/**
 * Shows and loads the chosen snapshots. A reader may switch again before a slow manifest or table
 * arrives: each call takes a ticket, and one overtaken by a later call stops after its next await
 * (returning false, and keeping its errors to itself), so the schema and explorer on screen are
 * always those of the snapshots chosen last.
 */
async function loadSnapshots(): Promise<boolean> {
  const ticket = ++snapshotTicket;
  const current = () => ticket === snapshotTicket;
  try {
    const engine = await enginePromise;
    if (!current()) return false;
    const ids = [snapshot(), ...compared()];
    const chosen = ids[0]!;
    const loaded = await Promise.all(ids.map((id) => engine.manifest(id)));
    if (!current()) return false;
    manifests = loaded;
    renderSchema($("wb-schema"), manifests, chosen);
    editor.setSchema(completionSchema(manifests, chosen));
    explorer.setManifest(manifests[0]!);
    engineStatus.textContent = "正在载入快照数据……";
    await Promise.all(ids.map((id) => engine.load(id)));
    if (!current()) return false;
    engineStatus.textContent = `数据引擎已就绪：快照 ${ids.join("、")} 已载入。`;
    engineStatus.dataset.ready = chosen;
    return true;
  } catch (error) {
    if (!current()) return false;
    throw error;
  }
}

for (const select of [snapshotSelect, compareSelect]) {
  select.addEventListener("change", () => {
    writeState(currentUrlState());
    void loadSnapshots()
      .then((current) => (current ? explorer.refresh(false) : undefined))
      .catch((error: unknown) => {
        engineStatus.textContent = `快照未能载入：${error instanceof Error ? error.message : String(error)}`;
      });
  });
}

async function start(): Promise<void> {
  engineStatus.textContent = "正在启动数据引擎……";
  const releases = (await (await fetch(url.releases())).json()) as Releases;
  const ids = [...releases.releases].reverse().map((r) => r.id);
  const chosen = state.snapshot && ids.includes(state.snapshot) ? state.snapshot : releases.latest;
  snapshotSelect.replaceChildren(...ids.map((id) => new Option(id === releases.latest ? `${id}（最新）` : id, id, false, id === chosen)));
  compareSelect.replaceChildren(new Option("不对比", ""), ...ids.map((id) => new Option(id, id, false, id === state.compare)));
  compareSelect.disabled = ids.length < 2;
  if (state.chart) chart = { ...state.chart };
  syncChartForm();

  if (state.query) {
    // One of the site's own queries (a chart's "open in SQL workbench"): safe to run at once.
    const text = namedQueries[`../../../queries/${state.query}.sql`];
    if (text) {
      try {
        editor.setSql(inlineParams(text, (state.params ?? {}) as Record<string, ParamValue>).trim());
      } catch (error) {
        // A link that lacks one of the query's parameters: show the query, do not run it.
        editor.setSql(text.trim());
        status.textContent = `链接中的查询缺少参数（${error instanceof Error ? error.message : String(error)}），未运行：请在查询中补上后再运行。`;
        delete state.query;
      }
    } else {
      status.textContent = `没有名为 ${state.query} 的查询。`;
    }
  } else if (state.sql) {
    editor.setSql(state.sql);
    status.textContent = "已从链接载入查询。链接中的查询不会自动运行：请先阅读，再按“运行”。";
  } else {
    editor.setSql(examples[Object.keys(examples).sort()[0]!]!.trim());
  }

  await loadSnapshots();
  if (state.query && namedQueries[`../../../queries/${state.query}.sql`]) {
    try {
      await execute(editor.getSql(), "本站图表的查询");
    } catch {
      // Shown next to the editor already.
    }
  }
  await explorer.refresh(false);
}

start().catch((error: unknown) => {
  engineStatus.textContent = `数据引擎未能启动：${error instanceof Error ? error.message : String(error)}。可以从数据页下载数据。`;
});

// The benchmark (scripts/bench-workbench.ts opens /data/sql/#bench-synthetic) brings its own code
// and synthetic table; the page only hands it the engine and the editor.
if (location.hash === "#bench-synthetic") {
  Object.assign(window, { workbenchBench: { engine: enginePromise, setSql: (sql: string) => editor.setSql(sql) } });
}
