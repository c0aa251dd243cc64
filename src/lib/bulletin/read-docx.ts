/**
 * Reads a Word document (.docx) into the importer's logical lines: one per paragraph (a manual
 * line break starts another), with the signals Word records, resolved the way Word resolves
 * them: a run's own formatting, then its character style, then the paragraph's style and the
 * styles it is based on, then the document's defaults. Tables with at least two rows and two
 * columns come through as tables; a one-row or one-column table is a layout box (a red-head
 * masthead, a framed note) and its paragraphs come through as paragraphs. Bold runs inside a
 * paragraph are kept as **bold**, as the text files mark them.
 *
 * Images, footnotes and comments are not part of an article's text: they are left out, and a
 * notice says how many. Tracked changes are read as if accepted. Text pasted into Word from a PDF
 * keeps the PDF's hard wraps, one paragraph per printed line; those are joined as for text.
 *
 * The file is a zip of XML parts: fflate unzips it (small, no dependencies, maintained) and
 * linkedom, which the site already uses, parses the XML.
 */
import { unzipSync } from "fflate";
import { DOMParser } from "linkedom";
import { ImportError, plainCharacters, joinWrapped, joiner, markBold, wrapWidth, type TextLine } from "./text.ts";

type Align = TextLine["align"];

interface Style {
  name?: string;
  basedOn?: string;
  /** Half-points, as Word stores sizes. */
  size?: number;
  bold?: boolean;
  align?: Align;
  outline?: number;
  numId?: string;
  ilvl?: number;
}

interface Level {
  format: string;
  text: string;
  start: number;
}

interface Run {
  text: string;
  size?: number;
  bold?: boolean;
}

/** What reading one document found beside its text, for the notices. */
interface Skipped {
  images: number;
  footnotes: number;
  comments: number;
  changes: number;
}

/** Elements by their local name, whatever prefix the document binds the namespace to. */
const local = (el: Element) => el.tagName.slice(el.tagName.indexOf(":") + 1);
const children = (el: Element | undefined) => (el ? [...el.children] : []);
const child = (el: Element | undefined, name: string) => children(el).find((c) => local(c) === name);
const attr = (el: Element | undefined, name: string) => el?.getAttribute(`w:${name}`) ?? el?.getAttribute(name) ?? undefined;

/** `<w:b/>` is on; `<w:b w:val="0"/>` or `false` is off. */
function toggle(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const value = attr(el, "val");
  return value === undefined || !/^(0|false|off)$/i.test(value);
}

function alignment(value: string | undefined): Align {
  if (value === "center") return "center";
  if (value === "both" || value === "distribute" || value === "justify") return "justify";
  if (value === "right" || value === "end") return "right";
  if (value === "left" || value === "start") return "left";
  return undefined;
}

function runProperties(rPr: Element | undefined): { size?: number; bold?: boolean; style?: string } {
  const sz = attr(child(rPr, "sz"), "val");
  return { size: sz ? Number(sz) : undefined, bold: toggle(child(rPr, "b")), style: attr(child(rPr, "rStyle"), "val") };
}

function xml(files: Record<string, Uint8Array>, path: string): Document | undefined {
  const bytes = files[path];
  return bytes ? (new DOMParser().parseFromString(new TextDecoder().decode(bytes), "text/xml") as unknown as Document) : undefined;
}

