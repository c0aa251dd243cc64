/**
 * `npm run build:pdf` on the real content: the site built with ISSUE_PDFS=1, then every issue
 * printed by scripts/pdf.ts with the system's Chromium. Each PDF is read back with PDF.js and,
 * as a check of both ends, imported again with the importer: A4, the masthead in red with 第N期
 * and 总第N期, every headline on the page the table of contents gives, page numbers as - N -,
 * the footer, and the text set in embedded Noto CJK fonts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocumentProxy, getResolvedPDFJS } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBulletin } from "../../src/lib/bulletin/parse-bulletin.ts";
import { readSource } from "../../src/lib/bulletin/source.ts";
import { plainCharacters } from "../../src/lib/bulletin/text.ts";
import { readToc } from "../../src/lib/bulletin/toc.ts";
import { issuePdfName } from "../../src/lib/print/pdf-file.ts";
import { listIssues } from "../../src/lib/server/print-issue.ts";

const root = new URL("../../", import.meta.url).pathname;
const content = join(root, "content");
const temp = mkdtempSync(join(tmpdir(), "bulletin-pdf-"));
const site = join(temp, "dist");
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function node(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, OUT_DIR: site, ASTRO_CACHE_DIR: join(temp, "cache"), FORCE_COLOR: "0", NO_COLOR: "1", ...env },
    encoding: "utf8",
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const issues = listIssues(content);
let printed: { status: number | null; output: string };

beforeAll(() => {
  const build = node([join(root, "node_modules/astro/bin/astro.mjs"), "build"], { ISSUE_PDFS: "1" });
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  printed = node([join(root, "scripts/pdf.ts"), "--all"]);
}, 600_000);

/** Text of each page, and the fill colour each character was shown in. */
async function readPdf(file: string) {
  const { OPS } = await getResolvedPDFJS();
  const doc = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const pages: { text: string; width: number; height: number; red: string; fonts: { name: string; embedded: boolean }[] }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const ops = await page.getOperatorList();
    let fill = "";
    let red = "";
    ops.fnArray.forEach((fn, i) => {
      if (fn === OPS.setFillRGBColor) fill = String(ops.argsArray[i][0]);
      if (fn === OPS.showText && fill === "#cc0000") {
        red += (ops.argsArray[i][0] as { unicode?: string }[]).map((g) => g.unicode ?? "").join("");
      }
    });
    const fonts = [...new Set(content.items.flatMap((i) => ("fontName" in i ? [i.fontName] : [])))].map((id) => {
      const font = page.commonObjs.get(id) as { name?: string; missingFile?: boolean };
      return { name: (font.name ?? "").replace(/^[A-Z]{6}\+/, ""), embedded: !font.missingFile };
    });
    pages.push({
      text: plainCharacters(content.items.map((i) => ("str" in i ? i.str : "")).join("")),
      width: page.view[2]!,
      height: page.view[3]!,
      red: plainCharacters(red),
      fonts,
    });
  }
  await doc.loadingTask.destroy();
  return pages;
}

