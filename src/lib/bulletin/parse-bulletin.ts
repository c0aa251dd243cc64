/**
 * Parses a periodical's raw text (a bulletin, a newsletter, a newspaper page) into its masthead,
 * table of contents, sections and articles. The body text decides what the articles are; the
 * table of contents only confirms them, and every disagreement between the two is a warning.
 */
import { bodyBlock, flattenedTable, isListOrCaption, tableBlock, type Block } from "./blocks.ts";
import { readFooter, readMasthead, readToc, titleKey, type Footer, type Masthead, type TocEntry } from "./toc.ts";
import { ImportError, displayWidth, isSourceLine, logicalLines, looksLikeHeading, type TextLine } from "./text.ts";

export interface Warning {
  line: number;
  message: string;
}

export interface ParsedArticle {
  title: string;
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
}

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
  const heading = (i: number) => i < body.length && !body[i]!.table && looksLikeHeading(body[i]!.text) && !isListOrCaption(body[i]!.text);

  const articles: ParsedArticle[] = [];
  const sections: string[] = [];
  let section: string | undefined;
  let current: ParsedArticle | undefined;

  const isSection = (i: number): boolean => {
    const text = body[i]!.text;
    if (known.has(text)) return true;
    // Without a list of sections, a section heading is a short label standing where an article
    // may begin, followed by a headline and then prose.
    return (
      !current &&
      displayWidth(text) <= 16 &&
      /^[\p{Script=Han}]+$/u.test(text) &&
      heading(i + 1) &&
      i + 2 < body.length &&
      !heading(i + 2) &&
      !tocKeys.has(titleKey(text))
    );
  };

  const startArticle = (i: number): number => {
    const first = body[i]!;
    const article: ParsedArticle = { title: first.text, section, blocks: [], line: first.line };
    let next = i + 1;
    // A two-line headline: a subtitle led by a dash, or a second line completing a title the
    // table of contents prints whole.
    const second = body[next];
    if (second && heading(next)) {
      if (/^[—–-]{1,2}/.test(second.text)) {
        article.subtitle = second.text.replace(/^[—–-]{1,2}\s*/, "");
        next++;
      } else if (!tocKeys.has(titleKey(first.text)) && tocKeys.has(titleKey(first.text + second.text))) {
        article.title = `${first.text} ${second.text}`;
        next++;
      }
    }
    if (toc.length > 0 && !tocKeys.has(titleKey(article.title))) {
      warnings.push({ line: first.line, message: `article 「${article.title}」 is not in the table of contents` });
    }
    articles.push(article);
    current = article;
    return next;
  };

  for (let i = 0; i < body.length;) {
    const { text, line } = body[i]!;
    if (isSourceLine(text)) {
      if (current) current.source = text.replace(/^[（(]\s*(来源|稿源|信息来源)\s*[:：]\s*/, "").replace(/[)）]$/, "");
      else warnings.push({ line, message: "a source line stands outside any article" });
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
    // Where articles close with source lines, a headline inside one is a subheading unless the
    // table of contents lists it. Where there are none, every headline starts an article, listed
    // or not: tables of contents are known to miss articles, and the miss is warned about.
    const startsNew =
      !current ||
      (heading(i) && !hasSources && current.blocks.length > 0) ||
      (heading(i) && hasSources && tocKeys.has(titleKey(text)) && current.blocks.length > 0);
    if (startsNew && heading(i)) {
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
    const whole = body[i]!.table;
    if (whole) {
      current.blocks.push(tableBlock(whole));
      i++;
      continue;
    }
    const table = flattenedTable(body, i);
    if (table) {
      current.blocks.push(table.block);
      i = table.end;
      continue;
    }
    const lead = BYLINE_LEAD.exec(text);
    if (lead && current.blocks.length === 0) current.byline = lead[1]!.trim();
    // A reporter's name on a line of its own closes a newspaper article, as a source line does.
    const close = BYLINE_CLOSE.exec(text);
    if (close && displayWidth(text) <= 40 && current.blocks.length > 0) {
      current.byline = close[1]!.trim();
      current = undefined;
      i++;
      continue;
    }
    if (heading(i)) current.blocks.push({ kind: "heading", text, depth: 3 });
    else {
      const block = bodyBlock(text, current.blocks.at(-1));
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
    if (article.blocks.length === 0) warnings.push({ line: article.line, message: `article 「${article.title}」 has no text` });
  }
  return { kind: "bulletin", masthead, toc, sections, articles, footer, warnings };
}

export type { Block, Footer, Masthead, TocEntry, TextLine };
