/**
 * The comparison page's script: shows the form, reads the choice from the address, keeps the
 * address in step with the form (so that copying it shares the comparison), marks the places
 * without figures for the chosen indicator, and draws. Drawing needs the page's one engine
 * (DuckDB-WASM), which is in compare-draw.ts, imported only once the page has loaded and a
 * choice can be drawn: the page itself reads and works before any of it arrives.
 */
import { complete, compareHref, MAX_PLACES, MIN_PLACES, readChoice, type Choice } from "../compare/address.ts";
import type { CompareConfig } from "../compare/page.ts";

type Drawing = typeof import("./compare-draw.ts");

const root = document.querySelector<HTMLElement>("#compare")!;
const config = JSON.parse(document.querySelector("#compare-config")!.textContent!) as CompareConfig;
const form = root.querySelector<HTMLFormElement>(".compare-form")!;
const select = form.querySelector<HTMLSelectElement>('select[name="indicator"]')!;
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="region"]')];
const chosenLine = form.querySelector<HTMLElement>(".compare-chosen")!;
const status = root.querySelector<HTMLOutputElement>("#compare-status")!;

const loaded = new Promise<void>((resolve) => {
  if (document.readyState === "complete") resolve();
  else window.addEventListener("load", () => resolve(), { once: true });
});
let drawing: Promise<Drawing> | undefined;

/** The drawing module, after the page's load; a failed download is forgotten so that the next try loads it. */
function load(): Promise<Drawing> {
  drawing ??= loaded
    .then(() => import("./compare-draw.ts"))
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
if (asked.problems.length > 0) status.textContent = `${asked.problems.join("；")}。`;
if (complete({ ...asked, indicator: select.value })) {
  // An address without an indicator is drawn with the default one, and then names it.
  if (!asked.indicator) history.replaceState(null, "", compareHref({ regions, indicator: select.value }));
  draw({ regions, indicator: select.value });
} else if (asked.problems.length === 0) status.textContent = `请选择${MIN_PLACES}到${MAX_PLACES}个地区。`;

form.addEventListener("submit", (event) => event.preventDefault());
form.addEventListener("change", (event) => {
  const box = event.target as HTMLInputElement;
  if (box.name === "region")
    regions = box.checked ? [...regions.filter((r) => r !== box.value), box.value] : regions.filter((r) => r !== box.value);
  mark();
  const choice = { regions, indicator: select.value };
  // The address follows the form: replaced, not pushed, so Back leaves the page as readers expect.
  history.replaceState(null, "", compareHref(choice));
  draw(choice);
});
