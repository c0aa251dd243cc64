/**
 * The importer's intermediate form, and how plain text becomes it. Every reader (.txt, .docx,
 * .pdf) produces logical lines: whole paragraphs, headings and tables, each with where it stands
 * in the file and the typographic signals the format has (size, weight, alignment, Word's style).
 * For text, that means decoding it, removing page furniture and joining the hard wraps of PDF
 * extraction back into paragraphs. Everything after this works on whole paragraphs and
 * headings, never on the file's format.
 */

import { SHARED_GLYPHS } from "./glyph-variants.ts";
import { DASH_SUBTITLE, DATE_LINE, ISSUE_LINE, NEWS_LEAD, isBylineLine } from "./signals.ts";
import { displayWidth } from "./width.ts";

export { displayWidth };

/** An input problem the editor must fix; `line` is 1-based in the source file. */
export class ImportError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = "ImportError";
    this.file = file;
    this.line = line;
  }
}

/**
 * One logical line: a paragraph, a heading or a table, after wraps are joined. Only `text` and
 * `line` are always there; the signals are there where the format has them (none for .txt).
 */
export interface TextLine {
  text: string;
  /**
   * 1-based position in the source: the line of a .txt file where this logical line starts, or
   * the number of the block in a .docx or .pdf as `npm run import -- <file> --show-text` lists them.
   */
  line: number;
  /** Last line of a .txt file it takes up, when wraps were joined into it. */
  end?: number;
  /** Page of a PDF where it starts. */
  page?: number;
  /** Font size in points: the size most of its characters are set in. */
  size?: number;
  /** Most of its characters are bold. */
  bold?: boolean;
  /** Paragraph alignment, where the format says. */
  align?: "left" | "center" | "right" | "justify";
  /** Word's paragraph style name (`Heading 2`, `Title`, `Normal` …). */
  style?: string;
  /** Heading level Word gives the paragraph (1 for Heading 1), from its style's outline level. */
  outline?: number;
  /** A table, row by row, as printed; `text` then holds its cells joined by spaces. */
  table?: string[][];
}

/**
 * Decodes a text file. UTF-8 (with or without a BOM) is the norm; UTF-16 (what Windows Notepad
 * saves as "Unicode") is recognised by its BOM or by the zero bytes of its ASCII characters, and
 * GB18030/GBK (what it saves as "ANSI" on a Chinese system) when the bytes are not UTF-8 but read
 * as Chinese text in GB18030; `notices` then says which was used. Anything else is refused with
 * the line where the first bad byte sits.
 */
export function decodeText(bytes: Uint8Array, file: string, notices: string[] = []): string {
  let text: string;
  const utf16 = utf16Order(bytes);
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new ImportError(file, 1, `the text looks like ${utf16.toUpperCase()} but does not decode as it (save it as UTF-8)`);
    }
    notices.push(`read as ${utf16.toUpperCase()} text`);
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      throw new ImportError(file, lineOfByte(bytes, nul), "this is a binary file, not text (it holds NUL bytes)");
    }
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      const chinese = gb18030(bytes);
      if (chinese === undefined) {
        throw new ImportError(file, lineOfByte(bytes, firstInvalidUtf8(bytes)), "the text is not valid UTF-8 (save it as UTF-8)");
      }
      text = chinese;
      notices.push("read as GB18030 (GBK) text, the encoding Windows calls ANSI: check the Chinese characters, or save the file as UTF-8");
    }
  }
  text = plainCharacters(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  if (text.trim() === "") throw new ImportError(file, 1, "the file is empty");
  return text;
}

/**
 * UTF-16 byte order, from a BOM, or from the pattern ASCII characters leave without one: a zero
 * in every other byte. Most of a Chinese text is not ASCII, but its line ends and digits are.
 */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  let newlines = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
    if ((bytes[i] === 0x0a && bytes[i + 1] === 0) || (bytes[i] === 0 && bytes[i + 1] === 0x0a)) newlines++;
  }
  const pairs = bytes.length / 2;
  // A zero on one side only, in a good share of the pairs, and line ends in UTF-16 form.
  if (newlines > 0 && oddZeros >= pairs * 0.05 && evenZeros <= oddZeros * 0.1) return "utf-16le";
  if (newlines > 0 && evenZeros >= pairs * 0.05 && oddZeros <= evenZeros * 0.1) return "utf-16be";
  return undefined;
}

/**
 * Reads bytes as GB18030 when they are Chinese text in it: they decode strictly, and most of
 * what is not ASCII comes out as Chinese characters and punctuation. GB18030 can decode almost
 * any bytes, so text in another encoding fails the second test and stays refused.
 */
function gb18030(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const wide = [...text].filter((ch) => ch.codePointAt(0)! > 0x7f);
  const chinese = wide.filter((ch) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026]/u.test(ch));
  return chinese.length >= 2 && chinese.length >= wide.length * 0.9 ? text : undefined;
}

