/** The Word reader on documents written here, part by part, the way Word and WPS write them. */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../../src/lib/bulletin/read-docx.ts";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx holding `body` (WordprocessingML paragraphs and tables) and optional styles and numbering. */
function docx(body: string, parts: { styles?: string; numbering?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8("<Types/>"),
    "word/document.xml": strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
  };
  if (parts.styles) files["word/styles.xml"] = strToU8(`<w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.numbering) files["word/numbering.xml"] = strToU8(`<w:numbering ${W}>${parts.numbering}</w:numbering>`);
  return zipSync(files);
}
const p = (text: string, pPr = "", rPr = "") =>
  `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const read = (bytes: Uint8Array, notices: string[] = []) => readDocx(bytes, "a.docx", notices);

const STYLES = `
  <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Kicker"><w:name w:val="Kicker"/><w:basedOn w:val="Heading1"/><w:rPr><w:b w:val="0"/><w:sz w:val="28"/></w:rPr></w:style>`;

describe("readDocx", () => {
  it("reads paragraphs with size, weight and alignment resolved through styles, direct formatting winning", () => {
    const lines = read(
      docx(
        p("引题说明", '<w:pStyle w:val="Kicker"/>') +
          p("主标题", '<w:pStyle w:val="Heading1"/>') +
          p("正文第一段。") +
          p("直接加大加粗", '<w:jc w:val="right"/>', '<w:b/><w:sz w:val="32"/>'),
        { styles: STYLES },
      ),
    );
    expect(lines).toEqual([
      { text: "引题说明", size: 14, bold: false, align: "center", style: "Kicker", outline: 1, line: 1 },
      { text: "主标题", size: 22, bold: true, align: "center", style: "Heading 1", outline: 1, line: 2 },
      { text: "正文第一段。", size: 12, bold: false, align: undefined, style: "Normal", outline: undefined, line: 3 },
      { text: "直接加大加粗", size: 16, bold: true, align: "right", style: "Normal", outline: undefined, line: 4 },
    ]);
  });

  it("marks bold runs inside a paragraph as **bold**, and sets text in 10 points when nothing says otherwise", () => {
    const body = `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>一是</w:t></w:r><w:r><w:t>梯度培育。</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>二是</w:t></w:r><w:r><w:t>绩效评价。</w:t></w:r></w:p>`;
    expect(read(docx(body))).toEqual([
      {
        text: "**一是**梯度培育。**二是**绩效评价。",
        size: 10,
        bold: false,
        align: undefined,
        style: undefined,
        outline: undefined,
        line: 1,
      },
    ]);
  });

  it("starts a new line at a manual line break, and skips empty paragraphs", () => {
    const body = `<w:p><w:r><w:t>抄送：各设区市科技局</w:t><w:br/><w:t>各省级以上高新区管委会</w:t></w:r></w:p><w:p/>` + p("下一段。");
    expect(read(docx(body)).map((l) => [l.line, l.text])).toEqual([
      [1, "抄送：各设区市科技局"],
      [2, "各省级以上高新区管委会"],
      [3, "下一段。"],
    ]);
  });

  it("prints list numbers as Word does: bullets, 1. 2. and 一、二、", () => {
    const numbering = `
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const item = (text: string, numId: number, ilvl = 0) =>
      p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
    const lines = read(
      docx(item("共享实验室", 1) + item("总体要求", 2) + item("完善链条", 2, 1) + item("突出专业", 2, 1) + item("保障措施", 2), {
        numbering,
      }),
    );
    expect(lines.map((l) => l.text)).toEqual(["• 共享实验室", "一、总体要求", "1.完善链条", "2.突出专业", "二、保障措施"]);
  });

  it("reads a table as a table, merged cells left empty; a one-column table as paragraphs", () => {
    const cell = (text: string, tcPr = "") => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${p(text)}</w:tc>`;
    const table =
      `<w:tbl><w:tr>${cell("序号")}${cell("指标")}${cell("全市")}</w:tr>` +
      `<w:tr>${cell("1")}${cell("新增孵化载体", '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${cell("2")}${cell("新增", '<w:vMerge w:val="restart"/>')}${cell("30")}</w:tr>` +
      `<w:tr>${cell("3")}${cell("", "<w:vMerge/>")}${cell("40")}</w:tr></w:tbl>`;
    const box = `<w:tbl><w:tr>${cell("江苏双创载体信息")}</w:tr><w:tr>${cell("2022年第2期")}</w:tr></w:tbl>`;
    const lines = read(docx(box + table));
    expect(lines.map((l) => l.text).slice(0, 2)).toEqual(["江苏双创载体信息", "2022年第2期"]);
    expect(lines[2]!.table).toEqual([
      ["序号", "指标", "全市"],
      ["1", "新增孵化载体", ""],
      ["2", "新增", "30"],
      ["3", "", "40"],
    ]);
  });

  it("leaves out images, footnotes, comments and deleted text, with notices; reads inserted text and text boxes", () => {
    const body =
      `<w:p><w:r><w:t>图文</w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp="x"/></w:drawing></w:r><w:r><w:footnoteReference w:id="1"/></w:r>` +
      `<w:r><w:commentReference w:id="0"/></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:ins><w:r><w:t>补上</w:t></w:r></w:ins></w:p>` +
      `<w:p><w:r><w:drawing><w:txbxContent>${p("文本框里的说明")}</w:txbxContent></w:drawing></w:r></w:p>`;
    const notices: string[] = [];
    expect(read(docx(body), notices).map((l) => l.text)).toEqual(["图文补上", "文本框里的说明"]);
    expect(notices).toEqual([
      "1 image left out (captions are kept as text)",
      "1 footnote left out: add them by hand if they matter",
      "1 comment left out",
      "the document has tracked changes: read as if they were all accepted",
    ]);
  });

  it("reads only one of the two versions Word writes of a drawing", () => {
    const body = `<w:p><w:r><mc:AlternateContent xmlns:mc="m"><mc:Choice><w:drawing><w:txbxContent>${p("一次")}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${p("一次")}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(read(docx(body)).map((l) => l.text)).toEqual(["一次"]);
  });

  it("joins the hard wraps of text pasted from a PDF, one paragraph per printed line", () => {
    const sentence = "截至2021年底，全省科技创业载体总数达2145家，较上年增长13.5%，其中科技企业孵化器1070家，众创空间1075家。";
    const pieces = sentence.repeat(8).match(/.{1,30}/gu)!;
    const lines = read(docx(pieces.map((t) => p(t)).join("")));
    expect(lines.map((l) => l.text)).toEqual([sentence.repeat(8)]);
  });

  it("gives back plainCharacters for radicals copied from a PDF", () => {
    expect(read(docx(p("⽕炬中⼼ 人⺠政府")))[0]!.text).toBe("火炬中心 人民政府");
  });

  it("refuses a damaged file and a zip that is no Word document", () => {
    expect(() => read(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(/^a\.docx:1: this Word file is damaged/);
    expect(() => read(zipSync({ "xl/workbook.xml": strToU8("<x/>") }))).toThrow("a.docx:1: this zip file is not a Word document");
    expect(() => read(docx(""))).toThrow("a.docx:1: the Word document has no text");
  });
});
