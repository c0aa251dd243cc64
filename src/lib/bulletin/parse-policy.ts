/**
 * Parses a policy document as a policy portal shows it: the portal's metadata lines (发布时间,
 * 政策级别, 发文部门, 政策主题), its buttons (dropped), and a body of numbered chapters and tasks,
 * which become headings so that a reader can navigate the plan.
 */
import { bodyBlock, flattenedTable, tableBlock, type Block } from "./blocks.ts";
import type { Warning } from "./parse-bulletin.ts";
import { ImportError, logicalLines, looksLikeHeading, type TextLine } from "./text.ts";

export interface ParsedPolicy {
  kind: "policy";
  /** The document's own title. */
  title: string;
  /** The title the portal lists it under, when it differs. */
  listedTitle?: string;
  /** 发布时间, ISO date. */
  date?: string;
  /** 政策级别 (国家级, 省级, 市级, 县级 …). */
  level?: string;
  /** 发文部门. */
  issuer?: string;
  /** 政策主题, split on commas. */
  themes: string[];
  blocks: Block[];
  warnings: Warning[];
}

const META = /^(发布时间|发布日期|成文日期|政策级别|发文部门|发文机关|政策主题|主题分类)\s*[:：]\s*(.*)$/;
/** Portal buttons and widgets, never part of the document. */
const CHROME = /^(点赞|收藏|转发|分享|打印|关闭|打印本页|关闭窗口|字号[:：]?.*|【\s*大\s*中\s*小\s*】|分享到[:：]?.*)$/;
/** 一、 chapter; (一) part; 1、 task. */
const CHAPTER = /^[一二三四五六七八九十]+、/;
const PART = /^[（(][一二三四五六七八九十]+[）)]/;
const TASK = /^\d{1,2}[、.．]/;

/** True when the text carries the metadata lines of a policy portal. */
export function looksLikePolicy(lines: TextLine[]): boolean {
  return lines.some((l) => /^(发文部门|发文机关)\s*[:：]/.test(l.text)) && lines.some((l) => /^(政策级别|发布时间)\s*[:：]/.test(l.text));
}

/** Parses a policy document from its logical lines (or, for tests, its raw text). */
export function parsePolicy(input: string | TextLine[], file: string): ParsedPolicy {
  const lines = (typeof input === "string" ? logicalLines(input) : input).filter((l) => !CHROME.test(l.text));
  const policy: ParsedPolicy = { kind: "policy", title: "", themes: [], blocks: [], warnings: [] };
  let i = 0;
  const titles: string[] = [];
  for (; i < lines.length; i++) {
    const { text: t } = lines[i]!;
    const meta = META.exec(t);
    if (meta) {
      const value = meta[2]!.trim();
      if (/发布|成文/.test(meta[1]!))
        policy.date = value
          .replace(/[./年月]/g, "-")
          .replace(/日$/, "")
          .replace(/-(\d)(?=-|$)/g, "-0$1");
      else if (meta[1] === "政策级别") policy.level = value;
      else if (/发文/.test(meta[1]!)) policy.issuer = value;
      else
        policy.themes = value
          .split(/[,，、;；]/)
          .map((s) => s.trim())
          .filter(Boolean);
    } else if (looksLikeHeading(t) && !CHAPTER.test(t) && titles.length < 2 && (titles.length === 0 || policy.issuer)) {
      titles.push(t);
    } else break;
  }
  if (titles.length === 0) throw new ImportError(file, lines[0]?.line ?? 1, "a policy document needs a title line at the top");
  // The portal lists the document first, then shows the document with its own title.
  policy.title = titles.at(-1)!;
  if (titles.length > 1 && titles[0] !== policy.title) policy.listedTitle = titles[0];

  for (; i < lines.length;) {
    const whole = lines[i]!.table;
    if (whole) {
      policy.blocks.push(tableBlock(whole));
      i++;
      continue;
    }
    const table = flattenedTable(lines, i);
    if (table) {
      policy.blocks.push(table.block);
      i = table.end;
      continue;
    }
    const { text: t } = lines[i]!;
    i++;
    if (CHAPTER.test(t) && looksLikeHeading(t)) {
      policy.blocks.push({ kind: "heading", text: t, depth: 2 });
      continue;
    }
    // A numbered part or task opens with a short lead sentence: that sentence is its heading.
    const numbered = PART.test(t) ? 3 : TASK.test(t) ? 4 : undefined;
    if (numbered) {
      const lead = /^(.{2,40}?)。(.+)$/.exec(t);
      if (looksLikeHeading(t)) {
        policy.blocks.push({ kind: "heading", text: t, depth: numbered });
        continue;
      }
      if (lead) {
        policy.blocks.push({ kind: "heading", text: lead[1]!, depth: numbered });
        policy.blocks.push({ kind: "paragraph", text: lead[2]! });
        continue;
      }
    }
    if (looksLikeHeading(t)) {
      policy.blocks.push({ kind: "heading", text: t, depth: 2 });
      continue;
    }
    const block = bodyBlock(t, policy.blocks.at(-1));
    if (block) policy.blocks.push(block);
  }
  if (policy.blocks.length === 0) throw new ImportError(file, lines.at(-1)?.line ?? 1, "the policy document has no text after its title");
  return policy;
}
