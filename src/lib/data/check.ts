/**
 * Checks the dataset: every table's header and types, every reference (region, indicator,
 * source), every quote against its source's text, every printed figure against its quote, and
 * tables of parts against their whole. Errors name the file, line and column; nothing is fixed
 * silently.
 */
import { parse } from "csv-parse/sync";
import { checkTime } from "./check-time.ts";
import { numbersPrinted, numbersStated } from "./note-numbers.ts";
import { parsePrintedValue } from "./printed-value.ts";
import { normaliseSpace, quoteOccurs } from "./quote.ts";
import { tables, type Table } from "./tables.ts";

export interface DataError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Row {
  /** 1-based line of the record in its file. */
  line: number;
  values: Record<string, string>;
}

export interface TableData {
  table: Table;
  file: string;
  rows: Row[];
}

export function formatError(e: DataError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}

/** Parses a table's CSV, checking its header; rows keep their line numbers. */
export function readTable(table: Table, csv: string, file = `data/${table.file}`): { data: TableData; errors: DataError[] } {
  const errors: DataError[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, { info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { code?: string; lines?: number; message: string };
    // csv-parse reports an unclosed quote where it gave up (the end of the file); the editor
    // needs the line where the quote was opened.
    const opened = e.code === "CSV_QUOTE_NOT_CLOSED" ? unclosedQuote(csv) : undefined;
    const reported = opened
      ? { line: opened.line, column: opened.column, message: `${table.columns[opened.field]?.name ?? "field"}: not valid CSV: the quote (") that opens this field is never closed` }
      : { line: e.lines ?? 1, column: 1, message: `not valid CSV: ${e.message}` };
    return { data: { table, file, rows: [] }, errors: [{ file, ...reported }] };
  }
  const [head, ...body] = records;
  const expected = table.columns.map((c) => c.name);
  if (!head || head.record.join(",") !== expected.join(",")) {
    errors.push({ file, line: 1, column: 1, message: `header must be: ${expected.join(",")}` });
    return { data: { table, file, rows: [] }, errors };
  }
  const rows: Row[] = [];
  for (const { record, info } of body) {
    if (record.length !== expected.length) {
      errors.push({ file, line: info.lines, column: Math.min(record.length, expected.length) + 1, message: `expected ${expected.length} fields, found ${record.length}` });
      continue;
    }
    rows.push({ line: info.lines, values: Object.fromEntries(expected.map((name, i) => [name, record[i]!])) });
  }
  return { data: { table, file, rows }, errors };
}

/** Where a field's opening quote that is never closed stands (line, column, field index), if anywhere. */
export function unclosedQuote(csv: string): { line: number; column: number; field: number } | undefined {
  let line = 1;
  let column = 0;
  let field = 0;
  let opened: { line: number; column: number; field: number } | undefined;
  let fieldStart = true;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    column++;
    if (opened) {
      if (c === '"') {
        if (csv[i + 1] === '"') {
          i++;
          column++;
        } else opened = undefined;
      }
    } else if (c === '"' && fieldStart) opened = { line, column, field };
    else if (c === ",") field++;
    if (c === "\n") {
      line++;
      column = 0;
      if (!opened) field = 0;
    }
    if (!opened) fieldStart = c === "," || c === "\n" || c === "\r";
  }
  return opened;
}

/** What the checks need to know beyond the tables: the text of each source. */
export interface SourceTexts {
  /** Plain text of an article or policy by content id, or undefined when there is no such file. */
  content(contentId: string): { title: string; text: string } | undefined;
  /** The stored copy of an external page's quoted passages, by URL. */
  external(url: string): string | undefined;
}


const PERIOD = /^\d{4}(-\d{2}-\d{2}|\/\d{4})?$/;

