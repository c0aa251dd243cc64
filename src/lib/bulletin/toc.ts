/**
 * Mastheads, tables of contents and footers: the furniture around a bulletin's articles.
 */
import { DATE_LINE, ISSUE_LINE } from "./signals.ts";
import { looksLikeHeading, type TextLine } from "./text.ts";

export interface Masthead {
  /** Periodical name as printed (first line). */
  seriesName?: string;
  year?: number;
  /** 第N期: number within the year. */
  number?: number;
  /** 总第N期: running number. */
  totalNumber?: number;
  /** Publication date as printed, ISO `YYYY-MM-DD` (not checked: 2023年2月30日 reads as 2023-02-30). */
  date?: string;
  /** Lines where the issue line and the date stand, for messages. */
  lines?: { issue?: number; date?: number };
  /** An `X 编辑` line under the masthead. */
  editor?: string;
}

export interface TocEntry {
  title: string;
  /** Section label printed as 【…】 in the table of contents, carried forward to later entries. */
  section?: string;
  page?: number;
  line: number;
}

export interface Footer {
  /** 编辑：… as printed, one string per printed line. */
  editor?: string[];
  /** 主送：… */
  to?: string[];
  /** 抄送：… */
  cc?: string[];
  /** 电话：… or another contact line. */
  contact?: string[];
  /** An `X编辑` line closing the issue. */
  editorLine?: string;
}

const EDITOR_LINE = /^(.{4,40}?)\s*编辑$/;
const TOC_HEADING = /^(本期要目|本期目录|目\s*录|要\s*目)$/;
const TOC_LEADER = /\s*(?:[.…·•]{3,}|…{2,})\s*(\d{1,3})$/;
const TOC_BULLET = /^(?:[-•·]\s*)?(?:★|☆|◆|●)\s*|^[-•·]\s+/;

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/**
 * Reads the masthead at the top of a bulletin or newspaper page: the periodical's name, then its
 * issue line (2022年第2期（总第13期）) or dateline, then date and `X 编辑` lines. `end` is the
 * index of the first line after it.
 */
