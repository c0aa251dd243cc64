/**
 * A failed statement as the reader sees it: DuckDB's own words. Where the message points in the
 * statement is read from it by errorPosition() (src/lib/workbench/error-position.ts), the one place
 * that reads positions.
 */
export class QueryError extends Error {}

/** DuckDB's message without its internal prefix. */
export function toQueryError(error: unknown): QueryError {
  if (error instanceof QueryError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new QueryError(message.replace(/^Error:\s*/, ""));
}

/** The message of a reader's statement stopped by Cancel (explainError() heads it "查询已取消。"). */
export function cancelledError(started: boolean): QueryError {
  return new QueryError(started ? "已取消：查询在运行完之前被取消。" : "已取消：查询尚未开始运行就被取消，未运行。");
}
