/**
 * PDF page geometry to paragraphs, on pages set here piece by piece: CJK characters one point of
 * size wide per point, A4 pages (595 × 842 points), a text block from x = 57 to x = 537.
 */
import { describe, expect, it } from "vitest";
import { layOut, type Page, type Piece } from "../../../src/lib/bulletin/pdf-layout.ts";

const LEFT = 57;
const RIGHT = 537;

/** Sets `text` from x at baseline y, one piece per run, as a PDF's text layer gives it. */
function piece(text: string, x: number, y: number, size = 12, bold = false): Piece {
  const width = [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? size / 2 : size), 0);
  return { text, x, y, width, size, bold };
}

/** Sets a paragraph in a column, wrapping at its right edge; returns the pieces and the next baseline. */
function paragraph(text: string, y: number, { left = LEFT, right = RIGHT, size = 12, indent = 2, pitch = 21.6 } = {}) {
  const pieces: Piece[] = [];
  let line = "";
  let x = left + indent * size;
  let start = x;
  for (const ch of text) {
    if (x + size > right + 0.01) {
      pieces.push(piece(line, start, y, size));
      y += pitch;
      line = "";
      x = start = left;
    }
    line += ch;
    x += size;
  }
  pieces.push(piece(line, start, y, size));
  return { pieces, next: y + pitch };
}

const page = (number: number, pieces: Piece[]): Page => ({ number, width: 595, height: 842, pieces });
const LONG = "近年来，各地围绕科技创业孵化载体建设出台了一系列政策措施，推动孵化器提档升级和提质增效，成效显著。";

describe("layOut", () => {
  it("joins a paragraph's lines without spaces and keeps a centred headline apart, with its size and weight", () => {
    const title = piece("某市孵化器建设观察", 0, 100, 18, true);
    title.x = (595 - title.width) / 2;
    const body = paragraph(LONG + LONG, 140);
    const lines = layOut([page(1, [title, ...body.pieces])]);
    expect(lines).toEqual([
      { text: "某市孵化器建设观察", page: 1, size: 18, bold: true, align: "center", line: 1 },
      { text: LONG + LONG, page: 1, size: 12, bold: false, align: undefined, line: 2 },
    ]);
  });

  it("starts a new paragraph at a first-line indent and after a short last line", () => {
    const a = paragraph(LONG, 100);
    const b = paragraph("第二段。", a.next);
    const c = paragraph("没有缩进的段落，在上一段的短行之后。", b.next, { indent: 0 });
    expect(layOut([page(1, [...a.pieces, ...b.pieces, ...c.pieces])]).map((l) => l.text)).toEqual([
      LONG,
      "第二段。",
      "没有缩进的段落，在上一段的短行之后。",
    ]);
  });

  it("drops page numbers and a running head, and joins a paragraph cut by the page break", () => {
    const text = LONG.repeat(3);
    const first = paragraph(text.slice(0, 78), 740);
    const rest = paragraph(text.slice(78), 90, { indent: 0 });
    const furniture = (n: number) => [piece("江苏双创载体信息", 250, 40, 9), piece(`- ${n} -`, 280, 815, 10)];
    const lines = layOut([
      page(1, [...paragraph(LONG, 100).pieces, ...first.pieces, ...furniture(1)]),
      page(2, [...rest.pieces, ...furniture(2)]),
    ]);
    expect(lines.map((l) => l.text)).toEqual([LONG, text]);
    expect(lines[1]!.page).toBe(1);
  });

  it("reads two columns one after the other, below a headline across both", () => {
    const title = piece("两栏版面的通栏标题", 200, 90, 20, true);
    const left = paragraph(LONG + "左栏到此为止。", 130, { left: LEFT, right: 287 });
    const right = paragraph(LONG + "右栏到此为止。", 130, { left: 307, right: RIGHT });
    const lines = layOut([page(1, [title, ...right.pieces, ...left.pieces])]);
    expect(lines.map((l) => l.text)).toEqual(["两栏版面的通栏标题", LONG + "左栏到此为止。", LONG + "右栏到此为止。"]);
  });

  it("rebuilds a table whose cells wrap, rows told apart by the space between them", () => {
    const columns = [LEFT, LEFT + 40, LEFT + 160, LEFT + 220];
    const row = (y: number, cells: string[][]) => cells.flatMap((lines, c) => lines.map((t, k) => piece(t, columns[c]!, y + k * 14, 10)));
    const pieces = [
      ...row(100, [["序号"], ["指标"], ["全市"], ["东台", "市"]]),
      ...row(134, [["1"], ["新增省级以上", "孵化载体"], ["20"], ["2"]]),
      ...row(168, [["2"], ["新增科创飞地数"], ["30"], ["3"]]),
    ];
    const [table] = layOut([page(1, [...paragraph(LONG, 60).pieces.map((p) => ({ ...p, size: 10 })), ...pieces])]).slice(1);
    expect(table!.table).toEqual([
      ["序号", "指标", "全市", "东台市"],
      ["1", "新增省级以上孵化载体", "20", "2"],
      ["2", "新增科创飞地数", "30", "3"],
    ]);
  });

  it("marks bold runs inside a paragraph, keeps spaces the PDF shows as gaps, and spaces digits across a break as the paragraph does", () => {
    const bold = piece("一是", LEFT + 24, 100, 12, true);
    const rest = piece("梯度培育。", bold.x + bold.width, 100);
    const spaced = [
      piece("全市建有省级孵化器", LEFT + 24, 140),
      piece("5", LEFT + 24 + 9 * 12 + 3, 140),
      piece("家、国家级众创空间", LEFT + 24 + 9 * 12 + 3 + 6 + 3, 140),
    ];
    const x = spaced[2]!.x + spaced[2]!.width;
    const full = piece("再添新兵共计数量", x, 140);
    const next = piece("18 家。", LEFT, 161.6);
    const lines = layOut([page(1, [bold, rest, ...spaced, { ...full, width: RIGHT - x }, next])]);
    expect(lines.map((l) => l.text)).toEqual(["**一是**梯度培育。", "全市建有省级孵化器 5 家、国家级众创空间再添新兵共计数量 18 家。"]);
  });
});
