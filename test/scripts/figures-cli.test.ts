/**
 * npm run figures and npm run figures:accept as an editor runs them, on a copy of the project's
 * data/ and content/: on an issue folder, an article, a policy and a pasted page; and every kind of
 * bad input refused with its file, line and column, nothing written.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { displayWidth } from "../../src/lib/bulletin/text.ts";
import { checkLoadedDataset } from "../../src/lib/server/dataset.ts";

const root = new URL("../../", import.meta.url).pathname;
let project: string;
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), "bulletin-figures-"));
  temps.push(project);
  cpSync(join(root, "data"), join(project, "data"), { recursive: true, filter: (src) => !/\/data\/review(\/|$)/.test(src) });
  cpSync(join(root, "content"), join(project, "content"), { recursive: true });
});

function run(script: "figures" | "figures-accept", ...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, `scripts/${script}.ts`), ...args, "--root", project], {
    encoding: "utf8",
    cwd: project,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const read = (path: string) => readFileSync(join(project, path), "utf8");
const reviewRows = (path: string) => parse(read(path), { columns: true, bom: true }) as Record<string, string>[];
/** Rewrites a review file with `edit` applied to its rows (as an editor in a spreadsheet would). */
function editReview(path: string, edit: (rows: Record<string, string>[]) => void) {
  const text = read(path);
  const [header] = text.replace(/^\ufeff/, "").split("\n");
  const rows = reviewRows(path);
  edit(rows);
  const columns = header!.split(",");
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  writeFileSync(join(project, path), [header, ...rows.map((r) => columns.map((c) => cell(r[c] ?? "")).join(","))].join("\n") + "\n");
}
const dataFiles = () => Object.fromEntries(["observations", "sources", "zones", "indicators"].map((t) => [t, read(`data/${t}.csv`)]));

const article = "content/issues/jiangsu-shuangchuang/late-2022/05-ya-zhou-qi-ye-fu-hua.mdx";
const articleReview = "data/review/jiangsu-shuangchuang-late-2022-05-ya-zhou-qi-ye-fu-hua.csv";

