/**
 * From positioned pieces of text on PDF pages to the importer's logical lines: running headers,
 * footers and page numbers dropped, columns read in order, lines joined into paragraphs (CJK
 * lines join without a space), tables rebuilt from their cells. Pure geometry, no PDF library:
 * read-pdf.ts gives it the pieces.
 *
 * Coordinates are in points from the top left of the page; `y` is a piece's baseline.
 */
import { DASH_SUBTITLE } from "./signals.ts";
import { displayWidth, joiner, markBold, standsAlone, startsBlock, type TextLine } from "./text.ts";

/** A run of text as the PDF draws it. */
export interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface Page {
  number: number;
  width: number;
  height: number;
  pieces: Piece[];
}

/** Pieces on one baseline with no wide gap between them: a line, a cell, or part of a line. */
interface Fragment {
  text: string;
  /** The pieces' text with their weight, for marking bold stretches. */
  runs: { text: string; bold: boolean }[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  bold: boolean;
  /** Characters per size and weight, for the fragment's signals. */
  chars: number;
  boldChars: number;
}

/** Stands where a line break fell between a Chinese character and a digit or Latin letter. */
const MIXED_BREAK = "\u0000";
const HAN = /\p{Script=Han}/u;
const LATIN = /[0-9A-Za-z]/;

/**
 * Joins two lines of a paragraph (see `joiner`). Between a Chinese character and a digit or
 * Latin letter the break may have eaten a space, which some texts set there (约 900 亿元) and
 * others do not (约900亿元); a placeholder stands there until the whole paragraph shows which
 * (settleJoins).
 */
function lineJoin(left: string, right: string): string {
  const l = left.at(-1) ?? "";
  const r = right[0] ?? "";
  return (HAN.test(l) && LATIN.test(r)) || (LATIN.test(l) && HAN.test(r)) ? MIXED_BREAK : joiner(left, right);
}

/** Puts a space at each mixed break when the paragraph spaces Chinese from digits and Latin more often than not. */
function settleJoins(text: string): string {
  if (!text.includes(MIXED_BREAK)) return text;
  const spaced = text.match(/\p{Script=Han} [0-9A-Za-z]|[0-9A-Za-z] \p{Script=Han}/gu)?.length ?? 0;
  const tight = text.match(/\p{Script=Han}[0-9A-Za-z]|[0-9A-Za-z]\p{Script=Han}/gu)?.length ?? 0;
  return text.replaceAll(MIXED_BREAK, spaced > tight ? " " : "");
}

/** Fragments on one baseline of one region. */
interface Line {
  fragments: Fragment[];
  x0: number;
  x1: number;
  y: number;
  size: number;
  page: number;
}

/** A region read as one column: its lines and its edges. */
interface Region {
  lines: Line[];
  left: number;
  right: number;
  page: number;
}

type Para = Omit<TextLine, "line"> & {
  runs: { text: string; bold: boolean }[];
  /** Its last line filled the column and did not end a sentence: it may go on in the next region. */
  open: boolean;
  /** Its first line starts at the column's left edge (no first-line indent). */
  flush: boolean;
  regionIndex: number;
};

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…]/u;
const SENTENCE_END = /[。！？!?…；;：:]["”’」』）)】]*$/;
/** Page numbers as bulletins and Word print them: `- 2 -`, `— 2 —`, `2`, `第 2 页`, `2 / 10`. */
const PAGE_NUMBER = /^(?:[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}|第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

/** The body text size: the size most characters are set in. */
function modeSize(fragments: Fragment[]): number {
  const weight = new Map<number, number>();
  for (const f of fragments) weight.set(round(f.size), (weight.get(round(f.size)) ?? 0) + f.chars);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

const round = (n: number) => Math.round(n * 2) / 2;

/** Groups a page's pieces into fragments: same baseline, no gap wider than a character. */
function fragmentsOf(pieces: Piece[]): Fragment[] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Piece[][] = [];
  for (const p of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - p.y) <= Math.max(1, row[0]!.size * 0.2)) row.push(p);
    else rows.push([p]);
  }
  const fragments: Fragment[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    // Justified lines spread every character a little; there, only a wide gap is a space.
    const gaps = row.slice(1).map((p, i) => (p.x - (row[i]!.x + row[i]!.width)) / p.size);
    const justified = gaps.filter((g) => g > 0.03 && g < 0.5).length >= 3;
    let current: Fragment | undefined;
    for (const p of row) {
      const gap = current ? p.x - current.x1 : Infinity;
      const em = Math.max(p.size, current?.size ?? 0);
      const chars = [...p.text.replace(/\s/g, "")].length;
      // A gap of most of a character separates table cells, or a page number from its entry.
      if (current && gap < em * 0.7) {
        const last = current.text.at(-1) ?? "";
        const first = p.text[0] ?? "";
        // A space in CJK fonts is narrow (about a fifth of a character); between two CJK
        // characters of a justified line a gap is spacing, not a space.
        const threshold = CJK.test(last) && CJK.test(first) ? (justified ? 0.6 : 0.18) : 0.12;
        const space = gap > em * threshold && !/\s$/.test(current.text) && !/^\s/.test(p.text);
        current.text += (space ? " " : "") + p.text;
        current.runs.push({ text: (space ? " " : "") + p.text, bold: p.bold });
        current.x1 = Math.max(current.x1, p.x + p.width);
        current.chars += chars;
        current.boldChars += p.bold ? chars : 0;
        if (chars > current.chars / 2) current.size = p.size;
      } else {
        current = {
          text: p.text,
          runs: [{ text: p.text, bold: p.bold }],
          x0: p.x,
          x1: p.x + p.width,
          y: p.y,
          size: p.size,
          bold: p.bold,
          chars,
          boldChars: p.bold ? chars : 0,
        };
        fragments.push(current);
      }
    }
  }
  for (const f of fragments) {
    f.text = f.text.replace(/\s+/g, " ").trim();
    f.bold = f.boldChars > f.chars / 2;
  }
  return fragments.filter((f) => f.text !== "");
}

