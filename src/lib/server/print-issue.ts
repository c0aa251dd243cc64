/**
 * Prints an issue as a PDF with the system's Chromium. The facts come from the content files
 * (checked against the content schemas), the article bodies from the built site's issue page
 * (so charts are drawn as on the site), the layout from src/lib/print/. Chromium loads nothing
 * but this document and files of the built site: every other request is refused.
 *
 * Printed twice: once to learn the page each headline falls on (read back with PDF.js), once
 * with those pages in the table of contents (more passes only if filling them in moved a page).
 * Then the fonts are checked: a PDF set in anything but the embedded Noto CJK fonts is refused,
 * with the package to install.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { parseHTML } from "linkedom";
import type { Browser } from "playwright-core";
import { getDocumentProxy } from "unpdf";
import { parse as parseYaml } from "yaml";
import { plainCharacters } from "../bulletin/text.ts";
import { articleSchema, issueSchema, seriesSchema } from "../content/schema.ts";
import { formatDate, issueLabel } from "../format.ts";
import { headlinePages, issueDocument, type PrintIssue } from "../print/issue-document.ts";

/** A reason an issue cannot be printed, said for the editor. */
export class PrintError extends Error {
  override name = "PrintError";
}

const frontmatter = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "") as unknown;

/** The issues in a content folder, as `series/issue` ids. */
export function listIssues(contentDir: string): string[] {
  const root = join(contentDir, "issues");
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((s) => !s.startsWith("."))
    .flatMap((s) =>
      readdirSync(join(root, s))
        .filter((i) => !i.startsWith(".") && existsSync(join(root, s, i, "issue.yaml")))
        .map((i) => `${s}/${i}`),
    )
    .sort();
}

/**
 * Reads what printing an issue needs. The built page must exist and be newer than the issue's
 * files: a PDF of text the site no longer shows would mislead whoever it is sent to.
 */
export function loadPrintIssue(contentDir: string, siteDir: string, issueId: string): PrintIssue {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(issueId))
    throw new PrintError(`"${issueId}" is not an issue: give series/issue, e.g. jiangsu-shuangchuang/2022-02`);
  const folder = join(contentDir, "issues", issueId);
  if (!existsSync(join(folder, "issue.yaml"))) {
    throw new PrintError(`${folder}/issue.yaml does not exist: known issues are ${listIssues(contentDir).join(", ") || "none"}`);
  }
  const [seriesId] = issueId.split("/");
  const issue = issueSchema.parse(parseYaml(readFileSync(join(folder, "issue.yaml"), "utf8")));
  const seriesFile = join(contentDir, "series", `${seriesId}.yaml`);
  const series = seriesSchema.parse(parseYaml(readFileSync(seriesFile, "utf8")));
  const files = readdirSync(folder).filter((f) => f.endsWith(".mdx"));
  const articles = files
    .map((f) => ({ slug: f.replace(/\.mdx$/, ""), data: articleSchema.parse(frontmatter(readFileSync(join(folder, f), "utf8"))) }))
    .sort((a, b) => a.data.order - b.data.order);

  const pageFile = join(siteDir, "issues", issueId, "index.html");
  if (!existsSync(pageFile)) throw new PrintError(`${pageFile} does not exist: build the site first (npm run build)`);
  const built = statSync(pageFile).mtimeMs;
  const changed = [seriesFile, join(folder, "issue.yaml"), ...files.map((f) => join(folder, f))].find((f) => statSync(f).mtimeMs > built);
  if (changed)
    throw new PrintError(
      `${changed} changed after the site was built: build it again (npm run build) so the PDF shows what the site shows`,
    );
  const { document } = parseHTML(readFileSync(pageFile, "utf8"));

  return {
    seriesName: series.name,
    publisher: series.publisher,
    label: issueLabel(issue),
    // A date only when one is known: the issue line already says what is not printed.
    date: issue.date ? formatDate(issue.date) : undefined,
    note: issue.note,
    articles: articles.map(({ slug, data }) => {
      const prose = document.getElementById(slug)?.querySelector(".prose");
      if (!prose) throw new PrintError(`${pageFile} has no text for ${slug}: build the site again (npm run build)`);
      return {
        slug,
        title: data.title,
        kicker: data.kicker,
        subtitle: data.subtitle,
        section: data.section,
        source: data.source,
        byline: data.byline,
        body: prose.innerHTML,
      };
    }),
    // The footer this issue printed, or else the periodical's standing one.
    footer: issue.footer ?? { editor: series.editor, to: series.to, cc: series.cc, contact: series.contact },
  };
}

const TYPES: Record<string, string> = {
  ".css": "text/css",
  ".js": "text/javascript",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
};

