/**
 * Each seed, and the newspaper page, imports from .txt, .docx and .pdf to the same files: the
 * Word and PDF fixtures (made by scripts/fixtures-documents.ts with LibreOffice and Chromium)
 * must give exactly the golden output of the text, and the same warnings (their line numbers
 * count the blocks of the document, so only the messages are compared).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importDocument, inputDir, outputDir } from "../../helpers/importer.ts";

const cases = readdirSync(inputDir)
  .filter((n) => n.endsWith(".docx"))
  .map((n) => n.replace(/\.docx$/, ""));

it("covers the four seeds and the newspaper page", () => {
  expect(cases.filter((c) => c.startsWith("seed-"))).toHaveLength(4);
  expect(cases).toContain("newspaper-page");
});

describe.each(["docx", "pdf"] as const)("documents from .%s", (format) => {
  it.each(cases)(`%s.${format} imports to the golden files of its text`, async (name) => {
    const plan = await importDocument(name, format);
    const golden = fileURLToPath(new URL(`${name}/`, outputDir));
    const expected = readdirSync(golden).filter((f) => f !== "warnings.txt" && f !== "target.txt" && !f.startsWith("series--"));
    expect(plan.files.map((f) => f.path).sort()).toEqual(expected.sort());
    if (plan.newSeries) expect(plan.newSeries.content).toBe(readFileSync(`${golden}${plan.newSeries.path.replace("/", "--")}`, "utf8"));
    for (const f of plan.files) expect(f.content, f.path).toBe(readFileSync(`${golden}${f.path}`, "utf8"));
    expect(`${plan.target}\n`).toBe(readFileSync(`${golden}target.txt`, "utf8"));
    const messages = readFileSync(`${golden}warnings.txt`, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => l.replace(/^\d+: /, ""));
    expect(plan.warnings.map((w) => w.message)).toEqual(messages);
  });
});
