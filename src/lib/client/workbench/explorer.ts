/**
 * The table explorer for readers who do not write SQL: a table, a filter per facet (region,
 * indicator, period, kind) whose options carry counts under the other filters, a sort. It shows
 * the SQL the choices make, runs exactly that SQL into the results grid, and can copy it into the
 * editor.
 */
import type { Table } from "apache-arrow";
import type { Manifest } from "../../data/releases.ts";
import { explorerSql, facetSql, facetsOf, type ExplorerState } from "../../workbench/explorer-sql.ts";

export interface ExplorerHooks {
  /** Runs a statement of the explorer's (facet counts), read-only, without showing it. */
  query(sql: string): Promise<Table>;
  /** Runs the explorer's selection and shows it in the results grid. */
  show(sql: string): Promise<void>;
  /** Puts SQL into the editor. */
  toEditor(sql: string): void;
}

export class Explorer {
  private readonly tableSelect: HTMLSelectElement;
  private readonly facets: HTMLElement;
  private readonly sortSelect: HTMLSelectElement;
  private readonly directionSelect: HTMLSelectElement;
  private readonly sqlOut: HTMLElement;
  private readonly hooks: ExplorerHooks;
  private manifest?: Manifest;
  private state: ExplorerState = { table: "", filters: {} };
  private ticket = 0;

  constructor(form: HTMLFormElement, hooks: ExplorerHooks) {
    this.hooks = hooks;
    this.tableSelect = form.querySelector("#wb-x-table")!;
    this.facets = form.querySelector("#wb-x-facets")!;
    this.sortSelect = form.querySelector("#wb-x-sort")!;
    this.directionSelect = form.querySelector("#wb-x-direction")!;
    this.sqlOut = form.querySelector("#wb-x-sql")!;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.apply();
    });
    this.tableSelect.addEventListener("change", () => {
      this.state = { table: this.tableSelect.value, filters: {} };
      this.fillSort();
      void this.refresh(true);
    });
    this.facets.addEventListener("change", () => {
      this.readFilters();
      void this.refresh(true);
    });
    for (const select of [this.sortSelect, this.directionSelect]) {
      select.addEventListener("change", () => {
        this.readSort();
        void this.refresh(true);
      });
    }
    form.querySelector("#wb-x-copy")!.addEventListener("click", () => this.hooks.toEditor(this.sql()));
  }

  private columns(): string[] {
    return this.manifest?.tables.find((t) => t.name === this.state.table)?.columns.map((c) => c.name) ?? [];
  }

  sql(): string {
    return explorerSql(this.state, this.columns());
  }

  setManifest(manifest: Manifest): void {
    this.manifest = manifest;
    const keep = manifest.tables.some((t) => t.name === this.state.table);
    const preferred = manifest.tables.find((t) => t.name === "observations_full") ?? manifest.tables[0];
    if (!keep) this.state = { table: preferred?.name ?? "", filters: {} };
    this.tableSelect.replaceChildren(
      ...manifest.tables.map(
        (t) => new Option(`${t.name}（${t.rows.toLocaleString("zh-CN")} 行）`, t.name, false, t.name === this.state.table),
      ),
    );
    this.fillSort();
    // The facet counts are queried by whoever set the manifest, when it suits (after a reader's
    // first result, which they would otherwise queue ahead of).
  }

  private fillSort(): void {
    this.sortSelect.replaceChildren(
      new Option("不排序", ""),
      ...this.columns().map((c) => new Option(c, c, false, c === this.state.sort?.column)),
    );
  }

  private readFilters(): void {
    this.state.filters = Object.fromEntries(
      [...this.facets.querySelectorAll<HTMLSelectElement>("select")].filter((s) => s.value !== "").map((s) => [s.name, s.value]),
    );
  }

  private readSort(): void {
    this.state.sort = this.sortSelect.value
      ? { column: this.sortSelect.value, descending: this.directionSelect.value === "desc" }
      : undefined;
  }

  /** Recounts the facets and shows the SQL; runs it too when `run`. */
  async refresh(run: boolean): Promise<void> {
    const ticket = ++this.ticket;
    const columns = this.columns();
    this.sqlOut.textContent = this.sql();
    const facets = facetsOf(columns);
    const counted = await Promise.all(facets.map((f) => this.hooks.query(facetSql(this.state, columns, f.column)).catch(() => undefined)));
    if (ticket !== this.ticket) return;
    const focused = (document.activeElement as HTMLSelectElement | null)?.closest("#wb-x-facets")
      ? (document.activeElement as HTMLSelectElement).id
      : "";
    this.facets.replaceChildren(
      ...facets.map((facet, i) => {
        const label = document.createElement("label");
        label.append(`${facet.label}（${facet.column}）`);
        const select = document.createElement("select");
        select.name = facet.column;
        select.id = `wb-x-facet-${facet.column}`;
        const table = counted[i];
        const chosen = this.state.filters[facet.column] ?? "";
        const total = table
          ? table
              .getChild("n")!
              .toArray()
              .reduce((sum: number, n: bigint | number) => sum + Number(n), 0)
          : 0;
        select.append(new Option(`全部（${total}）`, "", false, chosen === ""));
        let present = false;
        for (let r = 0; r < (table?.numRows ?? 0); r++) {
          const value = table!.getChild("value")!.get(r) as string | null;
          if (value === null) continue;
          const name = table!.getChild("name")!.get(r) as string | null;
          const n = Number(table!.getChild("n")!.get(r));
          if (value === chosen) present = true;
          select.append(new Option(`${name && name !== value ? `${name} ${value}` : value}（${n}）`, value, false, value === chosen));
        }
        // A chosen value the other filters leave no rows for stays visible, with 0.
        if (chosen && !present) select.append(new Option(`${chosen}（0）`, chosen, false, true));
        label.append(select);
        return label;
      }),
    );
    if (focused) document.getElementById(focused)?.focus();
    if (run) await this.apply();
  }

  async apply(): Promise<void> {
    await this.hooks.show(this.sql());
  }
}
