/**
 * Parses a periodical (a bulletin, a newsletter, a newspaper page) from its logical lines into
 * its masthead, table of contents, sections and articles: each article's kicker, headline and
 * subtitle, byline, subheads, captions and source line. The body decides what the articles are;
 * the table of contents only confirms them, and every disagreement between the two is a warning.
 * Where the format gives sizes, they decide what is a headline; plain text is read by its
 * wording and its place. An editor's --title, --subhead and --not-title overrule both.
 */
import { bodyBlock, flattenedTable, isListOrCaption, tableBlock, type Block } from "./blocks.ts";
import { DASH_SUBTITLE, NEWS_LEAD, bylineOf, isBriefHead, isBylineLine, typographyOf, withoutOrnament } from "./signals.ts";
import { readFooter, readMasthead, readToc, titleKey, type Footer, type Masthead, type TocEntry } from "./toc.ts";
import { ImportError, displayWidth, isSourceLine, logicalLines, looksLikeHeading, type TextLine } from "./text.ts";

export interface Warning {
  line: number;
  message: string;
}

export interface ParsedArticle {
  title: string;
  /** 引题: the line printed above the headline. */
  kicker?: string;
  /** 副题: the line printed below it. */
  subtitle?: string;
  /** Section as printed, when the periodical has sections. */
  section?: string;
  /** The text inside （来源：…）, as printed. */
  source?: string;
  /** Reporter or author, from a 本报讯（记者 …） lead or a closing （记者 …） line. */
  byline?: string;
  blocks: Block[];
  /** Line in the source file where the title stands. */
  line: number;
  /** First and last line of the source the article takes up (kicker to source line). */
  lines: [number, number];
}

export interface ParsedBulletin {
  kind: "bulletin";
  masthead: Masthead;
  toc: TocEntry[];
  /** Sections in the order they first appear. */
  sections: string[];
  articles: ParsedArticle[];
  footer: Footer;
  warnings: Warning[];
}

export interface BulletinOptions {
  /** Section names the periodical is known to use (from its series file). */
  knownSections?: string[];
  /** Lines the editor says are an article's headline (--title). */
  titles?: number[];
  /** Lines the editor says are subheads inside an article (--subhead). */
  subheads?: number[];
  /** Lines the editor says are text, never a headline, kicker or section label (--not-title). */
  notTitles?: number[];
}

/** What an editor said a line is. */
type Forced = "title" | "subhead" | "text";

const BYLINE_LEAD = /^本报讯\s*[（(]([^）)]{2,30})[）)]/;
const BYLINE_CLOSE = /^[（(]?\s*((?:记者|通讯员|文\/|作者[:：])[^（）()]{1,30})\s*[）)]?$/;

