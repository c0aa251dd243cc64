/**
 * The search page in the browser: reads ?q= and the facet parameters from the URL, asks Pagefind
 * (served from this site's /pagefind/), and lists results with their excerpts. The URL always
 * says what is shown, so a search can be linked and reloaded.
 */
import { url } from "../urls.ts";

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const FACETS = ["类型", "期刊", "年份", "栏目", "地区"];
const base = url.home();
const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = document.querySelector<HTMLInputElement>("#q")!;
const facets = document.querySelector<HTMLDivElement>("#search-facets")!;
const status = document.querySelector<HTMLParagraphElement>("#search-status")!;
const list = document.querySelector<HTMLOListElement>("#search-results")!;

async function load(): Promise<Pagefind> {
  // Pagefind is written after the build, so the bundler must leave this import to the browser.
  const bundle = new URL(`${base}pagefind/pagefind.js`, location.href).href;
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ baseUrl: base, excerptLength: 40 });
  return pagefind;
}

function currentFilters(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(FACETS.flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : [])));
}

async function renderFacets(pagefind: Pagefind, params: URLSearchParams) {
  const available = await pagefind.filters();
  facets.replaceChildren();
  for (const facet of FACETS) {
    const values = available[facet];
    if (!values) continue;
    const label = document.createElement("label");
    label.textContent = `${facet} `;
    const select = document.createElement("select");
    select.name = facet;
    select.append(new Option("全部", ""));
    for (const [value, count] of Object.entries(values).sort((a, b) => b[1] - a[1])) {
      select.append(new Option(`${value}（${count}）`, value, false, params.get(facet) === value));
    }
    select.addEventListener("change", () => form.requestSubmit());
    label.append(select);
    facets.append(label);
  }
}

async function run() {
  const params = new URLSearchParams(location.search);
  const q = params.get("q")?.trim() ?? "";
  input.value = q;
  status.textContent = "正在加载搜索索引…";
  const pagefind = await load();
  await renderFacets(pagefind, params);
  const filters = currentFilters(params);
  if (!q && Object.keys(filters).length === 0) {
    status.textContent = "输入关键词搜索文章、期刊和政策文件。";
    return;
  }
  const search = await pagefind.search(q || null, { filters });
  const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  status.textContent =
    results.length === 0
      ? `没有找到与“${q}”相关的内容。`
      : `找到 ${search.results.length} 条结果${search.results.length > 30 ? "，显示前 30 条" : ""}。`;
  list.replaceChildren(
    ...results.map((r) => {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = r.url;
      link.textContent = r.meta.title ?? r.url;
      const excerpt = document.createElement("p");
      excerpt.className = "excerpt";
      // Pagefind's excerpt is our own page text, escaped by Pagefind, with <mark> around matches.
      excerpt.innerHTML = r.excerpt;
      item.append(link, excerpt);
      return item;
    }),
  );
}

run().catch((error: unknown) => {
  status.textContent = `搜索出错：${error instanceof Error ? error.message : String(error)}`;
});