function readStyles(doc: Document | undefined): { styles: Map<string, Style>; defaults: Style } {
  const styles = new Map<string, Style>();
  const root = doc?.documentElement as Element | undefined;
  const own = runProperties(child(child(child(root, "docDefaults"), "rPrDefault"), "rPr"));
  // Without a default, Word sets text in 10 points (ECMA-376, 17.3.2.38).
  const defaults: Style = { size: own.size ?? 20, bold: own.bold };
  for (const el of children(root).filter((c) => local(c) === "style")) {
    const id = attr(el, "styleId");
    if (!id) continue;
    const pPr = child(el, "pPr");
    const run = runProperties(child(el, "rPr"));
    const outline = attr(child(pPr, "outlineLvl"), "val");
    const numPr = child(pPr, "numPr");
    styles.set(id, {
      name: attr(child(el, "name"), "val"),
      basedOn: attr(child(el, "basedOn"), "val"),
      size: run.size,
      bold: run.bold,
      align: alignment(attr(child(pPr, "jc"), "val")),
      outline: outline !== undefined ? Number(outline) + 1 : undefined,
      numId: attr(child(numPr, "numId"), "val"),
      ilvl: numPr ? Number(attr(child(numPr, "ilvl"), "val") ?? 0) : undefined,
    });
  }
  return { styles, defaults };
}

/** A style's property, looked up through the styles it is based on. */
function inherited<K extends keyof Style>(styles: Map<string, Style>, id: string | undefined, key: K): Style[K] {
  for (let i = 0, s = id ? styles.get(id) : undefined; s && i < 20; i++, s = s.basedOn ? styles.get(s.basedOn) : undefined) {
    if (s[key] !== undefined) return s[key];
  }
  return undefined;
}

function readNumbering(doc: Document | undefined): Map<string, Level[]> {
  const root = doc?.documentElement as Element | undefined;
  const abstract = new Map<string, Level[]>();
  for (const el of children(root).filter((c) => local(c) === "abstractNum")) {
    const levels: Level[] = [];
    for (const lvl of children(el).filter((c) => local(c) === "lvl")) {
      levels[Number(attr(lvl, "ilvl") ?? 0)] = {
        format: attr(child(lvl, "numFmt"), "val") ?? "decimal",
        text: attr(child(lvl, "lvlText"), "val") ?? "",
        start: Number(attr(child(lvl, "start"), "val") ?? 1),
      };
    }
    abstract.set(attr(el, "abstractNumId") ?? "", levels);
  }
  const numbering = new Map<string, Level[]>();
  for (const el of children(root).filter((c) => local(c) === "num")) {
    numbering.set(attr(el, "numId") ?? "", abstract.get(attr(child(el, "abstractNumId"), "val") ?? "") ?? []);
  }
  return numbering;
}

const CHINESE_DIGITS = "〇一二三四五六七八九";

