/**
 * npm run fixtures:documents [-- <case> …]
 *
 * Makes the Word and PDF fixtures the importer's tests read, the way an editor receives such
 * files, with real tools:
 *
 * - each seed text (test/input/seed-*.txt) is read by the importer and laid out again as the
 *   printed document looks (masthead in red, headlines larger and bold, first-line indents,
 *   source lines, footer), as HTML;
 * - LibreOffice (Debian's `soffice`) converts that HTML to Word: test/input/<case>.docx;
 * - Chromium prints it to PDF (A4, a running head, page numbers `- N -`): test/input/<case>.pdf.
 *
 * Hand-written layouts (test/input/<case>.html, e.g. the newspaper page) are converted the same
 * way; their text (test/input/<case>.txt) is written by hand, as an editor copies it from the PDF.
 * Naming cases makes only those (and not the refused files); the PDFs carry their print date, so
 * remaking an unchanged case only churns the repository. The fixtures are committed; run this again only when a layout or a seed changes, and
 * review the golden files the tests then write. Needs soffice and Chromium with the Noto CJK fonts.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseBulletin, type ParsedArticle, type ParsedBulletin } from "../src/lib/bulletin/parse-bulletin.ts";
import { looksLikePolicy, parsePolicy, type ParsedPolicy } from "../src/lib/bulletin/parse-policy.ts";
import { readTextSource } from "../src/lib/bulletin/source.ts";
import type { Block } from "../src/lib/bulletin/blocks.ts";
import { launchChromium } from "../src/lib/server/chromium.ts";

const input = new URL("../test/input/", import.meta.url).pathname;

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Text with the sources' **bold** markers set in bold. */
const inline = (s: string) => escape(s).replace(/\*\*([^*]+?)\*\*/g, "<b>$1</b>");
const date = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

/** The look of a printed bulletin. Classes become paragraph styles when LibreOffice reads the HTML. */
const STYLE = `
  @page { size: A4; margin: 22mm 20mm 20mm; }
  body { font-family: "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.8; color: #000; }
  p { margin: 0; }
  .series { font-size: 30pt; font-weight: bold; color: #c00; text-align: center; line-height: 1.4; }
  .issue, .date, .publisher { text-align: center; }
  .rule { border-bottom: 2px solid #c00; margin: 6pt 0 12pt; }
  .contents { font-size: 15pt; font-weight: bold; text-align: center; margin-top: 10pt; }
  .toc { margin: 0; }
  .section { font-size: 15pt; font-weight: bold; color: #c00; margin-top: 16pt; }
  .title { font-size: 17pt; font-weight: bold; text-align: center; margin-top: 14pt; line-height: 1.5; }
  .subtitle { font-size: 14pt; text-align: center; }
  .body { text-indent: 2em; text-align: left; }
  .subhead { font-weight: bold; margin-top: 6pt; }
  .caption { font-size: 10.5pt; text-align: center; }
  .source { margin-top: 4pt; }
  .footer { margin-top: 24pt; border-top: 1px solid #000; }
  .chapter { font-size: 14pt; font-weight: bold; margin-top: 8pt; }
  .meta { font-size: 10.5pt; }
  .doc-title { font-size: 20pt; font-weight: bold; text-align: center; margin: 12pt 0; line-height: 1.5; }
  .listed { font-size: 16pt; font-weight: bold; }
  table { border-collapse: collapse; font-size: 10pt; line-height: 1.4; margin: 6pt 0; }
  th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${STYLE}</style></head><body>\n${body}\n</body></html>\n`;
}

