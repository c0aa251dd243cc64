/**
 * The text a figure is read from, in the shape the extractor needs: an article's body as blocks
 * (paragraphs, headings, tables, with their line in the file) and each paragraph as sentences.
 * Markdown is removed the way `plainText` (src/lib/data/quote.ts) removes it, so that a sentence
 * taken from here occurs in the text data:check verifies quotes against.
 */

export interface TableRow {
  /** 1-based line in the file. */
  line: number;
  cells: string[];
}

export type Block =
  | { kind: "paragraph"; line: number; text: string }
  | { kind: "heading"; line: number; text: string; level: number }
  | { kind: "table"; line: number; header: string[]; rows: TableRow[] };

/** A line's Markdown markers removed (bold, escapes, inline tags), as plainText does. */
export function inlineText(line: string): string {
  return line
    .replace(/<[^>]+>/g, "")
    .replace(/\*\*/g, "")
    .replace(/\\([\\`*_{}[\]<>|~#+=.)-])/g, "$1")
    .trim();
}

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map(inlineText);
}

/**
 * Blocks of a Markdown/MDX body (frontmatter already removed) or of plain text. `firstLine` is
 * the file line the body starts on. Components (`<Chart … />`) are left out: they print no text.
 * Lines of a paragraph are joined with a space, as the quote check's normalisation joins them.
 */
export function readBlocks(body: string, firstLine = 1): Block[] {
  const blocks: Block[] = [];
  const lines = body.split(/\r?\n/);
  let paragraph: { line: number; parts: string[] } | undefined;
  const flush = () => {
    if (paragraph && paragraph.parts.length > 0) blocks.push({ kind: "paragraph", line: paragraph.line, text: paragraph.parts.join(" ") });
    paragraph = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = firstLine + i;
    const trimmed = raw.trim();
    if (trimmed === "" || /^<.*>$/.test(trimmed)) {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    if (heading) {
      flush();
      blocks.push({ kind: "heading", line, text: inlineText(heading[2]!), level: heading[1]!.length });
      continue;
    }
    if (trimmed.startsWith("|")) {
      flush();
      const header = tableCells(trimmed);
      const rows: TableRow[] = [];
      let j = i + 1;
      for (; j < lines.length && lines[j]!.trim().startsWith("|"); j++) {
        const cells = lines[j]!.trim();
        if (/^\|(\s*:?-+:?\s*\|)+$/.test(cells)) continue;
        rows.push({ line: firstLine + j, cells: tableCells(cells) });
      }
      blocks.push({ kind: "table", line, header, rows });
      i = j - 1;
      continue;
    }
    const text = inlineText(trimmed.replace(/^- /, ""));
    if (!paragraph) paragraph = { line, parts: [] };
    if (text) paragraph.parts.push(text);
  }
  flush();
  return blocks;
}

export interface Sentence {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
}

const OPENERS: Record<string, string> = { "“": "”", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》" };
const ENDS = /[。！？!?…]/;

/**
 * Pairs each opening quote or bracket with its closing one; an opener that is never closed in the
 * paragraph is left out, so that one stray “ cannot swallow the rest of the paragraph.
 */
function pairedOpeners(text: string): Set<number> {
  const paired = new Set<number>();
  const stack: { char: string; index: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c in OPENERS) stack.push({ char: c, index: i });
    else {
      const at = stack.map((s) => OPENERS[s.char]).lastIndexOf(c);
      if (at >= 0) {
        paired.add(stack[at]!.index);
        stack.length = at;
      }
    }
  }
  return paired;
}

/**
 * Sentences of a paragraph: a sentence ends at 。！？ (or ". " before a capital in English) outside
 * quotes and brackets, and takes the closing quotes that follow it. A quotation that holds whole
 * sentences (“…。…。”) stays one sentence with its quotes, as the dataset quotes it.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paired = pairedOpeners(text);
  const closers: string[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    if (sentence) sentences.push({ text: sentence, start: start + lead });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c in OPENERS && paired.has(i)) {
      closers.push(OPENERS[c]!);
      continue;
    }
    if (closers.length > 0 && c === closers[closers.length - 1]) {
      closers.pop();
      // “…。” ends a sentence once its quote closes.
      if (closers.length === 0 && ENDS.test(text[i - 1] ?? "") && !/[，,、；;：:]/.test(text[i + 1] ?? "")) {
        let end = i + 1;
        while (/[”」』）)]/.test(text[end] ?? "")) end++;
        push(end);
        i = end - 1;
      }
      continue;
    }
    if (closers.length > 0) continue;
    const english = c === "." && text[i + 1] === " " && /[A-Z“"]/.test(text[i + 2] ?? "") && /[a-z0-9)]/.test(text[i - 1] ?? "");
    if (ENDS.test(c) || english) {
      let end = i + 1;
      while (ENDS.test(text[end] ?? "")) end++;
      while (/[”」』）)]/.test(text[end] ?? "")) end++;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return sentences;
}

/** Where each clause of a sentence starts: after ，；：、 and their ASCII forms, outside brackets. */
export function clauseStart(sentence: string, index: number): number {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < index; i++) {
    const c = sentence[i]!;
    if ("（(“「《".includes(c)) depth++;
    else if ("）)”」》".includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[，,；;：:。]/.test(c)) start = i + 1;
  }
  return start;
}

/** Where the clause holding `index` ends (the next ，；： or the sentence's end). */
export function clauseEnd(sentence: string, index: number): number {
  let depth = 0;
  for (let i = index; i < sentence.length; i++) {
    const c = sentence[i]!;
    if ("（(“「《".includes(c)) depth++;
    else if ("）)”」》".includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[，,；;：:。！？]/.test(c)) return i;
  }
  return sentence.length;
}