/**
 * Each page's text, as PDF.js reads it, with radicals turned back into the characters meant; the
 * fonts; and the headings of the PDF's outline with their pages.
 */
async function pageTexts(pdf: Uint8Array): Promise<{
  texts: string[];
  fonts: Set<string>;
  missing: Set<string>;
  size: [number, number];
  headings: { title: string; page: number }[];
}> {
  const doc = await getDocumentProxy(new Uint8Array(pdf), { verbosity: 0 });
  const texts: string[] = [];
  const fonts = new Set<string>();
  const missing = new Set<string>();
  let size: [number, number] = [0, 0];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    if (n === 1) size = [page.view[2]!, page.view[3]!];
    const content = await page.getTextContent();
    texts.push(plainCharacters(content.items.map((i) => ("str" in i ? i.str : "")).join("")));
    await page.getOperatorList();
    for (const name of new Set(content.items.flatMap((i) => ("fontName" in i ? [i.fontName] : [])))) {
      const font = page.commonObjs.get(name) as { name?: string; missingFile?: boolean };
      const real = (font.name ?? name).replace(/^[A-Z]{6}\+/, "");
      fonts.add(real);
      if (font.missingFile) missing.add(real);
    }
  }
  const headings: { title: string; page: number }[] = [];
  type Item = { title: string; dest: unknown; items: Item[] };
  const walk = async (items: Item[]) => {
    for (const item of items) {
      const dest = typeof item.dest === "string" ? await doc.getDestination(item.dest) : (item.dest as unknown[] | null);
      const ref = dest?.[0];
      if (ref && typeof ref === "object")
        headings.push({ title: plainCharacters(item.title), page: (await doc.getPageIndex(ref as never)) + 1 });
      await walk(item.items ?? []);
    }
  };
  await walk(((await doc.getOutline()) ?? []) as Item[]);
  await doc.loadingTask.destroy();
  return { texts, fonts, missing, size, headings };
}

export interface Printed {
  pdf: Uint8Array;
  pages: number;
  /** Each article's page, in order, as the table of contents gives it. */
  articlePages: number[];
  fonts: string[];
}

/** Prints one issue. `siteDir` and `base` say where the built site's files are and under which path it is served. */
export async function printIssue(browser: Browser, issue: PrintIssue, siteDir: string, base = "/"): Promise<Printed> {
  const css = readFileSync(new URL("../print/issue.css", import.meta.url), "utf8");
  const origin = "http://bulletin.print";
  const root = base.replace(/\/?$/, "/");
  let html = "";
  const page = await browser.newPage();
  try {
    await page.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.abort("blockedbyclient");
      if (url.pathname === "/__issue__") return route.fulfill({ body: html, contentType: "text/html; charset=utf-8" });
      const file = url.pathname.startsWith(root) ? join(siteDir, decodeURIComponent(url.pathname.slice(root.length))) : "";
      if (!file || !existsSync(file) || statSync(file).isDirectory()) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? "application/octet-stream" });
    });
    let pages: number[] | undefined;
    for (let pass = 1; pass <= 4; pass++) {
      html = issueDocument(issue, { css, pages });
      await page.goto(`${origin}/__issue__`, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({
        format: "A4",
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: `<div style="width:100%;text-align:center;font-size:12pt;font-family:'Noto Serif CJK SC',serif">- <span class="pageNumber"></span> -</div>`,
        margin: { top: "24mm", bottom: "26mm", left: "24mm", right: "24mm" },
        // The headings as the PDF's outline, each with its page: where each headline is printed.
        // Chromium writes an outline only into a tagged PDF, which also lets screen readers
        // follow the issue's structure.
        outline: true,
        tagged: true,
      });
      const read = await pageTexts(pdf);
      const found = headlinePages(
        read.headings,
        issue.articles.map((a) => a.title),
      );
      const lost = found.findIndex((p) => p === undefined);
      if (lost >= 0) throw new PrintError(`「${issue.articles[lost]!.title}」 is not in the printed PDF`);
      const now = found as number[];
      if (pages && now.every((p, i) => p === pages![i])) {
        const fonts = [...read.fonts].sort();
        if (!fonts.some((f) => /^NotoS(erif|ans)CJK/.test(f)) || read.missing.size > 0) {
          throw new PrintError(
            `the PDF is not set in embedded Noto CJK fonts (it uses ${fonts.join(", ")}${read.missing.size ? `; not embedded: ${[...read.missing].join(", ")}` : ""}): install them with sudo apt-get install fonts-noto-cjk`,
          );
        }
        return { pdf, pages: read.texts.length, articlePages: now, fonts };
      }
      pages = now;
    }
    throw new PrintError("the table of contents' page numbers did not settle after four printings");
  } finally {
    await page.close();
  }
}
