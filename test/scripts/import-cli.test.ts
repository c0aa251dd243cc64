/** The import command as an editor runs it: writes, refuses to overwrite, explains bad input. */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const seed = join(root, "test/input/seed-000-jiangsu-2022-02.txt");
let content: string;
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

beforeEach(() => {
  const temp = mkdtempSync(join(tmpdir(), "bulletin-import-"));
  temps.push(temp);
  content = join(temp, "content");
  cpSync(join(root, "test/input/series"), join(content, "series"), { recursive: true });
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, "scripts/import.ts"), ...args, "--content", content], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function textFile(name: string, data: string | Uint8Array): string {
  const file = join(content, "..", name);
  writeFileSync(file, data);
  return file;
}

describe("npm run import", { timeout: 60_000 }, () => {
  it("writes an issue folder and prints what it wrote", () => {
    const { status, stdout } = run(seed);
    expect(status).toBe(0);
    expect(stdout).toContain("9 articles");
    expect(readdirSync(join(content, "issues/jiangsu-shuangchuang/2022-02"))).toHaveLength(10);
  });

  it("never overwrites an issue folder without --force, and leaves it untouched", () => {
    run(seed);
    const file = join(content, "issues/jiangsu-shuangchuang/2022-02/issue.yaml");
    writeFileSync(file, "edited by hand\n");
    const again = run(seed);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/2022-02 already exists: pass --force to replace it \(nothing was written\)/);
    expect(readFileSync(file, "utf8")).toBe("edited by hand\n");
    expect(run(seed, "--force").status).toBe(0);
    expect(readFileSync(file, "utf8")).toMatch(/^series: jiangsu-shuangchuang$/m);
    // Nothing is left behind from the atomic swap.
    expect(readdirSync(join(content, "issues/jiangsu-shuangchuang"))).toEqual(["2022-02"]);
  });

  it("explains an empty file", () => {
    const { status, stderr } = run(textFile("empty.txt", "\n\n"));
    expect(status).toBe(1);
    expect(stderr).toMatch(/empty\.txt:1: the file is empty/);
  });

  it("explains a binary file", () => {
    const { status, stderr } = run(textFile("scan.txt", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x0a, 0x00, 0x01])));
    expect(status).toBe(1);
    expect(stderr).toMatch(/scan\.txt:2: this is a binary file/);
  });

  it("explains text with no recognisable article, and writes nothing", () => {
    const { status, stderr } = run(textFile("notes.txt", "示例简报\n\n2023年第1期\n\n（来源：无）\n"), "--series", "jiangsu-shuangchuang");
    expect(status).toBe(1);
    expect(stderr).toMatch(/notes\.txt:\d+: no article found/);
    expect(existsSync(join(content, "issues"))).toBe(false);
  });

  it("asks for a slug when the number is not printed", () => {
    const { status, stderr } = run(join(root, "test/input/seed-001-jiangsu-late-2022.txt"), "--series", "jiangsu-shuangchuang");
    expect(status).toBe(1);
    expect(stderr).toContain("pass --year and --number, or --slug");
  });

  it("refuses a malformed option", () => {
    const { status, stderr } = run(seed, "--date", "5/5/2022");
    expect(status).toBe(1);
    expect(stderr).toContain('--date must be a date like 2023-01-15, not "5/5/2022"');
  });

  it("refuses ids that would reach outside the content folder, and writes nothing anywhere", () => {
    const outside = join(content, "..", "etc");
    for (const [option, value] of [
      ["--series", "../../etc"],
      ["--series", "Jiangsu Shuangchuang"],
      ["--slug", "../../../../victim"],
      ["--slug", "a/b"],
    ] as const) {
      const { status, stderr } = run(seed, option, value, "--force");
      expect(status, `${option} ${value}`).toBe(1);
      expect(stderr).toContain(`${option} "${value}" is not an id: use lower-case letters a–z, digits and single hyphens`);
    }
    expect(existsSync(outside)).toBe(false);
    expect(existsSync(join(content, "issues"))).toBe(false);
  });

  it("never removes a folder outside the content folder with --force", () => {
    const victim = join(content, "..", "victim");
    cpSync(join(root, "test/input/series"), victim, { recursive: true });
    const { status } = run(seed, "--slug", "../victim", "--force");
    expect(status).toBe(1);
    expect(readdirSync(victim).length).toBeGreaterThan(0);
  });

  it("tidies the temporary folder an interrupted import left, and says so", () => {
    const series = join(content, "issues/jiangsu-shuangchuang");
    // The name an earlier importer gave its temporary folder, which the build then read as an issue.
    const leftover = join(series, "2022-01.tmp-999999999-1700000000000");
    cpSync(join(root, "test/input/series"), leftover, { recursive: true });
    const { status, stderr } = run(seed);
    expect(status).toBe(0);
    expect(stderr).toMatch(/import: removed .*2022-01\.tmp-999999999-1700000000000, left by an interrupted import/);
    expect(readdirSync(series)).toEqual(["2022-02"]);
  });

  it("explains a folder given as the input", () => {
    const { status, stderr } = run(join(root, "test/input"));
    expect(status).toBe(1);
    expect(stderr).toMatch(/test\/input is a folder: give the bulletin's file/);
  });

  it("reads UTF-16 text (Notepad's 'Unicode') instead of calling it binary", () => {
    const text = readFileSync(seed, "utf8");
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const { status, stdout, stderr } = run(textFile("utf16.txt", utf16));
    expect(stderr).toContain("read as UTF-16LE text");
    expect(status).toBe(0);
    expect(stdout).toContain("9 articles");
  });

  it("refuses impossible dates, an issue number 0 and a year no bulletin has, naming the option", () => {
    const cases: [string[], string][] = [
      [["--date", "2023-02-30"], "--date 2023-02-30 is not a day of the calendar"],
      [["--not-before", "2022-13-01"], "--not-before 2022-13-01 is not a day of the calendar"],
      [["--number", "0"], "--number 0 is out of range: give a whole number from 1"],
      [["--total", "0"], "--total 0 is out of range"],
      [["--year", "99999"], "--year 99999 is out of range: give a year from 1949 to 2100"],
      [["--year=-3"], '--year must be a whole number, not "-3"'],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = run(seed, ...args);
      expect(status, args.join(" ")).toBe(1);
      expect(stderr).toContain(message);
    }
    expect(existsSync(join(content, "issues"))).toBe(false);
  });

  it("refuses an impossible date printed in the masthead, naming its line", () => {
    const text = readFileSync(seed, "utf8").replace("2022年5月5日", "2022年2月30日");
    const { status, stderr } = run(textFile("bad-date.txt", text));
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /bad-date\.txt:7: the masthead's date \(2022-02-30\) is not a day of the calendar: pass the right one with --date/,
    );
    expect(run(textFile("bad-date.txt", text), "--date", "2022-05-05").status).toBe(0);
  });

  it("imports Word and PDF files, and a PDF saved under another name", () => {
    for (const format of ["docx", "pdf"]) {
      const { status, stdout } = run(join(root, `test/input/seed-003-keji-qingbao-2024-02.${format}`), "--force");
      expect(status, format).toBe(0);
      expect(stdout).toContain("8 articles");
    }
    const renamed = textFile("bulletin.txt", readFileSync(join(root, "test/input/seed-000-jiangsu-2022-02.pdf")));
    expect(run(renamed).stdout).toContain("9 articles");
  });

  it("explains a scan, a locked PDF and an old Word file, and writes nothing", () => {
    const scan = run(join(root, "test/fixtures/importer/scan.pdf"), "--series", "jiangsu-shuangchuang");
    expect(scan.stderr).toMatch(/scan\.pdf:1: the PDF has no text layer: it is a scan or a picture of text\. Run OCR on it first/);
    const locked = run(join(root, "test/fixtures/importer/locked.pdf"));
    expect(locked.stderr).toContain("locked.pdf:1: the PDF is protected by a password");
    const doc = run(textFile("old.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])));
    expect(doc.stderr).toContain("old.doc:1: this is an old Word (.doc) or WPS file");
    expect([scan.status, locked.status, doc.status]).toEqual([1, 1, 1]);
    expect(existsSync(join(content, "issues"))).toBe(false);
  });

  it("creates a new periodical with --series-name, from what the text prints, and never changes it again", () => {
    const page = join(root, "test/input/newspaper-page.pdf");
    const refused = run(page);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'no series is named 「科技创新导报」 in content/series/: pass --series <id> for an existing one, or --series-name "科技创新导报" to create it',
    );
    const { status, stdout } = run(page, "--series-name", "科技创新导报", "--series", "kjcx-daobao");
    expect(status).toBe(0);
    expect(stdout).toContain("6 articles");
    const file = join(content, "series/kjcx-daobao.yaml");
    expect(readFileSync(file, "utf8")).toBe("name: 科技创新导报\nsections:\n  - 创新快讯\n");
    writeFileSync(file, "name: 科技创新导报\ndescription: 编辑写的介绍\nsections:\n  - 创新快讯\n");
    expect(run(page, "--series-name", "科技创新导报", "--series", "kjcx-daobao", "--force").status).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("编辑写的介绍");
    const other = run(page, "--series-name", "科技导报", "--series", "kjcx-daobao", "--force");
    expect(other.status).toBe(1);
    expect(other.stderr).toContain("content/series/kjcx-daobao.yaml names the periodical 「科技创新导报」, not 「科技导报」");
  });

  it("makes the id from the name when only --series-name is given, and refuses an unknown --series without it", () => {
    const page = join(root, "test/input/newspaper-page.docx");
    expect(run(page, "--series-name", "科技创新导报").status).toBe(0);
    expect(existsSync(join(content, "series/ke-ji-chuang-xin-dao-bao.yaml"))).toBe(true);
    const typo = run(seed, "--series", "jiangsu-shuangchaung");
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain('series "jiangsu-shuangchaung" is not in content/series/');
    expect(run(seed, "--series-name", "江苏双创载体信息", "--series", "Jiangsu").stderr).toContain('--series "Jiangsu" is not an id');
  });

  it("prints the outline with --dry-run and writes nothing", () => {
    const { status, stdout } = run(join(root, "test/input/newspaper-page.txt"), "--series-name", "科技创新导报", "--dry-run");
    expect(status).toBe(0);
    expect(stdout).toContain("masthead: 科技创新导报 · 2024年第11期（总第586期） · 2024-03-15");
    expect(stdout).toContain("      kicker: 聚焦创新生态 培育发展新动能");
    expect(stdout).toMatch(/ {3}6\. 常州：举办创新创业大赛决赛\n {6}source: \(none\)\n {6}lines 69–71 · 1 paragraph/);
    expect(existsSync(join(content, "issues"))).toBe(false);
    expect(existsSync(join(content, "series/ke-ji-chuang-xin-dao-bao.yaml"))).toBe(false);
  });

  it("follows --title and --not-title, and refuses a line given to both", () => {
    const text = textFile(
      "two.txt",
      "示例简报\n\n2023年第1期\n\n甲市建设孵化器\n\n甲市新建孵化器三家。\n\n强化服务能力\n\n提供专业服务。\n\n（来源：甲市科技局）\n",
    );
    const base = ["--series", "jiangsu-shuangchuang", "--dry-run"];
    expect(run(text, ...base).stdout).toContain("articles: 1");
    expect(run(text, ...base, "--title", "9").stdout).toMatch(/articles: 2\n[\s\S]* 2\. 强化服务能力/);
    const both = run(text, ...base, "--title", "9", "--not-title", "7-9");
    expect(both.status).toBe(1);
    expect(both.stderr).toContain("line 9 is given to both --title and --not-title");
  });
});
