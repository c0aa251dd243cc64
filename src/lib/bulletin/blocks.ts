/**
 * The block model shared by bulletins and policy documents: what an article body is made of
 * before it becomes MDX. Also finds tables that PDF or web extraction flattened to one cell a line.
 */
import { displayWidth, type TextLine } from "./text.ts";

export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "heading"; text: string; depth: 2 | 3 | 4 }
  | { kind: "list"; items: string[] }
  | { kind: "table"; header: string[]; rows: string[][] }
  | { kind: "caption"; text: string };

/** Table cells are short and carry no sentence punctuation. */
function isCell(text: string): boolean {
  return displayWidth(text) <= 24 && !/[。，；：]/.test(text);
}

/**
 * Recognises a table flattened one cell per line, starting at `start`: header cells, then rows
 * whose first cell is the row number 1, 2, 3 … The number of header cells before the first `1`
 * gives the column count. A short caption line before the header looks like a cell too, so every
 * possible first header cell is tried and the one whose rows take up the most cells wins; the
 * table is returned only if it starts at `start`, with the index after it.
 */
export function flattenedTable(lines: TextLine[], start: number): { block: Block; end: number } | undefined {
  let one = start;
  while (one < lines.length && isCell(lines[one]!.text) && lines[one]!.text !== "1") one++;
  if (lines[one]?.text !== "1" || one - start < 2) return undefined;
  let best: { from: number; block: Block & { kind: "table" }; end: number } | undefined;
  for (let from = start; from <= one - 2; from++) {
    const table = tableFrom(lines, from, one);
    if (table && (!best || table.end > best.end)) best = { from, ...table };
  }
  return best && best.from === start ? { block: best.block, end: best.end } : undefined;
}

function tableFrom(lines: TextLine[], from: number, one: number): { block: Block & { kind: "table" }; end: number } | undefined {
  const columns = one - from;
  if (columns > 40) return undefined;
  const header = lines.slice(from, one).map((l) => l.text);
  if (header.some((h) => /^\d+$/.test(h))) return undefined;
  const rows: string[][] = [];
  let i = one;
  while (i + columns <= lines.length) {
    const cells = lines.slice(i, i + columns).map((l) => l.text);
    if (cells[0] !== String(rows.length + 1) || !cells.every(isCell)) break;
    rows.push(cells);
    i += columns;
  }
  return rows.length > 0 ? { block: { kind: "table", header, rows }, end: i } : undefined;
}

/** A table a reader found whole (a Word or PDF table): its first row is the header. */
export function tableBlock(rows: string[][]): Block {
  return { kind: "table", header: rows[0] ?? [], rows: rows.slice(1) };
}

/** Bullet characters that start a list item in the seeds' sources. */
const BULLET = /^[•·●▪◆■]\s*/;

/** Photo captions in newspaper pages, and their credits: （图片来源：…）, 王晓燕 摄. */
const CAPTION = /^(图为|▲|△|图[:：]|图片[:：]|（图片|\(图片|[（(]?\s*(?:图源|资料图|图片由))|^[（(]?[^，。]{1,24}\s摄[）)]?$/;

/** List items and captions are short like headings, but are never headings. */
export function isListOrCaption(text: string): boolean {
  return BULLET.test(text) || CAPTION.test(text);
}

/** Turns body lines into blocks; consecutive bullet lines form one list. */
export function bodyBlock(text: string, previous: Block | undefined): Block | undefined {
  if (BULLET.test(text)) {
    const item = text.replace(BULLET, "");
    if (previous?.kind === "list") {
      previous.items.push(item);
      return undefined;
    }
    return { kind: "list", items: [item] };
  }
  if (CAPTION.test(text)) return { kind: "caption", text };
  return { kind: "paragraph", text };
}
