/**
 * Where in a statement DuckDB's error points. DuckDB-WASM's messages carry the position either as
 * JSON ("position": "17") or, for parser and binder errors, as a context line and a caret:
 *
 *     LINE 1: SELECT * FORM observations
 *                      ^
 *
 * The context line may be cut short with "..." at either end. The caret's column is a display
 * width (a CJK character is 2 columns wide), not a count of characters, so it is walked along the
 * line grapheme by grapheme. DuckDB renders the caret from a UTF-8 byte offset; a binder's offset
 * is one, but the parser's is a count of code points, so after text outside ASCII DuckDB's own
 * caret for a syntax error stands too far left (even on an earlier line). For parser errors the
 * offset DuckDB used is recovered from the caret and read as code points, with the token the
 * message names ("at or near "FORM"") choosing among the few offsets the caret allows.
 *
 * Offsets returned are JavaScript string indices (UTF-16), as the editor counts.
 */

const segmenter = new Intl.Segmenter("zh-CN", { granularity: "grapheme" });
const encoder = new TextEncoder();

// East Asian Wide and Fullwidth ranges, as utf8proc counts them (2 columns), and emoji.
const WIDE =
  /^(?:[\u1100-\u115f\u231a\u231b\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6]|[\u{16fe0}-\u{1b2ff}\u{1f200}-\u{1f2ff}\u{20000}-\u{3fffd}]|\p{Emoji_Presentation})/u;

/** Columns a grapheme takes in DuckDB's rendering. */
function width(grapheme: string): number {
  return WIDE.test(grapheme) ? 2 : 1;
}

const utf8Length = (text: string) => encoder.encode(text).length;

/** The UTF-16 index of the `n`th code point of `text` (or its length). */
function codePointIndex(text: string, n: number): number {
  let index = 0;
  for (let i = 0; i < n && index < text.length; i++) index += text.codePointAt(index)! > 0xffff ? 2 : 1;
  return index;
}

export function errorPosition(message: string, sql: string): number | undefined {
  const json = /"position":\s*"?(\d+)/.exec(message)?.[1];
  if (json !== undefined) return Math.min(codePointIndex(sql, Number(json)), sql.length);
  const match = /LINE (\d+): (.*)\n( *)\^/.exec(message);
  if (!match) return undefined;
  const lineNumber = Number(match[1]);
  let shown = match[2]!;
  let column = match[3]!.length - `LINE ${match[1]}: `.length;
  if (column < 0) return undefined;
  if (shown.startsWith("...")) {
    shown = shown.slice(3);
    column -= 3;
  }
  if (shown.endsWith("...")) shown = shown.slice(0, -3);
  const lines = sql.split("\n");
  if (lineNumber < 1 || lineNumber > lines.length) return undefined;
  const line = lines[lineNumber - 1]!;
  const lineStart = lines.slice(0, lineNumber - 1).reduce((sum, l) => sum + l.length + 1, 0);
  const shownAt = Math.max(0, line.indexOf(shown) >= 0 ? line.indexOf(shown) : line.indexOf(shown.slice(0, 20)));

  // The grapheme the caret stands under, walking display columns from where the shown part starts.
  const graphemes = [...segmenter.segment(line)].filter((g) => g.index >= shownAt);
  let columns = 0;
  let under = graphemes.length;
  for (let i = 0; i < graphemes.length; i++) {
    if (columns >= column) {
      under = i;
      break;
    }
    columns += width(graphemes[i]!.segment);
  }
  const offset = lineStart + (graphemes[under]?.index ?? line.length);
  if (!/^Parser Error/i.test(message)) return Math.min(offset, sql.length);

  // DuckDB took a code-point count for a byte offset and put the caret under the first grapheme
  // starting at or after it: the count lies after the previous grapheme's first byte, up to this
  // one's (or is the line's end, when the caret is at the line's start).
  const endByte = utf8Length(sql.slice(0, offset));
  const previous = under > 0 ? lineStart + graphemes[under - 1]!.index : -1;
  const fromByte = previous >= 0 ? utf8Length(sql.slice(0, previous)) + 1 : utf8Length(sql.slice(0, lineStart));
  const candidates: number[] = [];
  for (let count = fromByte; count <= endByte; count++) candidates.push(count);
  if (under === 0) candidates.push(utf8Length(sql.slice(0, lineStart + line.length)));
  const indices = candidates.map((count) => codePointIndex(sql, count));
  const near = /at or near "((?:[^"]|"")*)"/.exec(message)?.[1]?.replace(/""/g, '"');
  const chosen =
    (near !== undefined ? indices.find((i) => sql.startsWith(near, i)) : undefined) ??
    (/at end of input/.test(message) ? indices.find((i) => sql.slice(i).trim() === "") : undefined) ??
    indices[candidates.indexOf(endByte)]!;
  return Math.min(chosen, sql.length);
}

/** Line and column (1-based) of an offset, for "第 2 行第 5 列". */
export function lineAndColumn(sql: string, offset: number): { line: number; column: number } {
  const before = sql.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** A heading in plain Chinese for DuckDB's message, chosen by the kind of error it reports. */
export function explainError(message: string): string {
  const kinds: [RegExp, string][] = [
    [/INTERRUPT|query was cancel|^已取消/i, "查询已取消。"],
    [/Cannot change .*setting|configuration (?:has been|is) locked/i, "工作台只读：数据引擎的设置已锁定，不能更改。"],
    [
      /external access|Permission Error|disabled by configuration|lock_configuration|extension/i,
      "工作台只读，不能安装或加载扩展，也不能读写文件或访问网址。",
    ],
    [/read-only|read only/i, "工作台只读：查询不能修改数据。"],
    [/multiple statements|more than one statement|single statement/i, "一次只能运行一条语句。"],
    [/^Parser Error/i, "SQL 语法有误。"],
    [/^Catalog Error/i, "找不到所写的表、列或函数。"],
    [/^Binder Error/i, "列名、表名或类型与数据不符。"],
    [/^Conversion Error|^Invalid Input Error/i, "数值无法转换。"],
    [/^Out of Memory/i, "内存不足：请缩小查询范围。"],
  ];
  return kinds.find(([pattern]) => pattern.test(message))?.[1] ?? "查询未能完成。";
}