/**
 * The characters meant. Fonts such as Noto CJK draw 火 and the radical ⽕, 民 and ⺠, with one
 * glyph, and PDFs made by Chromium (and text copied from them) name the radical: 火炬中心 comes
 * out as ⽕炬中⼼, 人民 as 人⺠. The table comes from the fonts themselves (glyph-variants.ts);
 * other Kangxi radicals fall back on Unicode's compatibility mapping. Full-width and no-break
 * spaces become plain spaces, which is what a PDF's gaps become too, so that the same page reads
 * the same from every format. Nothing else changes: full-width punctuation stays as printed.
 */
export function plainCharacters(text: string): string {
  return text
    .replace(/[\u3000\u00a0]/g, " ")
    .replace(
      /[\u2015\u22ef\u2329\u232a\u2780-\u2789\u2e80-\u2fdf\u301c\u3400-\u4dbf\uf900-\ufaff]|[\u{2f800}-\u{2fa1f}]/gu,
      (ch) => SHARED_GLYPHS[ch] ?? (/[\u2f00-\u2fd5]/.test(ch) ? ch.normalize("NFKC") : ch),
    );
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode (a cut multi-byte sequence at
  // the very end is not an error, so decode with stream: true).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** Page numbers printed in the running footer: `- 2 -`, `— 12 —`. */
const PAGE_NUMBER = /^[-–—]\s*\d{1,3}\s*[-–—]$/;

/** A paragraph is complete when it ends with one of these, before any closing quote or bracket. */
const SENTENCE_END = /[。！？!?…；]["”’」』）)】]*$/;

/**
 * The wrap width of a hard-wrapped text (PDF extraction): the most common display width among
 * long lines, when enough lines share it to show a fixed measure. Undefined for web text whose
 * paragraphs are single lines.
 */
export function wrapWidth(lines: string[]): number | undefined {
  const widths = lines.map(displayWidth).filter((w) => w >= 30 && w <= 120);
  if (widths.length < 10) return undefined;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > mode)) [mode, best] = [w, n];
  // A fixed measure shows as many lines within a few columns of the mode.
  const near = widths.filter((w) => Math.abs(w - mode) <= 4).length;
  return near / widths.length >= 0.4 ? mode : undefined;
}

/** Headings are short and carry no sentence punctuation at their end. */
export function looksLikeHeading(text: string): boolean {
  const width = displayWidth(text);
  return width > 0 && width <= 80 && !isSourceLine(text) && !/[。，、；：:,;]$/.test(text) && !SENTENCE_END.test(text);
}

/** The （来源：…） line that closes an article. */
export function isSourceLine(text: string): boolean {
  return /^[（(]\s*(来源|稿源|信息来源)\s*[:：].*[)）]$/.test(text);
}

/**
 * Splits text into logical lines. Blank lines, page numbers and the leading space PDF extraction
 * leaves where a page begins are dropped; a line is joined to the next when it was cut by the
 * page's measure (it fills the wrap width) or when it is a long run of prose that stops
 * mid-sentence (a soft wrap in text copied from a PDF viewer).
 */
export function logicalLines(text: string): TextLine[] {
  const raw = text.split("\n").map((t, i) => ({ text: t.trim(), line: i + 1 }));
  return joinWrapped(withoutRunningHeads(raw.filter((l) => l.text !== "")).filter((l) => !PAGE_NUMBER.test(l.text)));
}

/**
 * Drops the running head that text copied page by page carries at each page break (the
 * periodical's name beside the page number): a line next to a page number that repeats the
 * first line of the text, or stands next to another page number too. Left in, it would be read
 * into the paragraph the page break cut.
 */
function withoutRunningHeads(lines: TextLine[]): TextLine[] {
  const beside = new Set<number>();
  lines.forEach((l, i) => {
    if (!PAGE_NUMBER.test(l.text)) return;
    if (i > 0 && !PAGE_NUMBER.test(lines[i - 1]!.text)) beside.add(i - 1);
    if (i + 1 < lines.length && !PAGE_NUMBER.test(lines[i + 1]!.text)) beside.add(i + 1);
  });
  const count = new Map<string, number>();
  for (const i of beside) count.set(lines[i]!.text, (count.get(lines[i]!.text) ?? 0) + 1);
  const head = (i: number) =>
    beside.has(i) && i > 0 && looksLikeHeading(lines[i]!.text) && (lines[i]!.text === lines[0]!.text || count.get(lines[i]!.text)! >= 2);
  return lines.filter((_, i) => !head(i));
}

/**
 * Joins physical lines cut by a wrap back into paragraphs (see {@link logicalLines}). Lines set
 * differently (another size, weight or style) are never joined: a headline does not run on into
 * the paragraph below it.
 */
export function joinWrapped(kept: TextLine[], measure = wrapWidth(kept.map((l) => l.text))): TextLine[] {
  const out: TextLine[] = [];
  let open: TextLine | undefined;
  for (const current of kept) {
    if (open && !startsBlock(current.text) && sameSetting(open, current)) {
      open = { ...open, text: open.text + joiner(open.text, current.text) + current.text, end: current.end ?? current.line };
      out[out.length - 1] = open;
    } else {
      open = { ...current };
      out.push(open);
    }
    if (current.table || !continues(current.text, open.text, measure, out.at(-2)?.text, open.end !== undefined)) open = undefined;
  }
  return out;
}

function sameSetting(a: TextLine, b: TextLine): boolean {
  return !a.table && !b.table && a.size === b.size && a.bold === b.bold && a.style === b.style;
}

/** A line filling the measure that ends a sentence is taken as a paragraph's last line. */
const SENTENCE_END_STRICT = /[。！？!?]["”’」』）)]*$/;

/**
 * Whether the logical line `sofar`, whose last physical piece is `piece`, goes on in the next
 * line: the piece filled the page's measure without ending a sentence, or the text so far is a
 * long run of prose that stops mid-sentence. `previous` is the logical line before `sofar`.
 */
function continues(piece: string, sofar: string, measure: number | undefined, previous: string | undefined, joined = false): boolean {
  if (standsAlone(sofar)) return false;
  // A clause that ends in a comma goes on in the next line, however short: no paragraph, and no
  // headline, ends in a comma. Once text has been joined that way, it goes on until its sentence
  // ends (a page break can cut it again).
  if (/[，、]$/.test(sofar) && !/^[-•·★]/.test(sofar) && !isTableLike(sofar)) return true;
  if (joined && /[\p{Script=Han}A-Za-z0-9]$/u.test(sofar) && /[，、]/.test(sofar)) return true;
  if (measure !== undefined) {
    const width = displayWidth(piece);
    if (width >= measure - 6) return !SENTENCE_END_STRICT.test(piece);
    // Latin letters and digits set narrower or wider than half a CJK character, so a full line
    // that holds some can measure a few columns short. A headline of that width is told apart
    // by where it stands: after a source line or a section label, where prose does not.
    const afterHeading = previous === undefined || isSourceLine(previous) || looksLikeHeading(previous);
    if (width >= measure - 8 && /[A-Za-z0-9]/.test(piece) && !afterHeading) return !SENTENCE_END_STRICT.test(piece);
  }
  // Only prose that stops on a CJK character or a comma is cut mid-sentence; a line ending in a
  // digit, a colon or a quote is a heading, a table of contents entry or a list lead-in.
  return displayWidth(sofar) >= 60 && /[\p{Script=Han}，、]$/u.test(sofar) && !/^[-•·★]/.test(sofar) && !isTableLike(sofar);
}

/**
 * Lines that always begin something new and are never the tail of a wrapped paragraph: source
 * lines and footer fields, a news story's byline line and 本报讯 lead, a dash subtitle, a caption.
 */
export function startsBlock(text: string): boolean {
  return (
    isSourceLine(text) ||
    /^(编辑|主送|抄送|电话)[:：]/.test(text) ||
    NEWS_LEAD.test(text) ||
    isBylineLine(text) ||
    (DASH_SUBTITLE.test(text) && looksLikeHeading(text)) ||
    /^(图为|[（(]图片来源)/.test(text)
  );
}

/**
 * Lines that are whole by themselves, however wide they set: source lines, footer fields,
 * bylines, a masthead's dateline, a table of contents entry ending in its leader and page.
 */
export function standsAlone(text: string): boolean {
  return (
    isSourceLine(text) ||
    /^(编辑|主送|抄送|电话)[:：]/.test(text) ||
    isBylineLine(text) ||
    DATE_LINE.test(text) ||
    ISSUE_LINE.test(text) ||
    /(?:[.…·]{3,}|…{2,})\s*\d{1,3}$/.test(text)
  );
}

function isTableLike(text: string): boolean {
  return /\t|\s{3,}/.test(text);
}

/**
 * Joins two pieces of a wrapped line. CJK text and numbers join directly (a number cut at the
 * margin, 1070 printed as 1 / 070, must come back whole); Latin words keep the space between
 * them, since CJK typesetting breaks Latin text between words.
 */
export function joiner(left: string, right: string): string {
  return /[A-Za-z][,.;:]?$/.test(left) && /^[A-Za-z]/.test(right) ? " " : "";
}

/**
 * Text with its bold stretches marked `**一是**梯度培育`, as the text files mark them, from runs
 * that say whether they are bold (a Word document's runs, a PDF's pieces). Spaces take the weight
 * of what precedes them, so that a bold phrase is not cut at a space; a stretch with no letter or
 * digit (a bold comma) is not marked.
 */
export function markBold(runs: { text: string; bold?: boolean }[]): string {
  const stretches: { text: string; bold: boolean }[] = [];
  for (const r of runs) {
    const bold = r.text.trim() === "" ? (stretches.at(-1)?.bold ?? false) : Boolean(r.bold);
    const last = stretches.at(-1);
    if (last && last.bold === bold) last.text += r.text;
    else stretches.push({ text: r.text, bold });
  }
  return stretches
    .map(({ text, bold }) => {
      if (!bold || !/[\p{L}\p{N}]/u.test(text)) return text;
      const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
      return `${before}**${core}**${after}`;
    })
    .join("");
}