/**
 * Drops running headers and footers: page numbers in the top or bottom margin, and a line that
 * stands at the top or bottom of several pages (digits aside), such as the bulletin's name.
 */
function dropFurniture(pages: { page: Page; fragments: Fragment[] }[]): void {
  const key = (f: Fragment) => f.text.replace(/\d+/g, "#");
  const edges = (fragments: Fragment[]) => {
    const ys = fragments.map((f) => f.y);
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    return fragments.filter((f) => f.y <= top + 1 || f.y >= bottom - 1);
  };
  const seen = new Map<string, number>();
  for (const { fragments } of pages) {
    for (const k of new Set(edges(fragments).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  for (const entry of pages) {
    const { page } = entry;
    const margin = page.height * 0.12;
    const edge = new Set(edges(entry.fragments));
    entry.fragments = entry.fragments.filter((f) => {
      if (!edge.has(f)) return true;
      const inMargin = f.y < margin || f.y > page.height - margin;
      if (inMargin && PAGE_NUMBER.test(f.text)) return false;
      return !(pages.length > 1 && inMargin && (seen.get(key(f)) ?? 0) >= 2);
    });
  }
}

/** Fragments and the column they stand in: the edges centring and full lines are measured against. */
interface Part {
  fragments: Fragment[];
  left: number;
  right: number;
}

/**
 * Cuts a page into regions read one after another (recursive XY-cut): across the widest gap
 * that runs the full width, or down a gutter that runs the full height between two columns
 * of text. A gutter between table columns is not a cut: each side of a column cut must hold
 * lines of prose that fill it. A region keeps the edges of the column it was cut from.
 */
function cut(part: Part, body: number): Part[] {
  const { fragments } = part;
  if (fragments.length <= 1) return [part];
  type Cut = { gap: number; parts: [Part, Part] };
  let best: Cut | undefined;

  // Horizontal cuts: gaps between the vertical extents of fragments.
  const byTop = [...fragments].sort((a, b) => a.y - a.size - (b.y - b.size));
  let reach = byTop[0]!.y + byTop[0]!.size * 0.25;
  for (let i = 1; i < byTop.length; i++) {
    const top = byTop[i]!.y - byTop[i]!.size * 0.9;
    const gap = top - reach;
    // Wider than the leading between lines of a paragraph: space between blocks.
    if (gap > body * 0.9 && (!best || gap > best.gap)) {
      best = {
        gap,
        parts: [
          { ...part, fragments: byTop.slice(0, i) },
          { ...part, fragments: byTop.slice(i) },
        ],
      };
    }
    reach = Math.max(reach, byTop[i]!.y + byTop[i]!.size * 0.25);
  }

  // Vertical cuts: gutters in the union of the fragments' horizontal extents.
  const byLeft = [...fragments].sort((a, b) => a.x0 - b.x0);
  let right = byLeft[0]!.x1;
  for (let i = 1; i < byLeft.length; i++) {
    const gap = byLeft[i]!.x0 - right;
    if (gap > body * 1.2 && (!best || gap > best.gap * 1.5)) {
      const sides = [byLeft.slice(0, i), byLeft.slice(i)];
      if (sides.every((side) => isColumn(side, body))) {
        const column = (side: Fragment[]): Part => ({
          fragments: side,
          left: Math.min(...side.map((f) => f.x0)),
          right: Math.max(...side.map((f) => f.x1)),
        });
        best = { gap: gap / 1.5, parts: [column(sides[0]!), column(sides[1]!)] };
      }
    }
    right = Math.max(right, byLeft[i]!.x1);
  }
  if (!best) return [part];
  return [...cut(best.parts[0], body), ...cut(best.parts[1], body)];
}

/** A column of text: at least ten characters wide, with two or more lines that fill most of it. */
function isColumn(side: Fragment[], body: number): boolean {
  const left = Math.min(...side.map((f) => f.x0));
  const width = Math.max(...side.map((f) => f.x1)) - left;
  if (width < body * 10) return false;
  // Measured by lines, not pieces: a full-width space splits a line into pieces.
  const extents = new Map<number, { x0: number; x1: number }>();
  for (const f of side) {
    const key = Math.round(f.y);
    const e = extents.get(key);
    extents.set(key, e ? { x0: Math.min(e.x0, f.x0), x1: Math.max(e.x1, f.x1) } : { x0: f.x0, x1: f.x1 });
  }
  return [...extents.values()].filter((e) => e.x1 - e.x0 >= width * 0.8).length >= 2;
}

function linesOf(fragments: Fragment[], page: number): Line[] {
  const sorted = [...fragments].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const f of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - f.y) <= Math.max(1, line.size * 0.2)) {
      line.fragments.push(f);
      line.x1 = Math.max(line.x1, f.x1);
      line.x0 = Math.min(line.x0, f.x0);
      if (f.chars > line.fragments.reduce((n, g) => n + g.chars, 0) / 2) line.size = f.size;
    } else lines.push({ fragments: [f], x0: f.x0, x1: f.x1, y: f.y, size: f.size, page });
  }
  for (const l of lines) l.fragments.sort((a, b) => a.x0 - b.x0);
  return lines;
}

