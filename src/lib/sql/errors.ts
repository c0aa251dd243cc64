/** A failed statement as the reader sees it: DuckDB's own words, and where it points, if it does. */
export class QueryError extends Error {
  /** Character offset into the statement, when DuckDB reports one. */
  readonly position?: number;
  constructor(message: string, position?: number) {
    super(message);
    this.position = position;
  }
}

/** DuckDB's message without its internal prefix, and the position it points at, if any. */
export function toQueryError(error: unknown): QueryError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /"position":\s*"?(\d+)/.exec(message)?.[1] ?? /at position (\d+)/.exec(message)?.[1];
  return new QueryError(message.replace(/^Error:\s*/, ""), position === undefined ? undefined : Number(position));
}
