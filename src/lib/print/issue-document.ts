/**
 * An issue laid out as the bulletin looks on paper, as one HTML document for Chromium to print:
 * the red masthead (name, 第N期 and 总第N期, publisher, date, a red rule), the table of contents
 * with page numbers, the articles under their sections with their source lines, and the footer
 * (编辑, 主送, 抄送) between two rules. Page numbers are not known until the document has been
 * printed once; the printer (src/lib/server/print-issue.ts) prints, finds each headline's page
 * with {@link headlinePages}, and prints again with them.
 */

export interface PrintArticle {
  /** The article's file name, which is also its anchor on the issue page. */
  slug: string;
  title: string;
  kicker?: string;
  subtitle?: string;
  section?: string;
  source?: string;
  byline?: string;
  /** The body as the site renders it (HTML, charts included): already checked content. */
  body: string;
}

export interface PrintIssue {
  seriesName: string;
  /** The publisher printed under the masthead (… 编辑). */
  publisher?: string;
  /** 2022年第2期（总第13期）, or what is known of it. */
  label: string;
  /** 2022年5月5日, when known. */
  date?: string;
  /** An editor's note shown under the masthead. */
  note?: string;
  articles: PrintArticle[];
  footer: { editor?: string[]; to?: string[]; cc?: string[]; contact?: string[]; editorLine?: string };
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The lines of a footer field, the label on the first and the rest indented under it. */
function field(label: string, lines: string[] | undefined): string {
  if (!lines?.length) return "";
  return `<div class="field"><span class="label">${label}：</span><span class="lines">${lines.map((l) => `<span>${escape(l)}</span>`).join("")}</span></div>`;
}

/**
 * The whole document. `pages` holds each article's page (in article order) once known; until
 * then the table of contents keeps the same room for the numbers, so that filling them in moves
 * nothing.
 */
export function issueDocument(issue: PrintIssue, options: { css: string; pages?: number[] }): string {
  const toc: string[] = [];
  const body: string[] = [];
  let tocSection: string | undefined;
  let bodySection: string | undefined;
  issue.articles.forEach((a, i) => {
    // As bulletins print it: the section before the first of its entries, a leader of dots.
    const label = a.section && a.section !== tocSection ? `<span class="toc-section">【${escape(a.section)}】</span>` : "";
    tocSection = a.section;
    const page = options.pages?.[i];
    toc.push(
      `<li${label ? ' class="first"' : ""}>${label}<span class="toc-title">${escape(a.title)}</span><span class="leader">${"…".repeat(60)}</span><span class="page">${page ?? ""}</span></li>`,
    );
    if (a.section && a.section !== bodySection) body.push(`<h2 class="section">${escape(a.section)}</h2>`);
    bodySection = a.section;
    body.push(
      [
        `<article id="a-${i + 1}" class="article">`,
        a.kicker ? `<p class="kicker">${escape(a.kicker)}</p>` : "",
        `<h3 class="title">${escape(a.title)}</h3>`,
        a.subtitle ? `<p class="subtitle">——${escape(a.subtitle)}</p>` : "",
        `<div class="prose">${a.body}</div>`,
        a.byline ? `<p class="byline">（${escape(a.byline)}）</p>` : "",
        a.source ? `<p class="source">（来源：${escape(a.source)}）</p>` : "",
        `</article>`,
      ].join(""),
    );
  });
  const f = issue.footer;
  const footer = [
    field("编辑", f.editor),
    field("主送", f.to),
    field("抄送", f.cc),
    ...(f.contact ?? []).map((c) => `<div class="field">${escape(c)}</div>`),
    f.editorLine ? `<div class="field">${escape(f.editorLine)}</div>` : "",
  ].join("");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escape(`${issue.seriesName} ${issue.label}`)}</title>
<style>${options.css}</style>
</head>
<body>
<header class="masthead">
<p class="series">${escape(issue.seriesName)}</p>
<p class="number">${escape(issue.label)}</p>
<div class="imprint"><span>${issue.publisher ? `${escape(issue.publisher)} 编辑` : ""}</span><span>${issue.date ? escape(issue.date) : ""}</span></div>
</header>
${issue.note ? `<p class="note">编者按：${escape(issue.note)}</p>` : ""}
<nav class="toc"><h2>本期要目</h2><ol>${toc.join("")}</ol></nav>
<main>${body.join("\n")}</main>
${footer ? `<footer class="imprint-footer">${footer}</footer>` : ""}
</body>
</html>
`;
}

/** Letters and digits only: a headline matches its outline entry whatever the spacing. */
const key = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, "");

/**
 * The page each headline is printed on, from the printed PDF's outline (the document's headings,
 * each with its page, as Chromium writes them): each title is the next heading, in order, that
 * reads as it does. Not from the pages' text: a headline's words may be printed before it, in a
 * chart that cites the article as a source. A headline not found (the printer reports it) has no
 * page.
 */
export function headlinePages(headings: { title: string; page: number }[], titles: string[]): (number | undefined)[] {
  let at = 0;
  return titles.map((title) => {
    const found = headings.findIndex((h, i) => i >= at && key(h.title) === key(title));
    if (found < 0) return undefined;
    at = found + 1;
    return headings[found]!.page;
  });
}
