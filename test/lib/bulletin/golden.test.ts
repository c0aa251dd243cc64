/**
 * Golden files: every test/input/<case>.txt is imported and compared, file by file, with
 * test/output/<case>/. A missing output is written (and fails under CI=true); a mismatch writes
 * the actual files to test/output/<case>-changed/ so that a reviewer can diff the two.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateFile } from "../../../src/lib/bulletin/validate.ts";
import { importCase, inputDir, outputDir } from "../../helpers/importer.ts";

const cases = readdirSync(inputDir)
  .filter((n) => n.endsWith(".txt"))
  .map((n) => n.replace(/\.txt$/, ""));

function actualFiles(name: string): Map<string, string> {
  const plan = importCase(name);
  const files = new Map(plan.files.map((f) => [f.path, f.content]));
  if (plan.newSeries) files.set(plan.newSeries.path.replace("/", "--"), plan.newSeries.content);
  files.set("warnings.txt", plan.warnings.map((w) => `${w.line}: ${w.message}\n`).join(""));
  files.set("target.txt", `${plan.target}\n`);
  return files;
}

function readFolder(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).map((n) => [n, readFileSync(`${dir}/${n}`, "utf8")]));
}

function writeFolder(dir: string, files: Map<string, string>) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of files) writeFileSync(`${dir}/${path}`, content);
}

describe("importer golden files", () => {
  it.each(cases)("%s", (name) => {
    const actual = actualFiles(name);
    const expectedDir = fileURLToPath(new URL(name, outputDir));
    const changedDir = `${expectedDir}-changed`;
    if (!existsSync(expectedDir)) {
      writeFolder(expectedDir, actual);
      if (process.env.CI === "true") throw new Error(`missing golden output ${expectedDir} (written now; commit it after review)`);
      return;
    }
    const expected = readFolder(expectedDir);
    const same = expected.size === actual.size && [...actual].every(([path, content]) => expected.get(path) === content);
    if (same) {
      rmSync(changedDir, { recursive: true, force: true });
      return;
    }
    writeFolder(changedDir, actual);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, content] of actual) expect(content, `${name}/${path}`).toBe(expected.get(path));
  });
});

describe("importer output fits the content model", () => {
  it.each(cases)("%s: every file passes the build's schemas and body check", (name) => {
    const plan = importCase(name);
    const rooted = (path: string) => (plan.kind === "policy" ? plan.target : `${plan.target}/${path}`);
    for (const f of plan.files) expect(validateFile(rooted(f.path), f.content), f.path).toEqual([]);
    if (plan.newSeries) expect(validateFile(plan.newSeries.path, plan.newSeries.content)).toEqual([]);
  });

  it("notices a file the build would refuse", () => {
    expect(validateFile("issues/x/2023-01/issue.yaml", "series: x\nyear: 99999\n")).toEqual([
      { path: "issues/x/2023-01/issue.yaml", field: "year", message: expect.stringMatching(/2100/) },
    ]);
    expect(validateFile("issues/x/2023-01/01-a.mdx", "---\ntitle: a\norder: 1\n---\n\n{1}\n")[0]).toMatchObject({ field: "body" });
    expect(validateFile("policies/a.mdx", "---\ntitle: a\n---\n\n正文。\n").map((p) => p.field)).toEqual(["issuer", "level", "date"]);
  });
});
