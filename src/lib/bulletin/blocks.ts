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
 * gives the column count. Returns the table and the index after it, or undefined.
 */
export function flattenedTable(lines: TextLine[], start: number): { block: Block; end: number } | undefined {
  let k = start;
  while (k < lines.length && isCell(lines[k]!.text) && lines[k]!.text !== "1") k++;
  const columns = k - start;
  if (columns < 2 || lines[k]?.text !== "1" || columns > 40) return undefined;
  const header = lines.slice(start, k).map((l) => l.text);
  if (header.some((h) => /^\d+$/.test(h))) return undefined;
  const rows: string[][] = [];
  let i = k;
  while (i + columns <= lines.length) {
    const cells = lines.slice(i, i + columns).map((l) => l.text);
    if (cells[0] !== String(rows.length + 1) || !cells.every(isCell)) break;
    rows.push(cells);
    i += columns;
  }
  if (rows.length === 0) return undefined;
  return { block: { kind: "table", header, rows }, end: i };
}

/** Bullet characters that start a list item in the seeds' sources. */
const BULLET = /^[•·●▪◆■]\s*/;

/** Photo captions in newspaper pages. */
const CAPTION = /^(图为|▲|△|图[:：]|图片[:：]|（图片|\(图片)/;

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