/**
 * Finds a table starting at a region's line: a line of three or more cells, and the lines below
 * whose pieces each fall in one of its columns. Rows are told apart by the wider space between
 * them (cell padding and rules); within a row, a cell's wrapped lines join.
 */
function tableAt(lines: Line[], start: number): { rows: string[][]; end: number } | undefined {
  const first = lines[start]!;
  if (first.fragments.length < 3) return undefined;
  const columns = first.fragments.map((f) => ({ x0: f.x0, x1: f.x1 }));
  const overlaps = (f: Fragment, c: { x0: number; x1: number }) => f.x0 < c.x1 - 1 && f.x1 > c.x0 + 1;
  const placed: { line: Line; cells: Map<number, Fragment[]> }[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > start && Math.abs(line.size - first.size) > 1) break;
    const cells = new Map<number, Fragment[]>();
    let fits = true;
    for (const f of line.fragments) {
      const hit = columns.flatMap((c, k) => (overlaps(f, c) ? [k] : []));
      if (hit.length > 1) fits = false;
      const k = hit[0] ?? columns.findIndex((c, j) => f.x1 <= c.x0 && (j === 0 || f.x0 >= columns[j - 1]!.x1));
      if (k < 0) fits = false;
      if (!fits) break;
      cells.set(k, [...(cells.get(k) ?? []), f]);
    }
    if (!fits) break;
    for (const [k, fs] of cells)
      for (const f of fs) columns[k] = { x0: Math.min(columns[k]!.x0, f.x0), x1: Math.max(columns[k]!.x1, f.x1) };
    placed.push({ line, cells });
  }
  if (placed.length < 2) return undefined;
  // Rows: lines closer together than the others are one row's wrapped cells.
  const pitches = placed.slice(1).map((p, i) => p.line.y - placed[i]!.line.y);
  const least = Math.min(...pitches);
  const breakAt = Math.max(...pitches) > least * 1.15 ? least * 1.15 : 0;
  const rows: string[][] = [];
  placed.forEach((p, i) => {
    if (i === 0 || pitches[i - 1]! > breakAt) rows.push(columns.map(() => ""));
    const row = rows.at(-1)!;
    for (const [k, fs] of p.cells) {
      for (const f of fs) row[k] = row[k] ? row[k] + joiner(row[k]!, f.text) + f.text : f.text;
    }
  });
  return rows.length >= 2 ? { rows, end: start + placed.length } : undefined;
}