describe("npm run build:pdf", { timeout: 120_000 }, () => {
  it("prints every issue beside its page, and the issue page links it", () => {
    expect(issues).toEqual(["jiangsu-shuangchuang/2022-02", "jiangsu-shuangchuang/late-2022", "keji-qingbao-cankao/2024-02"]);
    expect(printed.status, printed.output).toBe(0);
    for (const id of issues) {
      expect(existsSync(join(site, "issues", id, issuePdfName(id))), id).toBe(true);
      expect(readFileSync(join(site, "issues", id, "index.html"), "utf8")).toContain(`href="/issues/${id}/${issuePdfName(id)}" download`);
    }
  });

  it.each(issues)("%s: A4, a red masthead, page numbers, the footer, embedded Noto CJK fonts", async (id) => {
    const pages = await readPdf(join(site, "issues", id, issuePdfName(id)));
    const series = /^name: (.*)$/m.exec(readFileSync(join(content, "series", `${id.split("/")[0]}.yaml`), "utf8"))![1]!;
    for (const p of pages) {
      expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
      expect(p.fonts.length).toBeGreaterThan(0);
      for (const f of p.fonts) {
        expect(f.name, id).toMatch(/^NotoS(erif|ans)CJKsc-/);
        expect(f.embedded).toBe(true);
      }
    }
    expect(pages[0]!.red).toContain(series);
    pages.forEach((p, i) => expect(p.text.replace(/\s/g, "")).toMatch(new RegExp(`-${i + 1}-$`)));
    if (id === "jiangsu-shuangchuang/2022-02") {
      expect(pages[0]!.text).toContain("2022年第2期（总第13期）");
      expect(pages.at(-1)!.text).toMatch(/编辑：.*主送：江苏省科学技术厅.*抄送：/);
    }
  });

  it.each(issues)("%s: every headline is in the text, on the page the table of contents gives", async (id) => {
    const file = join(site, "issues", id, issuePdfName(id));
    const source = await readSource(readFileSync(file), file);
    const titles = listTitles(id);
    const contents = source.lines.findIndex((l) => l.text === "本期要目");
    const { entries, end } = readToc(source.lines, contents);
    expect(entries.map((e) => e.title)).toEqual(titles);
    let from = end;
    for (const entry of entries) {
      const at = source.lines.findIndex((l, i) => i >= from && l.text === entry.title);
      expect(at, entry.title).toBeGreaterThan(0);
      expect(entry.page, entry.title).toBe(source.lines[at]!.page);
      from = at + 1;
    }
  });

  it("reads back, with the importer, as the issue it was printed from", async () => {
    const file = join(site, "issues/jiangsu-shuangchuang/2022-02", issuePdfName("jiangsu-shuangchuang/2022-02"));
    const parsed = parseBulletin((await readSource(readFileSync(file), file)).lines, file);
    expect(parsed.masthead).toMatchObject({ seriesName: "江苏双创载体信息", year: 2022, number: 2, totalNumber: 13, date: "2022-05-05" });
    expect(parsed.articles.map((a) => [a.section, a.title, a.source])).toEqual(
      listTitles("jiangsu-shuangchuang/2022-02").map((t, i) => {
        const mdx = readdirSync(join(content, "issues/jiangsu-shuangchuang/2022-02"))
          .filter((f) => f.endsWith(".mdx"))
          .sort()[i]!;
        const text = readFileSync(join(content, "issues/jiangsu-shuangchuang/2022-02", mdx), "utf8");
        return [/^section: (.*)$/m.exec(text)?.[1], t, /^source: (.*)$/m.exec(text)?.[1]?.replace(/^"|"$/g, "")];
      }),
    );
    expect(parsed.footer.to).toEqual(["江苏省科学技术厅"]);
    expect(parsed.warnings).toEqual([]);
  });

  it("refuses an issue that is not there, a site not built, and a build older than the content", () => {
    expect(node([join(root, "scripts/pdf.ts"), "nowhere/2020-01"]).output).toContain(
      "content/issues/nowhere/2020-01/issue.yaml does not exist: known issues are jiangsu-shuangchuang/2022-02",
    );
    expect(node([join(root, "scripts/pdf.ts"), "jiangsu-shuangchuang/2022-02", "--site", join(temp, "none")]).output).toMatch(
      /none\/issues\/jiangsu-shuangchuang\/2022-02\/index\.html does not exist: build the site first \(npm run build\)/,
    );
    const page = join(site, "issues/jiangsu-shuangchuang/2022-02/index.html");
    utimesSync(page, new Date(2000, 0, 1), new Date(2000, 0, 1));
    const stale = node([join(root, "scripts/pdf.ts"), "jiangsu-shuangchuang/2022-02", "--out", join(temp, "x.pdf")]);
    expect(stale.status).toBe(1);
    expect(stale.output).toMatch(/changed after the site was built: build it again \(npm run build\) so the PDF shows what the site shows/);
    expect(existsSync(join(temp, "x.pdf"))).toBe(false);
  });
});

/** An issue's headlines in order, from its articles' frontmatter. */
function listTitles(id: string): string[] {
  const folder = join(content, "issues", id);
  return readdirSync(folder)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((f) => /^title: (.*)$/m.exec(readFileSync(join(folder, f), "utf8"))![1]!);
}
