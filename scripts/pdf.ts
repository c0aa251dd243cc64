/**
 * npm run pdf -- <series>/<issue> [--out file.pdf]
 * npm run pdf -- --all            (what npm run build:pdf runs after the build)
 *
 * Prints an issue as the bulletin looks on paper, A4, to send to the offices on its 主送 and 抄送
 * lines: the red masthead, the table of contents with page numbers, the articles with their
 * source lines, the footer, page numbers as - N -, the Noto CJK fonts embedded and the text
 * selectable. Uses the built site (npm run build first) and the system's Chromium.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { issuePdfName } from "../src/lib/print/pdf-file.ts";
import { launchChromium } from "../src/lib/server/chromium.ts";
import { PrintError, listIssues, loadPrintIssue, printIssue } from "../src/lib/server/print-issue.ts";
import { command } from "./cli.ts";

const usage = `usage: npm run pdf -- <series>/<issue> [--out file.pdf]
       npm run pdf -- --all

  <series>/<issue>  the issue, as its folder under content/issues/, e.g. jiangsu-shuangchuang/2022-02
  --out <file>      where to write the PDF (default: <series>-<issue>.pdf here)
  --all             print every issue beside its page in the built site (dist/issues/…/…pdf)
  --site <dir>      the built site (default: dist, or OUT_DIR)
  --content <dir>   the content folder (default: content, or CONTENT_DIR)`;

const { values, positionals, fail, misuse } = command("pdf", usage, {
  out: { type: "string" },
  all: { type: "boolean", default: false },
  site: { type: "string", default: process.env.OUT_DIR ?? "dist" },
  content: { type: "string", default: process.env.CONTENT_DIR ?? "content" },
});
if (values.all ? positionals.length > 0 || values.out : positionals.length !== 1) misuse("give one issue, or --all");

const siteDir = resolve(values.site);
const contentDir = resolve(values.content);
const base = process.env.BASE ?? "/";
const ids = values.all ? listIssues(contentDir) : [positionals[0]!.replace(/^\/+|\/+$/g, "")];
const target = (id: string) => (values.all ? join(siteDir, "issues", id, issuePdfName(id)) : resolve(values.out ?? issuePdfName(id)));

try {
  // Everything is checked before Chromium starts: a missing or stale build fails at once.
  const issues = ids.map((id) => ({ id, issue: loadPrintIssue(contentDir, siteDir, id) }));
  const browser = await launchChromium();
  try {
    for (const { id, issue } of issues) {
      const printed = await printIssue(browser, issue, siteDir, base);
      const file = target(id);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, printed.pdf);
      console.log(`wrote ${file} (${printed.pages} pages, ${issue.articles.length} articles)`);
    }
  } finally {
    await browser.close();
  }
} catch (error) {
  if (error instanceof PrintError) fail(error.message);
  if (error instanceof Error) fail(error.message);
  throw error;
}