function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CHINESE_DIGITS[n % 10] : ""}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_DIGITS[n % 10] : ""}`;
  return String(n);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [value, letters] of table) while (n >= value) ((out += letters), (n -= value));
  return out;
}

/** A list number as Word prints it for the formats Chinese documents use. */
function formatNumber(format: string, n: number): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "chineseLegalSimplified":
    case "ideographDigital":
      return chineseNumber(n);
    case "ideographTraditional":
      return "甲乙丙丁戊己庚辛壬癸"[n - 1] ?? String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case "lowerLetter":
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case "upperLetter":
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    default:
      return String(n);
  }
}

/** Reads a .docx file's bytes. */
export function readDocx(bytes: Uint8Array, file: string, notices: string[] = []): TextLine[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name.startsWith("word/") });
  } catch (error) {
    throw new ImportError(file, 1, `this Word file is damaged and cannot be opened (${(error as Error).message})`);
  }
  const document = xml(files, "word/document.xml");
  if (!document) throw new ImportError(file, 1, "this zip file is not a Word document: it has no word/document.xml");
  const { styles, defaults } = readStyles(xml(files, "word/styles.xml"));
  const numbering = readNumbering(xml(files, "word/numbering.xml"));
  const counters = new Map<string, number[]>();
  const skipped: Skipped = { images: 0, footnotes: 0, comments: 0, changes: 0 };
  const out: Omit<TextLine, "line">[] = [];

  const listPrefix = (numId: string | undefined, ilvl: number): string => {
    const levels = numId ? numbering.get(numId) : undefined;
    const level = levels?.[ilvl];
    if (!numId || numId === "0" || !level) return "";
    if (level.format === "bullet") return "• ";
    if (level.format === "none") return "";
    const count = counters.get(numId) ?? [];
    count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
    count.length = ilvl + 1;
    counters.set(numId, count);
    return level.text.replace(/%(\d)/g, (_, k: string) => {
      const i = Number(k) - 1;
      return formatNumber(levels[i]?.format ?? "decimal", count[i] ?? levels[i]?.start ?? 1);
    });
  };

  /** The runs of a paragraph, split where a manual line break stands; text boxes go to `boxes`. */
  const readRuns = (p: Element, paraStyle: string | undefined, boxes: Element[]): Run[][] => {
    const lines: Run[][] = [[]];
    const walk = (el: Element, rPr?: Element) => {
      for (const c of children(el)) {
        const name = local(c);
        if (name === "r") walk(c, child(c, "rPr"));
        else if (name === "t") {
          const own = runProperties(rPr);
          const size = own.size ?? inherited(styles, own.style, "size") ?? inherited(styles, paraStyle, "size") ?? defaults.size;
          const bold = own.bold ?? inherited(styles, own.style, "bold") ?? inherited(styles, paraStyle, "bold") ?? defaults.bold ?? false;
          lines.at(-1)!.push({ text: c.textContent ?? "", size, bold });
        } else if (name === "tab") lines.at(-1)!.push({ text: "\t" });
        else if (name === "br" || name === "cr") {
          if (attr(c, "type") !== "page" && attr(c, "type") !== "column") lines.push([]);
        } else if (name === "noBreakHyphen") lines.at(-1)!.push({ text: "-" });
        else if (name === "drawing" || name === "pict" || name === "object") {
          const textBoxes = [...c.getElementsByTagName("w:txbxContent")] as Element[];
          if (textBoxes.length > 0) boxes.push(...textBoxes);
          else skipped.images++;
        } else if (name === "footnoteReference" || name === "endnoteReference") skipped.footnotes++;
        else if (name === "commentReference") skipped.comments++;
        else if (name === "del" || name === "moveFrom") skipped.changes++;
        else if (name === "AlternateContent") walk(child(c, "Choice") ?? c);
        else if (["ins", "moveTo", "hyperlink", "smartTag", "fldSimple", "sdt", "sdtContent", "customXml", "Choice"].includes(name)) {
          if (name === "ins" || name === "moveTo") skipped.changes++;
          walk(c, rPr);
        }
      }
    };
    walk(p);
    return lines;
  };

  const paragraph = (p: Element) => {
    const pPr = child(p, "pPr");
    const styleId = attr(child(pPr, "pStyle"), "val") ?? (styles.has("Normal") ? "Normal" : undefined);
    const numPr = child(pPr, "numPr");
    const numId = attr(child(numPr, "numId"), "val") ?? inherited(styles, styleId, "numId");
    const ilvl = Number(attr(child(numPr, "ilvl"), "val") ?? inherited(styles, styleId, "ilvl") ?? 0);
    const outlineLvl = attr(child(pPr, "outlineLvl"), "val");
    const name = inherited(styles, styleId, "name");
    const heading = /^heading\s*(\d)$/i.exec(name ?? "");
    const signals = {
      align: alignment(attr(child(pPr, "jc"), "val")) ?? inherited(styles, styleId, "align"),
      style: name ? name.replace(/^heading/, "Heading").replace(/^title$/, "Title") : undefined,
      outline:
        outlineLvl !== undefined
          ? Number(outlineLvl) + 1
          : (inherited(styles, styleId, "outline") ?? (heading ? Number(heading[1]) : undefined)),
    };
    const boxes: Element[] = [];
    let prefix = listPrefix(numId, ilvl);
    for (const runs of readRuns(p, styleId, boxes)) {
      const line = fromRuns(runs);
      if (!line) continue;
      out.push({ ...line, text: prefix + line.text, ...signals });
      prefix = "";
    }
    for (const box of boxes) body(box);
  };

  const table = (tbl: Element) => {
    const rows: string[][] = [];
    const cellParagraphs: Element[][] = [];
    for (const tr of children(tbl).filter((c) => local(c) === "tr")) {
      const row: string[] = [];
      for (const tc of children(tr).filter((c) => local(c) === "tc")) {
        const paragraphs = [...tc.getElementsByTagName("w:p")] as Element[];
        cellParagraphs.push(paragraphs);
        const merged = attr(child(child(tc, "tcPr"), "vMerge"), "val");
        const vMergeContinue = child(child(tc, "tcPr"), "vMerge") !== undefined && merged !== "restart";
        const text = vMergeContinue
          ? ""
          : paragraphs
              .map((p) =>
                readRuns(p, undefined, [])
                  .flat()
                  .map((r) => r.text)
                  .join("")
                  .trim(),
              )
              .filter(Boolean)
              .reduce((a, b) => (a ? a + joiner(a, b) + b : b), "");
        row.push(text.replace(/\s+/g, " "));
        const span = Number(attr(child(child(tc, "tcPr"), "gridSpan"), "val") ?? 1);
        for (let i = 1; i < span; i++) row.push("");
      }
      rows.push(row);
    }
    const columns = Math.max(0, ...rows.map((r) => r.length));
    if (rows.length >= 2 && columns >= 2) {
      out.push({ text: rows.map((r) => r.join(" ")).join(" "), table: rows.map((r) => [...r, ...Array(columns - r.length).fill("")]) });
    } else {
      // A layout box: its paragraphs are ordinary paragraphs.
      for (const paragraphs of cellParagraphs) for (const p of paragraphs) paragraph(p);
    }
  };

  const body = (el: Element) => {
    for (const c of children(el)) {
      const name = local(c);
      if (name === "p") paragraph(c);
      else if (name === "tbl") table(c);
      else if (name === "sdt") body(child(c, "sdtContent") ?? c);
      else if (name === "customXml" || name === "ins" || name === "moveTo") body(c);
    }
  };
  body(child(document.documentElement as Element, "body") ?? (document.documentElement as Element));

  if (skipped.images) notices.push(`${skipped.images} image${skipped.images > 1 ? "s" : ""} left out (captions are kept as text)`);
  if (skipped.footnotes)
    notices.push(`${skipped.footnotes} footnote${skipped.footnotes > 1 ? "s" : ""} left out: add them by hand if they matter`);
  if (skipped.comments) notices.push(`${skipped.comments} comment${skipped.comments > 1 ? "s" : ""} left out`);
  if (skipped.changes) notices.push("the document has tracked changes: read as if they were all accepted");
  if (out.length === 0) throw new ImportError(file, 1, "the Word document has no text");

  const lines = out.map((l, i) => ({
    ...l,
    text: plainCharacters(l.text),
    table: l.table?.map((r) => r.map(plainCharacters)),
    line: i + 1,
  }));
  // Text pasted from a PDF keeps its hard wraps, one paragraph per printed line.
  const measure = wrapWidth(lines.filter((l) => !l.table).map((l) => l.text));
  return measure === undefined ? lines : joinWrapped(lines, measure);
}

/** Joins a paragraph's runs, marking bold stretches inside it with ** and taking its size and weight from most of its characters. */
function fromRuns(runs: Run[]): Omit<TextLine, "line"> | undefined {
  const text = runs.map((r) => r.text).join("");
  if (text.trim() === "") return undefined;
  const weight = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  for (const r of runs) {
    const n = r.text.replace(/\s/g, "").length;
    chars += n;
    if (r.bold) boldChars += n;
    if (r.size !== undefined) weight.set(r.size, (weight.get(r.size) ?? 0) + n);
  }
  const size = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
  const bold = boldChars > chars / 2;
  return { text: (bold ? text : markBold(runs)).replace(/\t+/g, "\t").trim(), size: size !== undefined ? size / 2 : undefined, bold };
}
