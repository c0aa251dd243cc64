/**
 * The results grid: column names and types, NULL shown as NULL, numbers right-aligned in zh-CN
 * style, BigInt exact, sortable by any column (click or Enter on its header; NULLs last), and
 * virtualised with @tanstack/virtual-core so that only the rows in view exist in the page. A
 * result longer than MAX_SHOWN rows shows its first MAX_SHOWN rows (browsers cannot make a box
 * taller than about 33 million pixels); the true count is said, and exports write every row.
 * Every value is written with textContent: nothing from the data is ever parsed as HTML.
 */
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from "@tanstack/virtual-core";
import type { Table } from "apache-arrow";
import { formatCell, isNumericType, sortedOrder, sqlTypeName } from "../../workbench/cells.ts";

export const MAX_SHOWN = 1_000_000;
const ROW_HEIGHT = 28;

export interface GridSort {
  column: number;
  descending: boolean;
}

export class ResultGrid {
  private readonly root: HTMLElement;
  private readonly header: HTMLElement;
  private readonly body: HTMLElement;
  private table?: Table;
  private order?: Uint32Array;
  private sort?: GridSort;
  private virtualizer?: Virtualizer<HTMLElement, HTMLElement>;
  private cleanup?: () => void;
  private types: string[] = [];

  constructor(root: HTMLElement) {
    this.root = root;
    this.root.setAttribute("role", "table");
    this.root.tabIndex = 0;
    this.header = document.createElement("div");
    this.header.className = "wb-grid-head";
    this.header.setAttribute("role", "rowgroup");
    this.body = document.createElement("div");
    this.body.className = "wb-grid-body";
    this.body.setAttribute("role", "rowgroup");
    this.root.replaceChildren(this.header, this.body);
  }

  /** The row order the grid shows (for exports that follow the sort), if sorted. */
  get sortedOrder(): Uint32Array | undefined {
    return this.order;
  }

  get shownRows(): number {
    return Math.min(this.table?.numRows ?? 0, MAX_SHOWN);
  }

  show(table: Table): void {
    this.table = table;
    this.order = undefined;
    this.sort = undefined;
    this.types = table.schema.fields.map((f) => String(f.type));
    const template = this.types.map((t) => (isNumericType(t) ? "minmax(7rem, max-content)" : "minmax(9rem, 18rem)")).join(" ");
    this.root.style.setProperty("--wb-columns", template || "1fr");
    this.root.setAttribute("aria-rowcount", String(table.numRows + 1));
    this.root.setAttribute("aria-colcount", String(this.types.length));
    this.renderHeader();
    this.cleanup?.();
    this.virtualizer = new Virtualizer<HTMLElement, HTMLElement>({
      count: this.shownRows,
      getScrollElement: () => this.root,
      estimateSize: () => ROW_HEIGHT,
      overscan: 12,
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      onChange: () => this.paint(),
    });
    this.cleanup = this.virtualizer._didMount();
    this.virtualizer._willUpdate();
    this.root.scrollTop = 0;
    this.paint();
  }

  clear(): void {
    this.cleanup?.();
    this.cleanup = undefined;
    this.virtualizer = undefined;
    this.table = undefined;
    this.header.replaceChildren();
    this.body.replaceChildren();
    this.body.style.height = "0px";
  }

  private renderHeader(): void {
    const row = document.createElement("div");
    row.className = "wb-grid-row";
    row.setAttribute("role", "row");
    row.setAttribute("aria-rowindex", "1");
    this.table!.schema.fields.forEach((field, i) => {
      const cell = document.createElement("div");
      cell.setAttribute("role", "columnheader");
      cell.className = isNumericType(this.types[i]!) ? "num" : "";
      const sorted = this.sort?.column === i;
      cell.setAttribute("aria-sort", sorted ? (this.sort!.descending ? "descending" : "ascending") : "none");
      const button = document.createElement("button");
      button.type = "button";
      const name = document.createElement("span");
      name.className = "wb-col-name";
      name.textContent = field.name;
      const type = document.createElement("span");
      type.className = "wb-col-type";
      type.textContent = sqlTypeName(this.types[i]!);
      const arrow = document.createElement("span");
      arrow.setAttribute("aria-hidden", "true");
      arrow.textContent = sorted ? (this.sort!.descending ? " ▼" : " ▲") : "";
      button.append(name, " ", type, arrow);
      button.setAttribute("aria-label", `${field.name}（${sqlTypeName(this.types[i]!)}），按此列排序`);
      button.addEventListener("click", () => this.sortBy(i));
      cell.append(button);
      row.append(cell);
    });
    this.header.replaceChildren(row);
  }

  /** Sorts by a column: ascending first, then descending, then back to the query's order. */
  sortBy(column: number): void {
    if (!this.table) return;
    const next: GridSort | undefined =
      this.sort?.column !== column ? { column, descending: false } : this.sort.descending ? undefined : { column, descending: true };
    this.sort = next;
    this.order = next ? sortedOrder(this.columnValues(next.column), next.descending) : undefined;
    const focused = document.activeElement?.closest("[role=columnheader]") !== null;
    this.renderHeader();
    if (focused) this.header.querySelectorAll("button")[column]?.focus();
    this.paint();
  }

  /** One column's values, NULLs as null (Arrow's typed arrays would give 0 for them). */
  private columnValues(column: number): ArrayLike<unknown> {
    const vector = this.table!.getChildAt(column)!;
    const values = vector.toArray() as ArrayLike<unknown>;
    if (vector.nullCount === 0) return values;
    const withNulls: unknown[] = Array.from(values);
    for (let i = 0; i < withNulls.length; i++) if (!vector.isValid(i)) withNulls[i] = null;
    return withNulls;
  }

  /** The visible row r's values as text, for tests and for copying. */
  rowText(r: number): string[] {
    if (!this.table) return [];
    const index = this.order ? this.order[r]! : r;
    return this.types.map((type, c) => formatCell(this.table!.getChildAt(c)!.get(index), type).text);
  }

  private paint(): void {
    const table = this.table;
    const virtualizer = this.virtualizer;
    if (!table || !virtualizer) return;
    this.body.style.height = `${virtualizer.getTotalSize()}px`;
    const vectors = this.types.map((_, c) => table.getChildAt(c)!);
    const rows = virtualizer.getVirtualItems().map((item) => {
      const index = this.order ? this.order[item.index]! : item.index;
      const row = document.createElement("div");
      row.className = "wb-grid-row";
      row.setAttribute("role", "row");
      row.setAttribute("aria-rowindex", String(item.index + 2));
      row.style.transform = `translateY(${item.start}px)`;
      for (let c = 0; c < vectors.length; c++) {
        const cell = formatCell(vectors[c]!.get(index), this.types[c]);
        const div = document.createElement("div");
        div.setAttribute("role", "cell");
        div.className = cell.kind === "null" ? "null" : cell.kind === "number" ? "num" : "";
        div.textContent = cell.text;
        row.append(div);
      }
      return row;
    });
    this.body.replaceChildren(...rows);
  }
}
