/** What the importer reads a file as, decided by its bytes, and the files it refuses with what to do. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatOf, locate, readSource } from "../../../src/lib/bulletin/source.ts";

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../${path}`, import.meta.url)));
const bytes = (s: string) => new TextEncoder().encode(s);

describe("formatOf", () => {
  it("tells text, Word and PDF apart by their first bytes, whatever the name", () => {
    expect(formatOf(bytes("江苏双创载体信息\n"), "a.txt")).toBe("txt");
    expect(formatOf(fixture("input/seed-000-jiangsu-2022-02.docx"), "a.txt")).toBe("docx");
    expect(formatOf(fixture("input/seed-000-jiangsu-2022-02.pdf"), "a.txt")).toBe("pdf");
  });

  it("refuses old Word files, RTF and web pages with what to do instead", () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(() => formatOf(ole, "a.doc")).toThrow(
      "a.doc:1: this is an old Word (.doc) or WPS file, or a .docx protected by a password: open it and save it as .docx",
    );
    expect(() => formatOf(bytes("{\\rtf1\\ansi 简报}"), "a.rtf")).toThrow(
      "a.rtf:1: this is an RTF file: open it in Word or WPS and save it as .docx",
    );
    expect(() => formatOf(bytes("<!DOCTYPE html><html><body>简报</body></html>"), "a.html")).toThrow(
      /a\.html:1: this is a web page \(HTML\)/,
    );
  });
});

describe("readSource", () => {
  it("reads a PDF saved under a .txt name as a PDF", async () => {
    const source = await readSource(fixture("input/seed-000-jiangsu-2022-02.pdf"), "a.txt");
    expect(source.format).toBe("pdf");
    expect(source.lines[0]).toMatchObject({ text: "江苏双创载体信息", page: 1, size: 30, bold: true, align: "center" });
    expect(locate(source, 20)).toBe("a.txt:20 (page 2)");
  });

  it("refuses a scan, a PDF locked with a password and a damaged PDF, saying what to do", async () => {
    await expect(readSource(fixture("fixtures/importer/scan.pdf"), "scan.pdf")).rejects.toThrow(
      "scan.pdf:1: the PDF has no text layer: it is a scan or a picture of text. Run OCR on it first",
    );
    await expect(readSource(fixture("fixtures/importer/locked.pdf"), "locked.pdf")).rejects.toThrow(
      "locked.pdf:1: the PDF is protected by a password: open it, save a copy without the password, and import that",
    );
    const cut = fixture("input/seed-000-jiangsu-2022-02.pdf").subarray(0, 3000);
    await expect(readSource(cut, "cut.pdf")).rejects.toThrow(/^cut\.pdf:1: this PDF is damaged or not a PDF/);
  });
});