function blocks(list: Block[], depthClass: (depth: number) => string): string {
  return list
    .map((b) => {
      switch (b.kind) {
        case "paragraph":
          return `<p class="body">${inline(b.text)}</p>`;
        case "heading":
          return `<p class="${depthClass(b.depth)}">${inline(b.text)}</p>`;
        case "list":
          return b.items.map((item) => `<p>• ${inline(item)}</p>`).join("\n");
        case "caption":
          return `<p class="caption">${inline(b.text)}</p>`;
        case "table": {
          const row = (cells: string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${escape(c)}</${tag}>`).join("")}</tr>`;
          return `<table>${row(b.header, "th")}${b.rows.map((r) => row(r, "td")).join("")}</table>`;
        }
      }
    })
    .join("\n");
}

function article(a: ParsedArticle): string {
  const out = [`<p class="title">${escape(a.title)}</p>`];
  if (a.subtitle) out.push(`<p class="subtitle">——${escape(a.subtitle)}</p>`);
  out.push(blocks(a.blocks, () => "subhead"));
  const first = a.blocks[0];
  if (a.byline && !(first?.kind === "paragraph" && first.text.includes(a.byline))) out.push(`<p>（${escape(a.byline)}）</p>`);
  if (a.source) out.push(`<p class="source">（来源：${escape(a.source)}）</p>`);
  return out.join("\n");
}

function bulletin(parsed: ParsedBulletin): string {
  const m = parsed.masthead;
  const out: string[] = [];
  if (m.seriesName) out.push(`<p class="series">${escape(m.seriesName)}</p>`);
  if (m.year !== undefined) out.push(`<p class="issue">${m.year}年第${m.number}期${m.totalNumber ? `（总第${m.totalNumber}期）` : ""}</p>`);
  if (m.editor) out.push(`<p class="publisher">${escape(m.editor)} 编辑</p>`);
  if (m.date) out.push(`<p class="date">${date(m.date)}</p>`);
  if (out.length > 0) out.push(`<div class="rule"></div>`);
  if (parsed.toc.length > 0) {
    out.push(`<p class="contents">本期要目</p>`);
    let section: string | undefined;
    for (const e of parsed.toc) {
      const label = e.section && e.section !== section ? `【${escape(e.section)}】` : "";
      section = e.section;
      out.push(`<p class="toc">${label}${escape(e.title)}${e.page !== undefined ? `……${e.page}` : ""}</p>`);
    }
  }
  let section: string | undefined;
  for (const a of parsed.articles) {
    if (a.section && a.section !== section) out.push(`<p class="section">${escape(a.section)}</p>`);
    section = a.section;
    out.push(article(a));
  }
  const f = parsed.footer;
  const footer: string[] = [];
  const labels = { editor: "编辑", to: "主送", cc: "抄送" } as const;
  // In the order the footer printed them (the order its fields were read in).
  for (const key of Object.keys(f) as (keyof typeof f)[]) {
    if (key === "editorLine") footer.push(`<p>${escape(f.editorLine!)}</p>`);
    else if (key === "contact") f.contact!.forEach((c) => footer.push(`<p>${escape(c)}</p>`));
    else f[key]!.forEach((l, i) => footer.push(`<p>${i === 0 ? `${labels[key]}：` : ""}${escape(l)}</p>`));
  }
  if (footer.length > 0) out.push(`<div class="footer">\n${footer.join("\n")}\n</div>`);
  return page(m.seriesName ?? "简报", out.join("\n"));
}

function policy(parsed: ParsedPolicy): string {
  const out: string[] = [];
  if (parsed.listedTitle) out.push(`<p class="listed">${escape(parsed.listedTitle)}</p>`);
  if (parsed.date) out.push(`<p class="meta">发布时间:${parsed.date}</p>`);
  if (parsed.level) out.push(`<p class="meta">政策级别:${escape(parsed.level)}</p>`);
  if (parsed.issuer) out.push(`<p class="meta">发文部门:${escape(parsed.issuer)}</p>`);
  if (parsed.themes.length) out.push(`<p class="meta">政策主题:${escape(parsed.themes.join(","))}</p>`);
  out.push(`<p class="doc-title">${escape(parsed.title)}</p>`);
  out.push(blocks(parsed.blocks, (depth) => (depth === 2 ? "chapter" : "subhead")));
  return page(parsed.title, out.join("\n"));
}

/** The running head each printed page carries, which the PDF reader must drop again. */
function runningHead(html: string): string {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
  return `<div style="font-size:8pt;width:100%;text-align:center;color:#666;font-family:'Noto Serif CJK SC'">${title}</div>`;
}

const cases: { name: string; html: string }[] = [];
for (const name of readdirSync(input).filter((n) => /^seed-.*\.txt$/.test(n))) {
  const file = name.replace(/\.txt$/, "");
  const { lines } = readTextSource(readFileSync(join(input, name)), name);
  cases.push({ name: file, html: looksLikePolicy(lines) ? policy(parsePolicy(lines, name)) : bulletin(parseBulletin(lines, name)) });
}
for (const name of readdirSync(input).filter((n) => n.endsWith(".html"))) {
  cases.push({ name: name.replace(/\.html$/, ""), html: readFileSync(join(input, name), "utf8") });
}

/** Files the importer must refuse with a clear message: a scan (no text layer) and a PDF locked with a password. */
async function refusedFiles(tab: import("playwright-core").Page, work: string): Promise<void> {
  const dir = new URL("../test/fixtures/importer/", import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  // A page that is all picture, as a scanner makes it: no text to read.
  await tab.setContent(`<div style="width:160mm;height:40mm;background:repeating-linear-gradient(45deg,#333 0 2px,#fff 2px 6px)"></div>`);
  writeFileSync(join(dir, "scan.pdf"), await tab.pdf({ format: "A4" }));
  const locked = join(work, "locked.html");
  writeFileSync(locked, `<!doctype html><meta charset="utf-8"><p>需要密码才能打开的文件</p>`);
  const options = '{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';
  execFileSync("soffice", ["--headless", "--norestore", "--convert-to", `pdf:writer_pdf_Export:${options}`, "--outdir", work, locked], {
    stdio: "ignore",
  });
  copyFileSync(join(work, "locked.pdf"), join(dir, "locked.pdf"));
  console.log("wrote test/fixtures/importer/scan.pdf and locked.pdf");
}

const only = process.argv.slice(2);
const chosen = only.length ? cases.filter((c) => only.includes(c.name)) : cases;
for (const name of only) if (!cases.some((c) => c.name === name)) throw new Error(`no case ${name} in test/input/`);

const work = mkdtempSync(join(tmpdir(), "fixtures-"));
try {
  const browser = await launchChromium();
  const tab = await browser.newPage();
  for (const { name, html } of chosen) {
    const source = join(work, `${name}.html`);
    writeFileSync(source, html);
    // Word: LibreOffice's HTML import keeps the classes as paragraph styles and the direct formatting.
    const out = join(work, "docx");
    mkdirSync(out, { recursive: true });
    execFileSync("soffice", ["--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", out, source], {
      stdio: "ignore",
    });
    if (!existsSync(join(out, `${name}.docx`))) throw new Error(`soffice made no ${name}.docx`);
    copyFileSync(join(out, `${name}.docx`), join(input, `${name}.docx`));
    // PDF: Chromium's print, as a reader's "Save as PDF" makes it.
    await tab.setContent(html, { waitUntil: "load" });
    await tab.evaluate(() => document.fonts.ready);
    const pdf = await tab.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: runningHead(html),
      footerTemplate: `<div style="font-size:10pt;width:100%;text-align:center;font-family:'Noto Serif CJK SC'">- <span class="pageNumber"></span> -</div>`,
    });
    writeFileSync(join(input, `${name}.pdf`), pdf);
    console.log(`wrote test/input/${name}.docx and ${name}.pdf`);
  }
  if (only.length === 0) await refusedFiles(tab, work);
  await browser.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