/** Parses a bulletin from its logical lines (or, for tests, its raw text). */
export function parseBulletin(input: string | TextLine[], file: string, options: BulletinOptions = {}): ParsedBulletin {
  const lines = typeof input === "string" ? logicalLines(input) : input;
  const warnings: Warning[] = [];
  const { masthead, end: mastheadEnd } = readMasthead(lines);
  const { entries: toc, end: tocEnd } = readToc(lines, mastheadEnd);
  const { footer, start: footerStart } = readFooter(lines);
  const body = lines.slice(tocEnd, Math.max(tocEnd, footerStart));

  const known = new Set([...(options.knownSections ?? []), ...toc.flatMap((e) => (e.section ? [e.section] : []))]);
  const tocKeys = new Set(toc.map((e) => titleKey(e.title)));
  const hasSources = body.some((l) => isSourceLine(l.text));
  // A newspaper's stories open with a byline line or a 本报讯 lead; a headline inside one is a
  // subhead unless another story opens below it.
  const newspaper = body.some((l) => NEWS_LEAD.test(l.text) || isBylineLine(l.text));
  const typography = typographyOf(lines);
  const weight = (i: number) => typography.weight(body[i]);

  const forced = new Map<number, Forced>();
  for (const [list, kind] of [
    [options.titles, "title"],
    [options.subheads, "subhead"],
    [options.notTitles, "text"],
  ] as const) {
    for (const n of list ?? []) {
      if (body.some((l) => l.line === n)) forced.set(n, kind);
      else
        warnings.push({
          line: n,
          message: `--${kind === "text" ? "not-title" : kind} ${n}: no such line in the articles (see --show-text for the numbers)`,
        });
    }
  }
  const force = (i: number) => (i < body.length ? forced.get(body[i]!.line) : undefined);

  /** A line that could be a headline or subhead: short, unpunctuated, and not set as plain text. */
  const heading = (i: number): boolean => {
    if (i >= body.length) return false;
    const f = force(i);
    if (f) return f !== "text";
    const { text, table } = body[i]!;
    return !table && looksLikeHeading(text) && !isListOrCaption(text) && !isBylineLine(text) && weight(i) !== "plain";
  };
  /** A story opens at line j: its byline line, or its 本报讯 lead. */
  const opensStory = (j: number) => j < body.length && (isBylineLine(body[j]!.text) || NEWS_LEAD.test(body[j]!.text));
  /** Below the headline at i (and a subtitle or deck after it), a story opens. */
  const storyBelow = (i: number) => {
    let j = i + 1;
    while (j < i + 3 && heading(j) && !opensStory(j)) j++;
    return opensStory(j);
  };
  const briefAt = (i: number) => isBriefHead(body[i]!.text) && i + 1 < body.length && NEWS_LEAD.test(body[i + 1]!.text);
  const isDash = (i: number) => i < body.length && DASH_SUBTITLE.test(body[i]!.text) && heading(i);
  const sizeOf = (i: number) => body[i]?.size;

  const articles: ParsedArticle[] = [];
  const sections: string[] = [];
  let section: string | undefined;
  let current: (ParsedArticle & { titleSize?: number }) | undefined;

  const isSection = (i: number): boolean => {
    const { text, align } = body[i]!;
    if (force(i)) return false;
    if (known.has(text)) return true;
    // Without a list of sections, a section heading is a short label standing where an article
    // may begin, followed by a headline and then prose; in a newspaper, a column's label above a
    // story (a centred line above a headline is its kicker).
    const label =
      displayWidth(text) <= 16 && /^[\p{Script=Han}]+$/u.test(text) && !tocKeys.has(titleKey(text)) && heading(i + 1) && align !== "center";
    if (!label) return false;
    if (!current) return i + 2 < body.length && !heading(i + 2);
    return newspaper && (briefAt(i + 1) || storyBelow(i + 1));
  };

  /** Whether the headline-like line at i begins a new article. */
  const startsNew = (i: number): boolean => {
    const f = force(i);
    if (f) return f === "title" || !current;
    if (!current) return true;
    if (current.blocks.length === 0) return false;
    if (tocKeys.has(titleKey(body[i]!.text))) return true;
    if (newspaper && (storyBelow(i) || briefAt(i))) return true;
    const w = weight(i);
    // Set as large as this article's headline, or far larger than the text: the next article's
    // headline. Set a little larger, or bold at the text's size: a subhead.
    if (w !== undefined) {
      const size = sizeOf(i)!;
      return w === "display" && (current.titleSize === undefined || size >= current.titleSize - 0.5 || size >= typography.body! * 1.3);
    }
    if (newspaper) return false;
    // Where articles close with source lines, a headline inside one is a subheading unless the
    // table of contents lists it. Where there are none, every headline starts an article, listed
    // or not: tables of contents are known to miss articles, and the miss is warned about.
    return !hasSources;
  };

  const startArticle = (i: number): number => {
    let t = i;
    let kicker: string | undefined;
    // Two headline lines: a kicker above the headline, set smaller (or, in plain text, the first
    // of two lines above a story), unless the table of contents prints them as one title.
    const second = i + 1;
    if (
      force(i) !== "title" &&
      heading(second) &&
      force(second) !== "subhead" &&
      !isDash(second) &&
      !tocKeys.has(titleKey(body[i]!.text))
    ) {
      const joined = tocKeys.has(titleKey(body[i]!.text + body[second]!.text));
      const a = sizeOf(i);
      const b = sizeOf(second);
      const smaller =
        a !== undefined && b !== undefined
          ? a < b - 0.5 && weight(second) === "display"
          : newspaper && (storyBelow(second) || isDash(second + 1));
      if (!joined && smaller) {
        kicker = body[i]!.text;
        t = second;
      }
    }
    const first = body[t]!;
    const article: ParsedArticle & { titleSize?: number } = {
      title: first.text,
      kicker,
      section,
      blocks: [],
      line: first.line,
      lines: [body[i]!.line, first.line],
      titleSize: first.size,
    };
    let next = t + 1;
    // A two-line headline: a subtitle led by a dash, or a second line completing a title the
    // table of contents prints whole.
    const after = body[next];
    if (after && heading(next) && force(next) !== "title") {
      if (DASH_SUBTITLE.test(after.text)) {
        article.subtitle = after.text.replace(DASH_SUBTITLE, "");
        next++;
      } else if (!tocKeys.has(titleKey(first.text)) && tocKeys.has(titleKey(first.text + after.text))) {
        article.title = `${first.text} ${after.text}`;
        next++;
      }
    }
    // A byline line under the headline.
    if (next < body.length && isBylineLine(body[next]!.text) && !force(next)) {
      article.byline = bylineOf(body[next]!.text);
      next++;
    }
    if (toc.length > 0 && !tocKeys.has(titleKey(article.title))) {
      warnings.push({ line: first.line, message: `article 「${article.title}」 is not in the table of contents` });
    }
    article.lines[1] = body[next - 1]!.end ?? body[next - 1]!.line;
    articles.push(article);
    current = article;
    return next;
  };

  for (let i = 0; i < body.length;) {
    const { text, line } = body[i]!;
    if (isSourceLine(text) && !force(i)) {
      if (current) {
        current.source = text.replace(/^[（(]\s*(来源|稿源|信息来源)\s*[:：]\s*/, "").replace(/[)）]$/, "");
        current.lines[1] = line;
      } else warnings.push({ line, message: "a source line stands outside any article" });
      current = undefined;
      i++;
      continue;
    }
    if (isSection(i)) {
      section = text;
      if (!sections.includes(text)) sections.push(text);
      current = undefined;
      i++;
      continue;
    }
    if (heading(i) && startsNew(i)) {
      if (current && hasSources) warnings.push({ line: current.line, message: `article 「${current.title}」 has no source line` });
      i = startArticle(i);
      continue;
    }
    if (!current) {
      const last = articles.at(-1);
      if (!last) {
        warnings.push({ line, message: "text before the first article headline is dropped: 「" + text.slice(0, 30) + "」" });
        i++;
        continue;
      }
      warnings.push({ line, message: "a paragraph follows the source line; kept with the article before it" });
      current = last;
    }
    current.lines[1] = body[i]!.end ?? line;
    const whole = body[i]!.table;
    if (whole) {
      current.blocks.push(tableBlock(whole));
      i++;
      continue;
    }
    const table = flattenedTable(body, i);
    if (table) {
      current.blocks.push(table.block);
      current.lines[1] = body[table.end - 1]!.end ?? body[table.end - 1]!.line;
      i = table.end;
      continue;
    }
    const lead = BYLINE_LEAD.exec(text);
    if (lead && current.blocks.length === 0 && !current.byline) current.byline = lead[1]!.replace(/\s+/g, " ").trim();
    // A reporter's name on a line of its own closes a newspaper article, as a source line does.
    const close = BYLINE_CLOSE.exec(text);
    if (close && displayWidth(text) <= 40 && current.blocks.length > 0 && !force(i)) {
      current.byline = close[1]!.trim();
      current = undefined;
      i++;
      continue;
    }
    if (heading(i) && force(i) !== "text") current.blocks.push({ kind: "heading", text: withoutOrnament(text), depth: 3 });
    else {
      const block = force(i) === "text" ? { kind: "paragraph" as const, text } : bodyBlock(text, current.blocks.at(-1));
      if (block) current.blocks.push(block);
    }
    i++;
  }

  if (articles.length === 0) {
    throw new ImportError(file, body[0]?.line ?? 1, "no article found: expected a headline followed by paragraphs");
  }
  for (const entry of toc) {
    if (!articles.some((a) => titleKey(a.title) === titleKey(entry.title))) {
      warnings.push({ line: entry.line, message: `table of contents entry 「${entry.title}」 has no article in the text` });
    }
  }
  for (const article of articles) {
    delete (article as { titleSize?: number }).titleSize;
    if (article.blocks.length === 0) warnings.push({ line: article.line, message: `article 「${article.title}」 has no text` });
  }
  return { kind: "bulletin", masthead, toc, sections, articles, footer, warnings };
}

export type { Block, Footer, Masthead, TocEntry, TextLine };
