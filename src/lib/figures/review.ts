/**
 * The review file: suggested observation rows plus `decision` (accept, reject, or empty while
 * undecided), `status` (new, recorded, conflict, repeat) and `reason`. This module marks each
 * suggestion's status against the dataset, writes and reads the file, and checks an editor's
 * accepted rows before anything is appended: a decision it does not know, a quote no longer in
 * its source, a value that does not read from value_as_printed, a duplicate. Errors name the
 * review file's line and column.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { parsePrintedValue } from "../data/printed-value.ts";
import { normaliseSpace, quoteOccurs } from "../data/quote.ts";
import { OBSERVATION_COLUMNS, type ObservationRow, type Suggestion } from "./extract.ts";

export const REVIEW_COLUMNS = [...OBSERVATION_COLUMNS, "decision", "status", "reason"] as const;
export type ReviewRow = ObservationRow & { decision: string; status: Status; reason: string };
export type Status = "new" | "recorded" | "conflict" | "repeat";
export const DECISIONS = ["accept", "reject", ""] as const;

const sameQuote = (a: string, b: string) => {
  const x = normaliseSpace(a);
  const y = normaliseSpace(b);
  return x.includes(y) || y.includes(x);
};

/** The key data:check refuses twice: one figure of one source. */
const figureKey = (r: ObservationRow) => [r.region, r.indicator, r.period, r.kind, r.source, Number(r.value)].join("|");

/**
 * Marks suggestions against the recorded rows: `recorded` where the same source already gives
 * the figure (same quote and value, or the same region, indicator, period, kind and value from
 * another sentence); `conflict` where another source records a different figure for the same
 * region, indicator, period and kind; `repeat` where an earlier suggestion is the same figure.
 */
export function markStatus(suggestions: Suggestion[], recorded: ObservationRow[]): ReviewRow[] {
  const seen = new Map<string, number>();
  return suggestions.map((s, i) => {
    const row = s.row;
    const reasons = [s.reason];
    let status: Status = "new";
    const same =
      recorded.find(
        (r) => r.source === row.source && Number(r.value) === Number(row.value) && row.value !== "" && sameQuote(r.quote, row.quote),
      ) ?? (row.indicator ? recorded.find((r) => figureKey(r) === figureKey(row)) : undefined);
    if (same) {
      status = "recorded";
      reasons.unshift(`recorded as ${same.id}`);
    } else if (row.indicator && row.region && row.period) {
      const others = recorded.filter(
        (r) =>
          r.source !== row.source &&
          r.region === row.region &&
          r.indicator === row.indicator &&
          r.period === row.period &&
          r.kind === row.kind,
      );
      const agreeing = others.find((r) => Number(r.value) === Number(row.value) && r.qualifier === row.qualifier);
      const other = others.find((r) => Number(r.value) !== Number(row.value) || r.qualifier !== row.qualifier);
      if (agreeing) reasons.unshift(`another source gives the same figure: ${agreeing.id} (${agreeing.source})`);
      else if (other) {
        status = "conflict";
        reasons.unshift(`conflict: ${other.id} records ${other.value_as_printed} (${other.qualifier}) from ${other.source}`);
      }
    }
    if (status === "new" && row.indicator) {
      const first = seen.get(figureKey(row));
      if (first !== undefined) {
        status = "repeat";
        reasons.unshift(`repeat: the same figure as suggestion ${first + 1} (printed twice in the source)`);
      } else seen.set(figureKey(row), i);
    }
    reasons.push(`at ${s.file}:${s.line}`);
    return { ...row, decision: "", status, reason: reasons.filter(Boolean).join("; ") };
  });
}

/** The review file's text: UTF-8 with a byte-order mark, so that spreadsheets read the Chinese. */
export function reviewCsv(rows: ReviewRow[]): string {
  return "\ufeff" + stringify(rows, { header: true, columns: [...REVIEW_COLUMNS] });
}

export interface ReviewError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export const formatReviewError = (e: ReviewError) => `${e.file}:${e.line}:${e.column}: ${e.message}`;

export interface ReviewLine {
  /** 1-based line of the record in the review file. */
  line: number;
  row: ReviewRow;
}

/** Reads a review file; its header must be the review columns. */
export function readReview(text: string, file: string): { rows: ReviewLine[]; errors: ReviewError[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, bom: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    return { rows: [], errors: [{ file, line: e.lines ?? 1, column: 1, message: `not valid CSV: ${e.message}` }] };
  }
  const [head, ...body] = records;
  const expected = [...REVIEW_COLUMNS];
  if (!head || head.record.join(",") !== expected.join(","))
    return {
      rows: [],
      errors: [{ file, line: 1, column: 1, message: `header must be: ${expected.join(",")} (as npm run figures writes it)` }],
    };
  const rows: ReviewLine[] = [];
  const errors: ReviewError[] = [];
  for (const { record, info } of body) {
    if (record.length !== expected.length) {
      errors.push({
        file,
        line: info.lines,
        column: Math.min(record.length, expected.length) + 1,
        message: `expected ${expected.length} fields, found ${record.length}`,
      });
      continue;
    }
    rows.push({ line: info.lines, row: Object.fromEntries(expected.map((c, i) => [c, record[i]!.trim()])) as ReviewRow });
  }
  return { rows, errors };
}

