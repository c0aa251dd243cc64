/**
 * Reads a PDF's text layer into the importer's logical lines, with each paragraph's size,
 * weight, alignment and page. PDF.js (Mozilla's, through unjs's unpdf: the same library
 * packaged without a worker, canvas or other dependencies, for Node and browsers alike) gives
 * the positioned text; pdf-layout.ts turns it into paragraphs.
 *
 * A PDF without text (a scan) is refused with a pointer to OCR; an encrypted or damaged file
 * with what is wrong.
 */
import { getDocumentProxy } from "unpdf";
import { layOut, type Page, type Piece } from "./pdf-layout.ts";
import { ImportError, plainCharacters, type TextLine } from "./text.ts";

/** Font names that say bold: Word's and WPS's bold faces, and the 黑体 (Hei) family used for headings. */
const BOLD_FONT = /bold|black|heavy|semibold|demibold|[-,]b$|hei|黑/i;

export async function readPdf(bytes: Uint8Array, file: string, notices: string[] = []): Promise<TextLine[]> {
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes over the buffer it is given; a copy leaves the caller's bytes alone.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const name = (error as Error).name;
    if (name === "PasswordException") {
      throw new ImportError(file, 1, "the PDF is protected by a password: open it, save a copy without the password, and import that");
    }
    throw new ImportError(
      file,
      1,
      `this PDF is damaged or not a PDF (${(error as Error).message}): open and save it again, or export it anew`,
    );
  }
  const pages: Page[] = [];
  const empty: number[] = [];
  let rotated = 0;
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    // Font names (and so weights) are known once the page's fonts are loaded.
    await page.getOperatorList();
    const boldFont = new Map<string, boolean>();
    const isBold = (fontName: string) => {
      if (!boldFont.has(fontName)) {
        let name = "";
        try {
          const font = page.commonObjs.get(fontName) as { name?: string; bold?: boolean; black?: boolean } | undefined;
          name = font?.name ?? "";
          boldFont.set(fontName, Boolean(font?.bold || font?.black) || BOLD_FONT.test(name.replace(/^[A-Z]{6}\+/, "")));
        } catch {
          boldFont.set(fontName, false);
        }
      }
      return boldFont.get(fontName)!;
    };
    const pieces: Piece[] = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const [a, b, c, d, e, f] = item.transform as number[];
      if (Math.abs(b!) > 0.01 || Math.abs(c!) > 0.01) {
        rotated++;
        continue;
      }
      pieces.push({
        text: plainCharacters(item.str),
        x: e! - viewport.viewBox[0]!,
        y: viewport.viewBox[3]! - f!,
        width: item.width,
        size: Math.round(Math.hypot(a!, b!) * 10) / 10 || Math.abs(d!),
        bold: isBold(item.fontName),
      });
    }
    if (pieces.length === 0) empty.push(n);
    pages.push({ number: n, width: viewport.width, height: viewport.height, pieces });
    page.cleanup();
  }
  await document.loadingTask.destroy();
  if (empty.length === pages.length) {
    throw new ImportError(
      file,
      1,
      "the PDF has no text layer: it is a scan or a picture of text. Run OCR on it first (for example `ocrmypdf -l chi_sim in.pdf out.pdf`) and import the result",
    );
  }
  if (empty.length > 0)
    notices.push(
      `page${empty.length > 1 ? "s" : ""} ${empty.join(", ")} hold${empty.length > 1 ? "" : "s"} no text (a picture or a scan?): their content is missing`,
    );
  if (rotated > 0) notices.push(`${rotated} piece${rotated > 1 ? "s" : ""} of vertical or rotated text left out`);
  return layOut(pages);
}
