/**
 * The schema browser: every table of the chosen snapshot (and of the one compared with it) with
 * its row count, description and columns (name, type, description), from the manifests; and the
 * names the editor completes.
 */
import type { SQLNamespace } from "@codemirror/lang-sql";
import type { Manifest } from "../../data/releases.ts";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

const rowsText = (n: number) => `${n.toLocaleString("zh-CN")} 行`;

export function renderSchema(container: HTMLElement, manifests: Manifest[], chosen: string): void {
  container.replaceChildren(
    ...manifests.map((manifest) => {
      const section = el("section", undefined, "wb-schema-snapshot");
      const heading = el("h3", `快照 ${manifest.id}${manifest.id === chosen ? "（默认）" : "（对比）"}`);
      const hint = el("p", undefined, "meta");
      hint.append(
        manifest.id === chosen ? "表名可直接写，如 " : "写表名时加上快照名，如 ",
        el("code", manifest.id === chosen ? "observations" : `"${manifest.id}".observations`),
        `。发布于 ${manifest.released}。`,
      );
      section.append(heading, hint);
      for (const table of manifest.tables) {
        const details = el("details", undefined, "wb-schema-table");
        const summary = el("summary");
        summary.append(el("code", table.name), ` · ${rowsText(table.rows)}`);
        details.append(summary, el("p", table.description));
        const scroll = el("div", undefined, "table-scroll");
        scroll.tabIndex = 0;
        scroll.setAttribute("role", "region");
        scroll.setAttribute("aria-label", `${manifest.id} ${table.name} 的列`);
        const grid = el("table");
        const caption = el("caption", `${table.name} 的列`, "visually-hidden");
        const head = el("thead");
        const headRow = el("tr");
        for (const label of ["列", "类型", "说明"]) {
          const th = el("th", label);
          th.scope = "col";
          headRow.append(th);
        }
        head.append(headRow);
        const body = el("tbody");
        for (const column of table.columns) {
          const tr = el("tr");
          const name = el("th");
          name.scope = "row";
          name.append(el("code", column.name));
          tr.append(name, el("td", column.type), el("td", column.description));
          body.append(tr);
        }
        grid.append(caption, head, body);
        scroll.append(grid);
        details.append(scroll);
        section.append(details);
      }
      return section;
    }),
  );
}

/** Table → columns for completion: the chosen snapshot's unqualified, every snapshot's by schema. */
export function completionSchema(manifests: Manifest[], chosen: string): SQLNamespace {
  const tables = (m: Manifest) => Object.fromEntries(m.tables.map((t) => [t.name, t.columns.map((c) => c.name)]));
  const namespace: Record<string, SQLNamespace> = {};
  for (const m of manifests) namespace[`"${m.id}"`] = tables(m);
  const main = manifests.find((m) => m.id === chosen);
  return { ...namespace, ...(main ? tables(main) : {}) };
}