/**
 * A printed line that begins something new whatever its geometry says (see startsBlock); a line
 * starting with a dash is not one here, since a PDF line is often the rest of a paragraph that
 * broke before a dash, and a dash subtitle is told by its size and centring.
 */
const beginsAnew = (text: string) => startsBlock(text) && !DASH_SUBTITLE.test(text);

/** A line whose pieces stand wider apart than a full-width space: entries and page numbers, not prose. */
const spread = (line: Line) => line.fragments.some((f, k) => k > 0 && f.x0 - line.fragments[k - 1]!.x1 > f.size * 1.5);

const bold = (line: Line) => {
  const chars = line.fragments.reduce((n, f) => n + f.chars, 0);
  return line.fragments.reduce((n, f) => n + f.boldChars, 0) > chars / 2;
};

/** Assembles a region's lines into paragraphs. */
function paragraphsOf(region: Region, regionIndex: number, body: number): Para[] {
  const out: Para[] = [];
  const { lines, left, right } = region;
  const full = (l: Line) => l.x1 >= right - l.size * 2.5;
  // A line was cut by the column's edge when the next line's first word would not have fitted
  // after it: a CJK character with the punctuation that may not begin a line, or a Latin word
  // or number, which breaks only between words.
  const cutBefore = (l: Line, next: Line) => {
    const word = /^[“‘（(《「『【—]*(?:[A-Za-z0-9.,%+\-/]+|.)[）)」』》”’，。、；：！？…]*/u.exec(next.fragments[0]!.text)?.[0] ?? "";
    return l.x1 + (displayWidth(word) * next.size) / 2 > right - next.size * 0.3;
  };
  const indented = (l: Line) => l.x0 > left + l.size * 0.9;
  // Centred: room on both sides, about as much, and more on the left than a first-line indent.
  const centred = (l: Line) =>
    l.x0 - left > l.size * 2.5 && right - l.x1 > l.size * 1.5 && Math.abs(l.x0 - left - (right - l.x1)) < l.size * 2;
  const pitches = lines
    .slice(1)
    .map((l, i) => l.y - lines[i]!.y)
    .filter((d) => d > 0);
  const pitch = pitches.sort((a, b) => a - b)[Math.floor(pitches.length / 2)] ?? body * 1.6;
  let previous: Line | undefined;
  let para: (Para & { last: Line }) | undefined;
  for (let i = 0; i < lines.length; i++) {
    const table = tableAt(lines, i);
    if (table) {
      out.push({
        text: table.rows.map((r) => r.join(" ")).join(" "),
        runs: [],
        table: table.rows,
        page: region.page,
        open: false,
        flush: true,
        regionIndex,
      });
      para = undefined;
      previous = lines[table.end - 1];
      i = table.end - 1;
      continue;
    }
    const line = lines[i]!;
    // Pieces of a line a wide space apart (a full-width space, a page number after its entry)
    // are one line with a space between them.
    const text = line.fragments.map((f) => f.text).join(" ");
    const runs = line.fragments.flatMap((f, k) => (k === 0 ? f.runs : [{ text: " ", bold: false }, ...f.runs]));
    const continues =
      para !== undefined &&
      previous !== undefined &&
      // What the text says comes first: a source line or a contents entry is whole, a footer
      // field or a byline begins anew, however the lines are set.
      !standsAlone(para.text) &&
      !beginsAnew(text) &&
      para.align !== "right" &&
      Math.abs(line.size - para.last.size) < 0.5 &&
      bold(line) === Boolean(para.bold) &&
      !spread(line) &&
      !spread(previous) &&
      line.y - previous.y <= Math.max(pitch, line.size * 1.2) * 1.35 &&
      (line.size > body * 1.1
        ? cutBefore(previous, line) || (centred(previous) && centred(line) && !SENTENCE_END.test(para.text))
        : cutBefore(previous, line) && !indented(line) && !centred(line));
    if (continues) {
      para!.runs.push({ text: lineJoin(para!.text, text), bold: false }, ...runs);
      para!.text += lineJoin(para!.text, text) + text;
      para!.last = line;
      para!.open = full(line) && !SENTENCE_END.test(para!.text);
    } else {
      para = {
        text,
        runs: [...runs],
        page: line.page,
        size: line.size,
        bold: bold(line),
        align: centred(line) ? "center" : line.x0 > left + (right - left) * 0.4 && line.x1 >= right - line.size ? "right" : undefined,
        open: full(line) && !SENTENCE_END.test(text),
        flush: !indented(line),
        regionIndex,
        last: line,
      };
      out.push(para);
    }
    previous = line;
  }
  return out.map(({ last: _last, ...p }: Para & { last?: Line }) => p);
}

