/**
 * The importer's input, whatever the editor received: a text file, a Word document or a PDF,
 * told apart by their first bytes rather than their names (a PDF saved as .txt is still a PDF).
 * Each is read into the same logical lines (see text.ts), which is all the parsers ever see.
 */
import { ImportError, decodeText, logicalLines, type TextLine } from "./text.ts";

export type Format = "txt" | "docx" | "pdf";

export interface Source {
  file: string;
  format: Format;
  lines: TextLine[];
  /** What the reader did that the editor should know (an encoding guessed, images left out). */
  notices: string[];
}

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The format of a file from its first bytes; formats the importer cannot read are refused with what to do. */
export function formatOf(bytes: Uint8Array, file: string): Format {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return "docx";
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    throw new ImportError(
      file,
      1,
      "this is an old Word (.doc) or WPS file, or a .docx protected by a password: open it and save it as .docx (Word 2007 or later, no password)",
    );
  }
  if (head.startsWith("{\\rtf")) throw new ImportError(file, 1, "this is an RTF file: open it in Word or WPS and save it as .docx");
  if (/^\s*<(!doctype html|html)/i.test(head.replace(/^\uFEFF|^ï»¿/, ""))) {
    throw new ImportError(file, 1, "this is a web page (HTML): copy its text into a .txt file, or save the page as .docx, and import that");
  }
  return "txt";
}

/** Reads a text file synchronously (the tests' and fixtures' path; readSource covers every format). */
export function readTextSource(bytes: Uint8Array, file: string): Source {
  const notices: string[] = [];
  return { file, format: "txt", lines: logicalLines(decodeText(bytes, file, notices)), notices };
}

export async function readSource(bytes: Uint8Array, file: string): Promise<Source> {
  const format = formatOf(bytes, file);
  if (format === "txt") return readTextSource(bytes, file);
  const notices: string[] = [];
  // The readers and their libraries load only when a file needs them: a text import starts fast.
  const lines =
    format === "docx"
      ? (await import("./read-docx.ts")).readDocx(bytes, file, notices)
      : await (await import("./read-pdf.ts")).readPdf(bytes, file, notices);
  return { file, format, lines, notices };
}

/** Where a line stands, for messages: `file:12`, with the page for a PDF: `file:12 (page 2)`. */
export function locate(source: Pick<Source, "file" | "lines">, line: number): string {
  const page = source.lines.find((l) => l.line === line)?.page;
  return `${source.file}:${line}${page !== undefined ? ` (page ${page})` : ""}`;
}
