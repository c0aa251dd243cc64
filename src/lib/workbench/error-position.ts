/**
 * Where in a statement DuckDB's error points. DuckDB-WASM's messages carry the position either as
 * JSON ("position": "17") or, for parser and binder errors, as a context line and a caret:
 *
 *     LINE 1: SELECT * FORM observations
 *                      ^
 *
 * The context line may be cut short with "..." at either end; the caret's column is then found
 * relative to the part shown.
 */
export function errorPosition(message: string, sql: string): number | undefined {
  const json = /"position":\s*"?(\d+)/.exec(message)?.[1];
  if (json !== undefined) return Math.min(Number(json), sql.length);
  const match = /LINE (\d+): (.*)\n( *)\^/.exec(message);
  if (!match) return undefined;
  const lineNumber = Number(match[1]);
  const prefix = `LINE ${match[1]}: `.length;
  let shown = match[2]!;
  let column = match[3]!.length - prefix;
  if (column < 0) return undefined;
  if (shown.startsWith("...")) {
    shown = shown.slice(3);
    column -= 3;
  }
  if (shown.endsWith("...")) shown = shown.slice(0, -3);
  const lines = sql.split("\n");
  if (lineNumber < 1 || lineNumber > lines.length) return undefined;
  const line = lines[lineNumber - 1]!;
  const at = line.indexOf(shown.slice(0, Math.max(1, Math.min(shown.length, 40))));
  const lineStart = lines.slice(0, lineNumber - 1).reduce((sum, l) => sum + l.length + 1, 0);
  const offset = lineStart + Math.max(0, at) + Math.max(0, column);
  return Math.min(offset, sql.length);
}

/** Line and column (1-based) of an offset, for "第 2 行第 5 列". */
export function lineAndColumn(sql: string, offset: number): { line: number; column: number } {
  const before = sql.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** A heading in plain Chinese for DuckDB's message, chosen by the kind of error it reports. */
export function explainError(message: string): string {
  const kinds: [RegExp, string][] = [
    [/INTERRUPT|query was cancel/i, "查询已取消。"],
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
