/**
 * What a line's typography and wording say it is, before the parser decides from its place.
 * Size and weight, where a format has them, are strong signals: a headline is set larger than
 * the text, a subhead bold at the text's size, and prose in plain text is never a headline,
 * however short. Wording works for every format, plain text included: a byline line, a news lead
 * (本报讯), a brief's head (地区：标题), a photo credit.
 */
import type { TextLine } from "./text.ts";
import { displayWidth } from "./width.ts";

/** `display`: set larger than the text (a headline); `strong`: bold at the text's size (a subhead); `plain`: text. */
export type Weight = "display" | "strong" | "plain";

export interface Typography {
  /** The size most of the text is set in; undefined when the format has no sizes (plain text). */
  body?: number;
  /** The weight of a line, measured against `body`; undefined without sizes. */
  weight: (line: TextLine | undefined) => Weight | undefined;
}

export function typographyOf(lines: TextLine[]): Typography {
  const chars = new Map<number, number>();
  for (const l of lines) if (l.size !== undefined && !l.table) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  const body = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (body === undefined) return { weight: () => undefined };
  return {
    body,
    weight: (l) => {
      if (!l || l.size === undefined || l.table) return undefined;
      if ((l.outline !== undefined && l.outline <= 2) || l.size >= body * 1.12) return "display";
      return l.bold || l.outline !== undefined ? "strong" : "plain";
    },
  };
}

/** Ornaments newspapers set before bylines and subheads. */
const ORNAMENT = /^[▶►■□◆◇●○★☆▲△◎]\s*/;

export function withoutOrnament(text: string): string {
  return text.replace(ORNAMENT, "");
}

/**
 * 本报记者 王晓燕 通讯员 李明; 记者 张三 李四; 本报特约通讯员 李四; 文/张三; 作者：张三. The whole
 * line must be roles and names (two to four characters each), so that prose wrapped onto a new
 * line at 记者采访时，… is never taken for one.
 */
const NAMES = String.raw`[\p{Script=Han}·]{2,4}(?:[\s、，,]+[\p{Script=Han}·]{2,4})*`;
const BYLINE_LINE = new RegExp(
  String.raw`^(?:(?:(?:本报|本刊|本台)?(?:特约|见习)?(?:记者|通讯员|实习生|评论员)[\s:：]*${NAMES}\s*)+|(?:文|文字|图文|文图|文\s*[・·/／]\s*图)\s*[/／:：]\s*${NAMES}|作者\s*[:：]\s*${NAMES})$`,
  "u",
);

/** A line of its own that names the reporters or the author, bare or in brackets: （记者 李四）. */
export function isBylineLine(text: string): boolean {
  const bare = withoutOrnament(text).replace(/^[（(]\s*(.*?)\s*[）)]$/, "$1");
  return BYLINE_LINE.test(bare) && displayWidth(bare) <= 60 && !/[。！？；]$/.test(bare);
}

/** The byline as printed, without its ornament and with its spaces evened out. */
export function bylineOf(text: string): string {
  return withoutOrnament(text).replace(/\s+/g, " ").trim();
}

/** The lead that opens a news story: 本报讯, 本刊讯, 本报南京3月14日电, 新华社北京3月14日电. */
export const NEWS_LEAD = /^(?:本报讯|本刊讯|(?:本报|新华社|中新社)[^，。\s]{0,12}电)/u;

/** 南京：新增3家国家级科技企业孵化器, the head of a brief (confirmed by the 本报讯 below it). */
const BRIEF_HEAD = /^[\p{Script=Han}]{2,8}\s*[:：]\s*\S/u;

export function isBriefHead(text: string): boolean {
  return BRIEF_HEAD.test(text) && displayWidth(text) <= 60 && !/[。！？；，]$/.test(text);
}

/** A subtitle printed after the headline with a dash: ——某市孵化载体建设调查. */
export const DASH_SUBTITLE = /^[—–-]{1,2}\s*/;

/** An issue line: 2022年第2期（总第13期）. */
export const ISSUE_LINE = /^(\d{4})年第\s*(\d+)\s*期(?:\s*[（(]总第\s*(\d+)\s*期[）)])?$/;

/**
 * A date line, alone (2022年5月5日) or as newspapers print it, with the weekday, the issue and
 * the page: 2024年3月15日 星期五 第11期（总第586期） 第6版.
 */
export const DATE_LINE =
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*第\s*(\d+)\s*期)?(?:\s*[（(]?\s*总第\s*(\d+)\s*期\s*[）)]?)?(?:\s*第\s*\d+\s*版)?$/;
