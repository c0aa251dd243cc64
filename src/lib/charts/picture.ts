/**
 * A chart as a picture that stands alone: the drawing with its title above it, and under it the
 * figures' dates, the snapshot, how to read the marks, the sources and where the chart lives, all
 * drawn into one SVG file. A picture shared without its page must still say what it shows and
 * where its figures come from. Used at build time (the SVG every chart page offers, from the
 * drawing linkedom holds) and in the browser after a redraw (the same picture of what is shown
 * now, and the PNG made from it). Pure: it reads the drawing's elements, whichever DOM holds them.
 */
export interface PictureText {
  /** The caption as shown (choices filled in). */
  title: string;
  /** 数据时间：2015-12-31 至 2022-12-30；快照 2026-12-01 */
  when: string;
  /** What else the figure says under the drawing: how to read the marks, figures that disagree. */
  notes: string[];
  /** 来源：… as cited, one string. */
  sources: string;
  /** 双创载体信息 · https://…/charts/<id>/ */
  credit: string;
}

const PAD = 16;
const TITLE_SIZE = 16;
const TEXT_SIZE = 12;
const LINE = 1.45;
const FONTS = "'PingFang SC','Hiragino Sans GB','Noto Sans CJK SC','Noto Sans SC','Microsoft YaHei',system-ui,sans-serif";
/** What the page's stylesheet does for a drawing (src/styles/global.css, .chart-svg), in light colours. */
const STYLE = `svg{color:#1d1d1f;font-family:${FONTS};font-size:12px}text,tspan{white-space:pre}`;

/** Roughly how wide a line of text is set: a Chinese character takes the full size, Latin about half. */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text) width += /[\u0000-\u024f\u2000-\u206f]/.test(char) ? size * 0.56 : size;
  return width;
}

/** Lines of at most `width`, broken between characters (Chinese has no spaces to break at). */
export function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const char of text) {
    if (line !== "" && textWidth(line + char, size) > width) {
      lines.push(line);
      line = char.trim() === "" ? "" : char;
    } else line += char;
  }
  if (line !== "") lines.push(line);
  return lines;
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The chart's key when Plot draws it beside the SVG (a line chart's colours): swatch colour and label. */
function swatches(drawing: Element): { colour: string; label: string }[] {
  return [...drawing.querySelectorAll('[class*="-swatch"]')]
    .filter((s) => !/-swatches/.test(s.getAttribute("class") ?? ""))
    .map((s) => ({ colour: s.querySelector("svg")?.getAttribute("fill") ?? "currentColor", label: (s.textContent ?? "").trim() }));
}

export interface Picture {
  /** A whole SVG file. */
  markup: string;
  width: number;
  height: number;
}

/**
 * The picture: `drawing` is what renderChart drew (an <svg>, or Plot's <figure> with a key and an
 * <svg>); it is not changed.
 */
export function standaloneSvg(drawing: Element, text: PictureText): Picture {
  // The chart is the last <svg>; a key's swatches come before it.
  const chart = drawing.tagName.toLowerCase() === "svg" ? drawing : [...drawing.querySelectorAll("svg")].at(-1)!;
  const width = Number(chart.getAttribute("width") ?? 640);
  const height = Number(chart.getAttribute("height") ?? 400);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const textLines = (lines: string[], size: number, attributes = "") => {
    for (const line of lines) {
      y += size * LINE;
      parts.push(`<text x="${PAD}" y="${(y - size * 0.35).toFixed(1)}" font-size="${size}"${attributes}>${escape(line)}</text>`);
    }
  };
  textLines(wrap(text.title, TITLE_SIZE, inner), TITLE_SIZE, ' font-weight="bold"');

  // The key, in rows as wide as the picture.
  let x = PAD;
  const keyRow = TEXT_SIZE * LINE;
  const key = swatches(drawing);
  if (key.length > 0) y += 4;
  for (const [i, { colour, label }] of key.entries()) {
    const itemWidth = 16 + textWidth(label, TEXT_SIZE) + 14;
    if (i === 0 || x + itemWidth > width - PAD) {
      if (i > 0) y += keyRow;
      x = PAD;
    }
    parts.push(
      `<rect x="${x}" y="${(y + 2).toFixed(1)}" width="12" height="12" fill="${escape(colour)}"/>`,
      `<text x="${x + 16}" y="${(y + 12).toFixed(1)}" font-size="${TEXT_SIZE}">${escape(label)}</text>`,
    );
    x += itemWidth;
  }
  if (key.length > 0) y += keyRow;
  y += 6;

  const clone = chart.cloneNode(true) as Element;
  for (const tip of [...clone.querySelectorAll('[aria-label="tip"]')]) tip.remove();
  clone.setAttribute("x", "0");
  clone.setAttribute("y", y.toFixed(1));
  clone.removeAttribute("class");
  parts.push(clone.outerHTML);
  y += height + 4;

  const small = (lines: string[]) => textLines(lines, TEXT_SIZE, ' fill="#444"');
  for (const line of [text.when, ...text.notes, text.sources]) if (line) small(wrap(line, TEXT_SIZE, inner));
  small(wrap(text.credit, TEXT_SIZE, inner));
  y += PAD;

  const total = Math.ceil(y);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
    `<title>${escape(text.title)}</title>`,
    `<style>${STYLE}</style>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...parts,
    `</svg>`,
  ].join("");
  // HTML serialisers write a no-break space as &nbsp;, which XML does not know.
  return { markup: svg.replace(/&nbsp;/g, "&#160;"), width, height: total };
}