describe("npm run figures", { timeout: 90_000 }, () => {
  it("suggests an issue's figures and says how many are already recorded and how many numbers it skipped", () => {
    const { status, stdout } = run("figures", "content/issues/jiangsu-shuangchuang/late-2022");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^wrote data\/review\/jiangsu-shuangchuang-late-2022\.csv/);
    expect(stdout).toMatch(/12 documents: \d+ figures suggested — \d+ new \(\d+ to check closely\), \d+ already in the data/);
    expect(stdout).toMatch(/\d+ numbers skipped:\n {2}\d+ dates and years/);
    const rows = reviewRows("data/review/jiangsu-shuangchuang-late-2022.csv");
    expect(rows.filter((r) => r.status === "recorded").length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(rows[0]!)).toEqual([
      ...(parse(read("data/observations.csv"), { to_line: 1 }) as string[][])[0]!,
      "decision",
      "status",
      "reason",
    ]);
  });

  it("suggests one article's and one policy's figures", () => {
    expect(run("figures", article).status).toBe(0);
    expect(reviewRows(articleReview)).toHaveLength(1);
    expect(run("figures", "content/policies/yancheng-incubator-plan-2023-2025.mdx").status).toBe(0);
    const policy = reviewRows("data/review/policy-yancheng-incubator-plan-2023-2025.csv");
    expect(policy.filter((r) => r.quote!.startsWith("新增科创飞地数")).map((r) => r.value)).toEqual([
      "30",
      "3",
      "2",
      "2",
      "2",
      "2",
      "2",
      "3",
      "4",
      "3",
      "2",
      "5",
    ]);
  });

  it("joins the lines of a page copied from a PDF, so that no sentence is cut at the margin", () => {
    const wrapped = ["示例市孵化器发展情况（合成测试页）", "", "2024年3月1日", ""];
    // Paragraphs hard-wrapped at a fixed measure with blank lines between the
    // pieces, as PDF extraction leaves them (synthetic text).
    const paragraph =
      "截至2023年底，全市纳入统计的科技企业孵化器达130家，其中国家级科技企业孵化器12家，省级以上众创空间45家，在孵企业超过3000家，孵化载体建设成效显著，创新创业氛围持续浓厚，各类载体服务能力不断提升，专业化水平明显提高。";
    const filler =
      "孵化器建设是服务人才创新创业、支撑经济高质量发展的重要抓手，各地积极推进载体提档升级，不断完善孵化服务体系，持续优化创新创业生态环境。";
    for (const text of [paragraph, filler, filler, filler, filler]) {
      // Wrap at a measure of 60 columns: CJK characters take two, digits one.
      let line = "";
      for (const c of text) {
        if (displayWidth(line + c) > 60) {
          wrapped.push(line, "");
          line = "";
        }
        line += c;
      }
      wrapped.push(line, "");
    }
    writeFileSync(join(project, "wrapped.txt"), wrapped.join("\n"));
    expect(run("figures", "wrapped.txt", "--source", "x-wrapped", "--places", "320900").status).toBe(0);
    const rows = reviewRows("data/review/x-wrapped.csv");
    expect(rows.map((r) => r.value_as_printed)).toEqual(["130家", "12家", "45家", "3000家"]);
    expect(new Set(rows.map((r) => r.quote))).toEqual(new Set([paragraph]));
    expect(rows[0]!.reason).toMatch(/at wrapped\.txt:5$/);
    expect(read("data/review/x-wrapped.txt")).toContain(paragraph);
  });

  it("suggests a pasted page's figures with its source, date and places, and keeps its text beside the review", () => {
    writeFileSync(
      join(project, "page.txt"),
      "示例市孵化器发展情况（合成测试页）\n\n截至2023年底，全市纳入统计的科技企业孵化器达130家，其中国家级科技企业孵化器12家。\n",
    );
    const { status, stdout } = run("figures", "page.txt", "--source", "x-demo-page", "--date", "2024-03-01", "--places", "320900");
    expect(status, stdout).toBe(0);
    expect(readdirSync(join(project, "data/review")).sort()).toEqual(["x-demo-page.csv", "x-demo-page.sources.csv", "x-demo-page.txt"]);
    expect(reviewRows("data/review/x-demo-page.csv").map((r) => [r.region, r.indicator, r.value, r.period, r.source])).toEqual([
      ["320900", "incubators", "130", "2023-12-31", "x-demo-page"],
      ["320900", "national_incubators", "12", "2023-12-31", "x-demo-page"],
    ]);
  });

  it("refuses bad input with a clear message and writes nothing", () => {
    writeFileSync(join(project, "page.txt"), "孵化器130家。\n");
    // Latin-1 (café): neither UTF-8 nor GB18030, which the importer also reads.
    writeFileSync(join(project, "latin1.txt"), Buffer.from("café\n", "latin1"));
    const cases: [string[], RegExp][] = [
      [["page.txt"], /page\.txt: a text file needs --source <id>/],
      [
        ["page.txt", "--source", "x-demo"],
        /page\.txt: the text prints no date near its top: give its publication date with --date YYYY-MM-DD/,
      ],
      [["page.txt", "--source", "x-demo", "--date", "2024-02-30"], /--date must be a date like 2024-03-01, not "2024-02-30"/],
      [["page.txt", "--source", "x-demo", "--date", "2024-03-01", "--places", "999999"], /--places: unknown place "999999"/],
      [["latin1.txt", "--source", "x-demo", "--date", "2024-03-01"], /latin1\.txt:1: the text is not valid UTF-8 \(save it as UTF-8\)/],
      [["missing.txt"], /missing\.txt: no such file or folder/],
      [["content/issues/jiangsu-shuangchuang"], /not an issue folder \(it has no issue\.yaml\)/],
      [["data/observations.csv"], /give an issue folder, an \.mdx article or policy, or a \.txt file/],
      [[], /give exactly one input/],
    ];
    for (const [args, message] of cases) {
      const { status, stderr } = run("figures", ...args);
      expect(status, args.join(" ")).toBe(1);
      expect(stderr).toMatch(message);
    }
    expect(existsSync(join(project, "data/review"))).toBe(false);
  });

  it("never overwrites a review file an editor may have decided, unless --force", () => {
    run("figures", article);
    editReview(articleReview, (rows) => (rows[0]!.decision = "reject"));
    const edited = read(articleReview);
    const again = run("figures", article);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exist.*--force to replace \(nothing was written\)/);
    expect(read(articleReview)).toBe(edited);
    expect(run("figures", article, "--force").status).toBe(0);
    expect(reviewRows(articleReview)[0]!.decision).toBe("");
  });
});