function validDate(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

export interface CheckResult {
  errors: DataError[];
  /** Explanations the check gives where parts and wholes differ for a stated reason. */
  notes: string[];
}

/** Checks all tables together. `data` maps table name to its rows. */
export function checkDataset(data: Map<string, TableData>, texts: SourceTexts): CheckResult {
  const errors: DataError[] = [];
  const notes: string[] = [];
  const get = (name: string) => data.get(name)?.rows ?? [];
  const at = (t: TableData, row: Row, field: string, message: string) =>
    errors.push({ file: t.file, line: row.line, column: t.table.columns.findIndex((c) => c.name === field) + 1, message: `${field}: ${message}` });

  const places = new Set([...get("regions").map((r) => r.values.code!), ...get("zones").map((r) => r.values.id!)]);
  const indicators = new Map(get("indicators").map((r) => [r.values.id!, r.values]));
  const sources = new Map(get("sources").map((r) => [r.values.id!, r.values]));

  for (const t of data.values()) {
    const ids = new Map<string, number>();
    for (const row of t.rows) {
      for (const column of t.table.columns) {
        const value = row.values[column.name]!;
        if (value === "") {
          if (!column.optional) at(t, row, column.name, "is empty");
          continue;
        }
        if (value !== value.trim()) at(t, row, column.name, "has white space at its start or end");
        if (column.type === "DOUBLE" && !/^-?\d+(\.\d+)?$/.test(value)) at(t, row, column.name, `"${value}" is not a number`);
        else if (column.type === "DOUBLE" && value.startsWith("-")) at(t, row, column.name, `${value} is negative: counts, amounts and shares never are`);
        if (column.type === "INTEGER" && !/^\d+$/.test(value)) at(t, row, column.name, `"${value}" is not a whole number`);
        const allowed = column.values && Object.keys(column.values);
        if (allowed && !allowed.includes(value)) at(t, row, column.name, `"${value}" is not one of ${allowed.join(", ")}`);
      }
      const key = row.values[t.table.columns[0]!.name]!;
      const first = ids.get(key);
      if (first !== undefined) at(t, row, t.table.columns[0]!.name, `duplicate id "${key}" (first on line ${first})`);
      else ids.set(key, row.line);
    }
  }

  // The value is the printed figure converted only in form (万, fractions, full-width digits …):
  // a value edited on its own (26 for 超过1000家) is refused, and so is a qualifier the printed
  // figure contradicts (900余家 is more_than).
  const checkValue = (t: TableData, row: Row, valueField: string, printedField: string, unit: string | undefined, qualifierField?: string) => {
    const value = row.values[valueField]!;
    const printed = row.values[printedField]!;
    // A value that is not a number, or negative, is reported once, above.
    if (!printed || !/^\d+(\.\d+)?$/.test(value) || unit === undefined) return;
    const parsed = parsePrintedValue(printed, unit);
    if (!parsed.ok) at(t, row, printedField, parsed.error);
    else if (parsed.value !== Number(value)) at(t, row, valueField, `${value} is not ${printed} (which reads as ${parsed.value} in ${unit || "its unit"})`);
    else if (qualifierField && parsed.qualifier && parsed.qualifier !== row.values[qualifierField])
      at(t, row, qualifierField, `"${printed}" says ${parsed.qualifier}, not ${row.values[qualifierField]}`);
  };

  const checkQuote = (t: TableData, row: Row, printedField: string) => {
    const { quote, source } = row.values as { quote: string; source: string };
    const printed = row.values[printedField]!;
    if (printed && quote && !normaliseSpace(quote).includes(normaliseSpace(printed))) at(t, row, printedField, `"${printed}" does not occur in the quote`);
    const src = sources.get(source);
    if (!src) {
      if (source) at(t, row, "source", `unknown source "${source}" (not in data/sources.csv)`);
      return;
    }
    const text = src.kind === "external" ? texts.external(src.url!) : texts.content(src.content_id!)?.text;
    if (text === undefined) return; // reported on the source row
    if (quote && !quoteOccurs(quote, text)) at(t, row, "quote", `the quote does not occur in source "${source}"`);
  };

  const sourcesTable = data.get("sources");
  if (sourcesTable) {
    for (const row of sourcesTable.rows) {
      const v = row.values;
      if (v.kind === "external") {
        if (!v.url) at(sourcesTable, row, "url", "an external source needs its URL");
        else if (texts.external(v.url) === undefined) at(sourcesTable, row, "url", "no stored copy of this page's quotes in data/external/");
      } else if (v.kind === "article" || v.kind === "policy") {
        const content = v.content_id ? texts.content(v.content_id) : undefined;
        if (!content) at(sourcesTable, row, "content_id", `no ${v.kind} "${v.content_id}" in content/`);
        else if (normaliseSpace(content.title) !== normaliseSpace(v.title!)) at(sourcesTable, row, "title", `"${v.title}" is not the title of ${v.content_id} ("${content.title}")`);
        if (v.id !== v.content_id) at(sourcesTable, row, "id", `an ${v.kind}'s id is its content id "${v.content_id}"`);
      }
      if (v.date && !validDate(v.date)) at(sourcesTable, row, "date", `not a valid date: "${v.date}"`);
    }
  }

  const obs = data.get("observations");
  if (obs) {
    const seen = new Map<string, number>();
    const targets = new Map<string, Row>();
    for (const row of obs.rows) {
      const v = row.values;
      if (v.region && !places.has(v.region)) at(obs, row, "region", `unknown region "${v.region}" (not in data/regions.csv or data/zones.csv)`);
      const indicator = indicators.get(v.indicator!);
      if (v.indicator && !indicator) at(obs, row, "indicator", `unknown indicator "${v.indicator}" (not in data/indicators.csv)`);
      if (v.period && !PERIOD.test(v.period)) at(obs, row, "period", `"${v.period}" is not YYYY, YYYY-MM-DD or YYYY/YYYY`);
      else if (v.period?.includes("-") && !validDate(v.period.slice(0, 10))) at(obs, row, "period", `not a valid date: "${v.period}"`);
      else {
        const source = sources.get(v.source!);
        const text = source && (source.kind === "external" ? texts.external(source.url!) : texts.content(source.content_id!)?.text);
        const context = { measure: indicator?.measure, source: source && { date: source.date ?? "", title: source.title ?? "", text } };
        for (const problem of checkTime(v, context)) at(obs, row, problem.field, problem.message);
      }
      if (v.kind === "target" && !v.target_year) at(obs, row, "target_year", "a target needs the year it is for");
      if (v.kind === "actual" && v.target_year) at(obs, row, "target_year", "an actual figure has no target year");
      if (indicator?.unit === "%" && Number(v.value) > 100) at(obs, row, "value", `${v.value} is not a percentage`);
      checkQuote(obs, row, "value_as_printed");
      checkValue(obs, row, "value", "value_as_printed", indicator?.unit, "qualifier");
      const key = [v.region, v.indicator, v.period, v.kind, v.source, v.value].join("|");
      const first = seen.get(key);
      if (first !== undefined) at(obs, row, "value", `duplicate record: same region, indicator, period, kind, source and value as line ${first}`);
      else seen.set(key, row.line);
      if (v.kind === "target") {
        // One source sets one target per place, indicator, period and kind of target: two
        // different values there mean a target_type is wrong (每年 vs 累计).
        const targetKey = [v.source, v.region, v.indicator, v.period, v.target_type].join("|");
        const other = targets.get(targetKey);
        if (other && other.values.value !== v.value)
          at(obs, row, "target_type", `line ${other.line} sets ${other.values.value_as_printed} for the same place, indicator, period and target_type: is one of them each_year or total_over?`);
        else targets.set(targetKey, row);
      }
    }
    notes.push(...checkParts(obs, get("regions"), get("zones"), errors));
  }

  // A note explains; it never states a figure of its own: every number in a note is printed by
  // some quote in the dataset (years, days, codes and ids aside).
  const quoted = numbersPrinted([...get("observations"), ...get("incentives")].map((r) => r.values.quote ?? ""));
  for (const name of ["observations", "incentives"]) {
    const t = data.get(name);
    for (const row of t?.rows ?? []) {
      const unprinted = [...new Set(numbersStated(row.values.note ?? ""))].filter((n) => !quoted.has(n));
      if (t && unprinted.length > 0) at(t, row, "note", `states ${unprinted.join(", ")}, which no quote in the dataset prints: a note explains in words, it never states a figure of its own`);
    }
  }

  const inc = data.get("incentives");
  if (inc) {
    for (const row of inc.rows) {
      const v = row.values;
      if (v.region && !places.has(v.region)) at(inc, row, "region", `unknown region "${v.region}" (not in data/regions.csv or data/zones.csv)`);
      if (v.policy_date && !validDate(v.policy_date)) at(inc, row, "policy_date", `not a valid date: "${v.policy_date}"`);
      checkQuote(inc, row, "amount_as_printed");
      checkValue(inc, row, "amount_wan", "amount_as_printed", "万元");
    }
  }
  return { errors, notes };
}

/**
 * Where one passage of a source gives a whole and three or more of its parts (a city and its
 * counties in a table row, for the same indicator, period and kind), the parts must add up to the whole: exactly for an exact
 * whole; at least to it for a whole printed as 以上/超过. Otherwise it is an error unless the
 * whole's note says why (it must contain "parts:").
 */
function checkParts(obs: TableData, regions: Row[], zones: Row[], errors: DataError[]): string[] {
  const notes: string[] = [];
  const parent = new Map<string, string>([...regions.map((r) => [r.values.code!, r.values.parent!] as const), ...zones.map((z) => [z.values.id!, z.values.parent!] as const)]);
  const groups = new Map<string, Row[]>();
  for (const row of obs.rows) {
    const v = row.values;
    // Parts and their whole are printed together: one passage (a table row) of one source.
    const key = [v.source, v.indicator, v.period, v.kind, normaliseSpace(v.quote ?? "")].join("|");
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const rows of groups.values()) {
    for (const whole of rows) {
      const parts = rows.filter((r) => parent.get(r.values.region!) === whole.values.region);
      if (parts.length < 3) continue;
      const sum = parts.reduce((s, r) => s + Number(r.values.value), 0);
      const value = Number(whole.values.value);
      const label = `${whole.values.region} ${whole.values.indicator} ${whole.values.period}`;
      const ok = whole.values.qualifier === "exact" ? sum === value : whole.values.qualifier === "more_than" || whole.values.qualifier === "at_least" ? sum >= value : false;
      if (ok) notes.push(`${label}: ${parts.length} parts sum to ${sum}, whole ${whole.values.value_as_printed}${whole.values.qualifier === "exact" ? "" : " (a lower bound)"}`);
      else if (/parts:/.test(whole.values.note ?? "")) notes.push(`${label}: parts sum to ${sum}, whole ${whole.values.value_as_printed}; ${whole.values.note}`);
      else
        errors.push({
          file: obs.file,
          line: whole.line,
          column: obs.table.columns.findIndex((c) => c.name === "value") + 1,
          message: `value: ${parts.length} parts (lines ${parts.map((p) => p.line).join(", ")}) sum to ${sum}, not ${whole.values.value_as_printed}; explain in the note ("parts: …") if the source means it`,
        });
    }
  }
  return notes;
}

export { tables };