export function readMasthead(lines: TextLine[]): { masthead: Masthead; end: number } {
  const masthead: Masthead = {};
  // A masthead is recognised by its issue line (2022年第2期) or dateline near the top.
  const issueAt = lines.slice(0, 4).findIndex((l) => ISSUE_LINE.test(l.text) || DATE_LINE.test(l.text));
  if (issueAt < 0) return { masthead, end: 0 };
  // A name set letter-spaced (江 苏 双 创 载 体 信 息, 简  报) is the name without the spaces.
  if (issueAt > 0 && looksLikeHeading(lines[0]!.text))
    masthead.seriesName = lines[0]!.text.replace(/^(?:\p{Script=Han}\s+)+\p{Script=Han}$/u, (t) => t.replace(/\s+/g, ""));
  masthead.lines = {};
  let i = issueAt;
  for (; i < lines.length; i++) {
    const { text, line } = lines[i]!;
    const issue = ISSUE_LINE.exec(text);
    // 简报 often print the editing office and the date on one line: X 编辑  2022年5月5日.
    const both = /^(.{4,40}?)\s*编辑\s+(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$/.exec(text);
    const editor = EDITOR_LINE.exec(both ? `${both[1]} 编辑` : text);
    const date = DATE_LINE.exec(both ? both[2]! : text);
    if (issue && masthead.number === undefined) {
      masthead.lines.issue = line;
      masthead.year = Number(issue[1]);
      masthead.number = Number(issue[2]);
      if (issue[3]) masthead.totalNumber = Number(issue[3]);
    } else if (date && !masthead.date) {
      masthead.date = isoDate(date[1]!, date[2]!, date[3]!);
      masthead.lines.date = line;
      if (date[4] && masthead.number === undefined) {
        // A newspaper's 第N期 counts within the year its date names.
        masthead.year = Number(date[1]);
        masthead.number = Number(date[4]);
        masthead.lines.issue = line;
      }
      if (date[5] && masthead.totalNumber === undefined) masthead.totalNumber = Number(date[5]);
    } else if (editor && !masthead.editor) masthead.editor = editor[1]!.trim();
    else if (!/^[-—]$/.test(text)) break;
    if (both && editor && !masthead.editor) masthead.editor = editor[1]!.trim();
  }
  return { masthead, end: i };
}

/** Normalises a title for matching a table of contents against the body: letters and digits only. */
export function titleKey(title: string): string {
  return title.replace(/[^\p{L}\p{N}]/gu, "");
}

/** Reads a table of contents starting at `start`; `end` is the first line after it. */
export function readToc(lines: TextLine[], start: number): { entries: TocEntry[]; end: number } {
  let i = start;
  if (i < lines.length && TOC_HEADING.test(lines[i]!.text)) i++;
  const entries: TocEntry[] = [];
  let section: string | undefined;
  while (i < lines.length) {
    let text = lines[i]!.text;
    const line = lines[i]!.line;
    if (/^[-—]$/.test(text)) {
      i++;
      continue;
    }
    const bulleted = TOC_BULLET.test(text);
    // An entry too long for one line continues on the next, which carries the leader.
    if (
      bulleted &&
      !TOC_LEADER.test(text) &&
      i + 1 < lines.length &&
      TOC_LEADER.test(lines[i + 1]!.text) &&
      !TOC_BULLET.test(lines[i + 1]!.text)
    ) {
      text += lines[i + 1]!.text;
      i++;
    }
    if (!bulleted && !TOC_LEADER.test(text)) break;
    // Bold section labels come through from Word and PDF as **…**; an entry is plain text.
    let body = text.replace(/\*\*/g, "").replace(TOC_BULLET, "").trim();
    let page: number | undefined;
    const leader = TOC_LEADER.exec(body) ?? /\s+(\d{1,3})$/.exec(body);
    if (leader) {
      page = Number(leader[1]);
      body = body.slice(0, leader.index).trim();
    }
    const label = /^【([^】]+)】\s*/.exec(body);
    if (label) {
      section = label[1]!.trim();
      body = body.slice(label[0].length).trim();
    }
    entries.push({ title: body, section, page, line });
    i++;
  }
  return { entries, end: entries.length > 0 ? i : start };
}

const FOOTER_FIELD = /^(编辑|主送|抄送|电话|联系电话|联系人|地址|邮箱)\s*[:：]\s*(.*)$/;

/** Reads the footer (编辑 / 主送 / 抄送 / 电话) at the end; `start` is its first line. */
export function readFooter(lines: TextLine[]): { footer: Footer; start: number } {
  // Walk back over footer lines: fields, an `X编辑` line, and short continuation lines of a field.
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    if (FOOTER_FIELD.test(text) || (EDITOR_LINE.test(text) && looksLikeHeading(text))) {
      start = i;
      continue;
    }
    // A short line belongs to the footer when a field line stands above it in a run of short lines.
    let j = i - 1;
    while (j >= 0 && j > i - 4 && !FOOTER_FIELD.test(lines[j]!.text) && looksLikeHeading(lines[j]!.text)) j--;
    if (looksLikeHeading(text) && j >= 0 && FOOTER_FIELD.test(lines[j]!.text)) continue;
    break;
  }
  const footer: Footer = {};
  let field: string[] | undefined;
  for (const { text } of lines.slice(start)) {
    const match = FOOTER_FIELD.exec(text);
    if (match) {
      const fields: Record<string, "editor" | "to" | "cc"> = { 编辑: "editor", 主送: "to", 抄送: "cc" };
      const key: "editor" | "to" | "cc" | "contact" = fields[match[1]!] ?? "contact";
      field = footer[key] ??= [];
      field.push(key === "contact" ? text : match[2]!.trim());
    } else if (EDITOR_LINE.test(text) && !field) {
      footer.editorLine = text;
    } else if (field) {
      field.push(text);
    } else {
      footer.editorLine = text;
    }
  }
  return { footer, start };
}