describe("npm run figures:accept", { timeout: 90_000 }, () => {
  it("appends the accepted rows with new ids and their source, and the data still checks out", () => {
    run("figures", article);
    editReview(articleReview, (rows) => (rows[0]!.decision = "accept"));
    const { status, stdout, stderr } = run("figures-accept", articleReview);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/^appended 1 row to data\/observations\.csv: s-\d{3}\n/);
    expect(stdout).toContain("appended to data/sources.csv: jiangsu-shuangchuang/late-2022/05-ya-zhou-qi-ye-fu-hua");
    expect(read("data/observations.csv").trimEnd().split("\n").pop()).toMatch(
      /^s-\d{3},cn,incubators,.*5000余家,more_than,jiangsu-shuangchuang\/late-2022\/05-ya-zhou/,
    );
    expect(checkLoadedDataset(project).errors).toEqual([]);
  });

  it("adds the zones and indicators the editor filled in beside the review", () => {
    run("figures", article);
    const base = articleReview.replace(/\.csv$/, "");
    writeFileSync(join(project, `${base}.zones.csv`), "id,name,kind,parent,aliases\ndemo-zone,示例园区（合成测试）,park,320500,\n");
    writeFileSync(
      join(project, `${base}.indicators.csv`),
      "id,name_zh,name_en,unit,carrier,level,measure,definition\nincubators_served,服务孵化器数,Incubators served,家,incubator,all,stock,Synthetic test indicator.\n",
    );
    editReview(articleReview, (rows) =>
      Object.assign(rows[0]!, { decision: "accept", region: "demo-zone", indicator: "incubators_served" }),
    );
    const { status, stdout, stderr } = run("figures-accept", articleReview);
    expect(status, stderr).toBe(0);
    expect(stdout).toContain("appended to data/zones.csv: demo-zone");
    expect(stdout).toContain("appended to data/indicators.csv: incubators_served");
    expect(read("data/zones.csv")).toMatch(/\ndemo-zone,示例园区（合成测试）,park,320500,\n$/);
    expect(checkLoadedDataset(project).errors).toEqual([]);
  });

  it("names the companion file's line and column when an added row is wrong", () => {
    run("figures", article);
    const base = articleReview.replace(/\.csv$/, "");
    writeFileSync(join(project, `${base}.zones.csv`), "id,name,kind,parent,aliases\ndemo-zone,,park,320500,\n");
    editReview(articleReview, (rows) => Object.assign(rows[0]!, { decision: "accept", region: "demo-zone" }));
    const before = dataFiles();
    const { status, stderr } = run("figures-accept", articleReview);
    expect(status).toBe(1);
    expect(dataFiles()).toEqual(before);
    expect(stderr).toMatch(new RegExp(`^${base}\\.zones\\.csv:2:2: name: is empty\n`));
  });

  it("checks everything and writes nothing with --dry-run", () => {
    run("figures", article);
    editReview(articleReview, (rows) => (rows[0]!.decision = "accept"));
    const before = dataFiles();
    const { status, stdout } = run("figures-accept", articleReview, "--dry-run");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^would append 1 row/);
    expect(dataFiles()).toEqual(before);
  });

  it("refuses a bad review file, naming its line and column, and writes nothing", () => {
    run("figures", "content/issues/jiangsu-shuangchuang/late-2022/02-jiang-su-ke-ji-chuang-ye.mdx");
    const review = "data/review/jiangsu-shuangchuang-late-2022-02-jiang-su-ke-ji-chuang-ye.csv";
    const original = read(review);
    const before = dataFiles();
    const attempt = (edit: (rows: Record<string, string>[]) => void) => {
      writeFileSync(join(project, review), original);
      editReview(review, edit);
      const result = run("figures-accept", review);
      expect(dataFiles()).toEqual(before);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/figures:accept: nothing was written\n$/);
      return result.stderr;
    };
    // Line 2 is the first row: 2145家, already recorded as s-015.
    expect(attempt((rows) => (rows[0]!.decision = "yes"))).toMatch(
      new RegExp(`^${review}:2:15: decision: "yes" is not accept, reject or empty`),
    );
    expect(attempt((rows) => (rows[0]!.decision = "accept"))).toMatch(
      new RegExp(`^${review}:2:15: decision: a duplicate: already recorded as s-015`),
    );
    const fresh = (rows: Record<string, string>[]) => {
      rows[0]!.decision = "accept";
      rows[0]!.period = "2021-12-30"; // no longer the recorded row's figure
      rows[0]!.indicator = "incubators"; // not the recorded row's indicator (s-015 is carriers)
      rows[0]!.source = "jiangsu-shuangchuang/late-2022/02-jiang-su-ke-ji-chuang-ye";
    };
    expect(
      attempt((rows) => {
        fresh(rows);
        rows[0]!.quote = rows[0]!.quote!.replace("2145家", "2154家");
        rows[0]!.value_as_printed = "2154家";
        rows[0]!.value = "2154";
      }),
    ).toMatch(new RegExp(`^${review}:2:13: quote: the quote does not occur in source`));
    expect(
      attempt((rows) => {
        fresh(rows);
        rows[0]!.value = "21450";
      }),
    ).toMatch(new RegExp(`^${review}:2:9: value: "21450" does not match value_as_printed "2145家"`));
    expect(
      attempt((rows) => {
        fresh(rows);
        rows.splice(1, rows.length - 1, { ...rows[0]! });
      }),
    ).toMatch(new RegExp(`^${review}:3:15: decision: a duplicate of line 2`));
    // A row the dataset's own checks refuse: named at the review's line and column.
    expect(
      attempt((rows) => {
        fresh(rows);
        rows[0]!.region = "999999";
      }),
    ).toMatch(new RegExp(`^${review}:2:2: region: unknown region "999999"`));
    expect(attempt((rows) => rows.forEach((r) => (r.decision = "reject")))).toMatch(/no row has decision accept; nothing to append/);
  });

  it("refuses a review saved in another encoding than UTF-8", () => {
    run("figures", article);
    writeFileSync(join(project, articleReview), Buffer.from([0x69, 0x64, 0x2c, 0xc4, 0xe3, 0x0a]));
    const { status, stderr } = run("figures-accept", articleReview);
    expect(status).toBe(1);
    expect(stderr).toMatch(/not UTF-8 text: save it as "CSV UTF-8"/);
  });

  it("refuses a file that is not a review file", () => {
    writeFileSync(join(project, "data/review.csv"), "a,b\n1,2\n");
    const { status, stderr } = run("figures-accept", "data/review.csv");
    expect(status).toBe(1);
    expect(stderr).toMatch(/^data\/review\.csv:1:1: header must be: id,region,/);
  });

  it("accepts a pasted page once its source is filled in, and stores the quotes data:check verifies", () => {
    writeFileSync(join(project, "page.txt"), "示例市孵化器发展情况（合成测试页）\n\n截至2023年底，全市纳入统计的科技企业孵化器达130家。\n");
    run("figures", "page.txt", "--source", "x-demo-page", "--date", "2024-03-01", "--places", "320900");
    editReview("data/review/x-demo-page.csv", (rows) => (rows[0]!.decision = "accept"));
    const before = dataFiles();
    const missing = run("figures-accept", "data/review/x-demo-page.csv");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^data\/review\/x-demo-page\.sources\.csv:2:7: url: an external source needs its URL/m);
    expect(dataFiles()).toEqual(before);
    const sources = read("data/review/x-demo-page.sources.csv").replace(",2024-03-01,,", ",2024-03-01,https://example.org/demo,");
    writeFileSync(join(project, "data/review/x-demo-page.sources.csv"), sources);
    const { status, stdout, stderr } = run("figures-accept", "data/review/x-demo-page.csv");
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/^appended 1 row to data\/observations\.csv: x-\d{3}/);
    expect(read("data/external/external-figures.csv")).toContain("截至2023年底，全市纳入统计的科技企业孵化器达130家。");
    expect(checkLoadedDataset(project).errors).toEqual([]);
  });
});