export interface AcceptContext {
  /** Rows already in data/observations.csv. */
  recorded: ObservationRow[];
  /** Unit of each indicator id (from indicators.csv and the editor's additions). */
  unitOf(indicator: string): string | undefined;
  /** The text of a source (plain text of an article or policy, the stored page), if known. */
  sourceText(source: string): string | undefined;
}

const column = (name: string) => REVIEW_COLUMNS.indexOf(name as (typeof REVIEW_COLUMNS)[number]) + 1;

/**
 * The accepted rows of a review, checked: decisions known, quotes in their source, values read
 * from value_as_printed, no row accepted twice or already recorded. Returns the rows to append
 * (ids still empty where the editor left them so) with their review lines.
 */
export function acceptedRows(review: ReviewLine[], file: string, ctx: AcceptContext): { accepted: ReviewLine[]; errors: ReviewError[] } {
  const errors: ReviewError[] = [];
  const at = (line: number, field: string, message: string) =>
    errors.push({ file, line, column: column(field), message: `${field}: ${message}` });
  const accepted: ReviewLine[] = [];
  const keys = new Map<string, number>();
  const ids = new Set(ctx.recorded.map((r) => r.id));
  const newIds = new Map<string, number>();
  for (const { line, row } of review) {
    const decision = row.decision.toLowerCase();
    if (!(DECISIONS as readonly string[]).includes(decision)) {
      at(line, "decision", `"${row.decision}" is not accept, reject or empty (undecided)`);
      continue;
    }
    if (decision !== "accept") continue;
    const unit = ctx.unitOf(row.indicator);
    if (!row.indicator) at(line, "indicator", "is empty: choose an indicator id from data/indicators.csv");
    else if (unit === undefined) at(line, "indicator", `unknown indicator "${row.indicator}" (not in data/indicators.csv)`);
    if (!row.value_as_printed) at(line, "value_as_printed", "is empty");
    else if (unit !== undefined) {
      const parsed = parsePrintedValue(row.value_as_printed, unit);
      if (!parsed.ok) at(line, "value_as_printed", parsed.error);
      else if (row.value === "" || Number(row.value) !== parsed.value)
        at(
          line,
          "value",
          `"${row.value}" does not match value_as_printed "${row.value_as_printed}", which reads ${parsed.value} in ${unit || "its unit"}`,
        );
    }
    if (!row.quote) at(line, "quote", "is empty");
    else if (row.value_as_printed && !normaliseSpace(row.quote).includes(normaliseSpace(row.value_as_printed)))
      at(line, "value_as_printed", `"${row.value_as_printed}" does not occur in the quote`);
    const text = ctx.sourceText(row.source);
    if (text === undefined) at(line, "source", `no text for source "${row.source}" to check the quote against`);
    else if (row.quote && !quoteOccurs(row.quote, text))
      at(line, "quote", `the quote does not occur in source "${row.source}" (was it edited?)`);
    if (row.id) {
      if (ids.has(row.id)) at(line, "id", `"${row.id}" is already in data/observations.csv`);
      const first = newIds.get(row.id);
      if (first !== undefined) at(line, "id", `"${row.id}" is also given on line ${first}`);
      newIds.set(row.id, line);
    }
    const recorded = ctx.recorded.find(
      (r) =>
        (r.source === row.source &&
          Number(r.value) === Number(row.value) &&
          sameQuote(r.quote, row.quote) &&
          r.indicator === row.indicator) ||
        figureKey(r) === figureKey(row),
    );
    if (recorded) at(line, "decision", `a duplicate: already recorded as ${recorded.id}`);
    const first = keys.get(figureKey(row));
    if (first !== undefined) at(line, "decision", `a duplicate of line ${first} (same region, indicator, period, kind, source and value)`);
    else keys.set(figureKey(row), line);
    accepted.push({ line, row });
  }
  return { accepted, errors };
}

/** Ids for new rows: the source's prefix (x- for external pages, s- otherwise), after the highest. */
export function assignIds(rows: ReviewLine[], recorded: ObservationRow[], isExternal: (source: string) => boolean): ObservationRow[] {
  const next = new Map<string, number>();
  for (const r of recorded) {
    const m = /^([a-z]+)-(\d+)$/.exec(r.id);
    if (m) next.set(m[1]!, Math.max(next.get(m[1]!) ?? 0, Number(m[2])));
  }
  return rows.map(({ row }) => {
    const observation = Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c, row[c]])) as ObservationRow;
    if (!observation.id) {
      const prefix = isExternal(row.source) ? "x" : "s";
      const n = (next.get(prefix) ?? 0) + 1;
      next.set(prefix, n);
      observation.id = `${prefix}-${String(n).padStart(3, "0")}`;
    }
    return observation;
  });
}
