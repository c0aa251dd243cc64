/**
 * The comparison page's script: shows the form, reads the choice from the address, keeps the
 * address in step with the form (so that copying it shares the comparison), marks the places
 * without figures for the chosen indicator, and draws. Drawing needs the page's one engine
 * (DuckDB-WASM) and the chart specs, which are in compare-draw.ts, loaded only once the page has
 * loaded and a choice can be drawn: the page itself reads and works before any of it arrives.
 *
 * compare-draw.ts is put into the page as a script of its own rather than by import(): Vite wraps
 * every import() in its preload helper, and a second page script using the helper (the charts'
 * controls are the first) makes the helper a chunk of its own, a second script on every chart
 * page (test/e2e/reading.test.ts holds them to one). The `?worker&url` import has Vite bundle it
 * whole into one file (as it bundles a worker: no shared chunk, no helper) and hands over its
 * address; the script hands its draw function back on window.compareDrawing.
 */
import { complete, compareHref, MAX_PLACES, MIN_PLACES, readChoice, type Choice } from "../compare/address.ts";
import type { CompareConfig } from "../compare/page.ts";
import drawingUrl from "./compare-draw.ts?worker&url";

type Drawing = Pick<typeof import("./compare-draw.ts"), "draw">;

const root = document.querySelector<HTMLElement>("#compare")!;
const config = JSON.parse(document.querySelector("#compare-config")!.textContent!) as CompareConfig;
const form = root.querySelector<HTMLFormElement>(".compare-form")!;
const select = form.querySelector<HTMLSelectElement>('select[name="indicator"]')!;
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="region"]')];
const chosenLine = form.querySelector<HTMLElement>(".compare-chosen")!;
const status = root.querySelector<HTMLOutputElement>("#compare-status")!;
const problems = form.querySelector<HTMLElement>(".compare-problems")!;

const loaded = new Promise<void>((resolve) => {
  if (document.readyState === "complete") resolve();
  else window.addEventListener("load", () => resolve(), { once: true });
});
let drawing: Promise<Drawing> | undefined;

/**
 * The drawing script, after the page's load; a failed download is forgotten so that the next try
 * loads it again (a classic script, which a new element fetches afresh).
 */
function load(): Promise<Drawing> {
  drawing ??= loaded
    .then(
      () =>
        new Promise<Drawing>((resolve, reject) => {
          const script = document.createElement("script");
          script.src = drawingUrl;
          script.onload = () => resolve((window as unknown as { compareDrawing: Drawing }).compareDrawing);
          script.onerror = () => {
            script.remove();
            reject(new Error(`${drawingUrl} 无法载入`));
          };
          document.head.append(script);
        }),
    )
    .catch((error: unknown) => {
      drawing = undefined;
      throw error;
    });
  return drawing;
}

// The places in the order the reader chose them: the address and the tables keep that order.
let regions: string[] = [];

function show(choice: Choice) {
  select.value = choice.indicator || root.dataset.defaultIndicator || select.value;
  for (const box of boxes) box.checked = choice.regions.includes(box.value);
  // A group holding a chosen place is open, so the reader sees what is chosen.
  for (const group of form.querySelectorAll<HTMLDetailsElement>(".compare-group"))
    if (group.querySelector("input:checked")) group.open = true;
  mark();
}

/** Says which places are chosen and which have no figure for the indicator; holds the limit. */
function mark() {
  const having = new Set(config.indicators[select.value]?.regions ?? []);
  for (const box of boxes) {
    box.closest("label")!.querySelector<HTMLElement>(".compare-none")!.hidden = having.has(box.value);
    box.disabled = !box.checked && regions.length >= MAX_PLACES;
  }
  const names = regions.map((r) => config.places[r]?.name ?? r);
  chosenLine.textContent =
    regions.length === 0
      ? `尚未选择（选${MIN_PLACES}到${MAX_PLACES}个）`
      : `已选 ${regions.length}/${MAX_PLACES}：${names.join("、")}${regions.length >= MAX_PLACES ? "（已达上限）" : ""}`;
}

function draw(choice: Choice) {
  if (!complete(choice)) {
    root.querySelectorAll<HTMLElement>(".compare-figure, .compare-pages").forEach((e) => (e.hidden = true));
    status.textContent = `请选择${MIN_PLACES}到${MAX_PLACES}个地区。`;
    return;
  }
  status.textContent = "正在载入数据引擎与数据……";
  load().then(
    (m) => m.draw(root, choice, config),
    () => (status.textContent = "未能载入画图功能（网络中断？），请再选一次。"),
  );
}

const offered = { regions: new Set(Object.keys(config.places)), indicators: new Set(Object.keys(config.indicators)) };
const asked = readChoice(location.search, offered);
regions = asked.regions;
form.hidden = false;
for (const hidden of root.querySelectorAll<HTMLElement>(".compare-needs-js, .compare-static")) hidden.hidden = true;
show(asked);
// What the address asked for and the page left out stays said until the reader changes the choice.
problems.textContent = asked.problems.length > 0 ? `地址中的选择：${asked.problems.join("；")}。` : "";
problems.hidden = asked.problems.length === 0;
if (complete({ ...asked, indicator: select.value })) {
  // An address without an indicator is drawn with the default one, and then names it.
  if (!asked.indicator) history.replaceState(null, "", compareHref({ regions, indicator: select.value }));
  draw({ regions, indicator: select.value });
} else status.textContent = `请选择${MIN_PLACES}到${MAX_PLACES}个地区。`;

form.addEventListener("submit", (event) => event.preventDefault());
form.addEventListener("change", (event) => {
  problems.hidden = true;
  const box = event.target as HTMLInputElement;
  if (box.name === "region")
    regions = box.checked ? [...regions.filter((r) => r !== box.value), box.value] : regions.filter((r) => r !== box.value);
  mark();
  const choice = { regions, indicator: select.value };
  // The address follows the form: replaced, not pushed, so Back leaves the page as readers expect.
  history.replaceState(null, "", compareHref(choice));
  draw(choice);
});