/**
 * Reads pages of positioned pieces as logical lines, numbered 1, 2, 3 … in reading order. A
 * paragraph cut by a page or column break (its last line fills the column without ending a
 * sentence, and the next region begins without an indent) is joined again.
 */
export function layOut(pages: Page[]): TextLine[] {
  const withFragments = pages.map((page) => ({ page, fragments: fragmentsOf(page.pieces) }));
  dropFurniture(withFragments);
  const all = withFragments.flatMap((p) => p.fragments);
  const body = modeSize(all);
  // The text block every page shares: where a full line begins and ends.
  const bodyFragments = all.filter((f) => round(f.size) === body);
  const left = Math.min(...bodyFragments.map((f) => f.x0));
  const right = Math.max(...bodyFragments.map((f) => f.x1));
  const paragraphs: Para[] = [];
  let regionIndex = 0;
  for (const { page, fragments } of withFragments) {
    if (fragments.length === 0) continue;
    const textBlock: Part = {
      fragments,
      left: Math.min(left, ...fragments.map((f) => f.x0)),
      right: Math.max(right, ...fragments.map((f) => f.x1)),
    };
    for (const part of cut(textBlock, body)) {
      if (part.fragments.length === 0) continue;
      const region: Region = { lines: linesOf(part.fragments, page.number), left: part.left, right: part.right, page: page.number };
      paragraphs.push(...paragraphsOf(region, regionIndex++, body));
    }
  }
  const joined: Para[] = [];
  for (const p of paragraphs) {
    const last = joined.at(-1);
    const goesOn =
      last?.open &&
      !standsAlone(last.text) &&
      !beginsAnew(p.text) &&
      last.regionIndex !== p.regionIndex &&
      p.flush &&
      !p.table &&
      !last.table &&
      p.size === last.size &&
      p.bold === last.bold &&
      p.align === undefined;
    if (last && goesOn) {
      last.runs.push({ text: lineJoin(last.text, p.text), bold: false }, ...p.runs);
      last.text += lineJoin(last.text, p.text) + p.text;
      last.open = p.open;
      last.regionIndex = p.regionIndex;
    } else joined.push({ ...p, runs: [...p.runs] });
  }
  return joined.map(({ open: _o, flush: _f, regionIndex: _r, runs, ...p }, i) => {
    const text = p.table || p.bold ? p.text : markBold(runs);
    return { ...p, text: settleJoins(text), line: i + 1 };
  });
}
