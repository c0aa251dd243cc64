/**
 * The importer's command-line options, checked before anything is read or written: an id that
 * could reach outside the content folder, a day that does not exist or a year no bulletin has is
 * refused here with the option's name, not later by the build.
 */
import { issueSchema } from "../content/schema.ts";

/** A bad option: the message names it and says what is allowed. */
export class OptionError extends Error {
  override name = "OptionError";
}

/** Folder and file names the importer writes: lower-case ASCII words joined by hyphens. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Refuses anything but an id (`jiangsu-shuangchuang`, `2022-02`, `late-2022`): no `/`, `..`, spaces or capitals. */
export function checkId(option: string, value: string): string {
  if (!ID.test(value) || value.length > 80) {
    throw new OptionError(
      `${option} "${value}" is not an id: use lower-case letters a–z, digits and single hyphens (e.g. jiangsu-shuangchuang, late-2022)`,
    );
  }
  return value;
}

/** True for a `YYYY-MM-DD` that names a real day (not 2023-02-30). */
export function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

export function checkDate(option: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new OptionError(`${option} must be a date like 2023-01-15, not "${value}"`);
  if (!isRealDate(value)) throw new OptionError(`${option} ${value} is not a day of the calendar`);
  return value;
}

/** A whole number the issue schema accepts for `field`, so the option fails here and not in the build. */
function checkNumber(option: string, value: string, field: "year" | "number" | "totalNumber"): number {
  if (!/^\d+$/.test(value)) throw new OptionError(`${option} must be a whole number, not "${value}"`);
  const n = Number(value);
  const result = issueSchema.shape[field].safeParse(n);
  if (!result.success || !Number.isSafeInteger(n)) {
    const allowed = field === "year" ? "a year from 1949 to 2100" : "a whole number from 1";
    throw new OptionError(`${option} ${value} is out of range: give ${allowed}`);
  }
  return n;
}

/** Line numbers as an editor writes them: `12`, `12,40`, `12-14`. */
export function checkLines(option: string, value: string): number[] {
  const lines: number[] = [];
  for (const part of value.split(",").map((p) => p.trim())) {
    const range = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(part);
    if (!range) throw new OptionError(`${option} "${value}": give line numbers like 12 or 12,40 or 12-14`);
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    if (from < 1 || to < from || to - from > 10_000) throw new OptionError(`${option} "${part}" is not a range of lines`);
    for (let n = from; n <= to; n++) lines.push(n);
  }
  return lines;
}

/** The raw option values as node:util's parseArgs gives them. */
export interface RawOptions {
  series?: string;
  "series-name"?: string;
  year?: string;
  number?: string;
  total?: string;
  date?: string;
  "not-before"?: string;
  slug?: string;
  note?: string;
  kind?: string;
  title?: string[];
  subhead?: string[];
  "not-title"?: string[];
}

export interface CheckedOptions {
  series?: string;
  seriesName?: string;
  year?: number;
  number?: number;
  totalNumber?: number;
  date?: string;
  notBefore?: string;
  slug?: string;
  note?: string;
  kind?: "bulletin" | "policy";
  /** Lines the editor says start an article (`--title`). */
  titles?: number[];
  /** Lines the editor says are subheads inside an article (`--subhead`). */
  subheads?: number[];
  /** Lines the editor says are not titles (`--not-title`). */
  notTitles?: number[];
}

/** Checks every option; the first bad one throws an {@link OptionError} naming it. */
export function checkOptions(raw: RawOptions): CheckedOptions {
  const options: CheckedOptions = {};
  if (raw.series !== undefined) options.series = checkId("--series", raw.series);
  if (raw["series-name"] !== undefined) {
    const name = raw["series-name"].trim();
    if (name === "" || /[\n\r]/.test(name) || name.length > 60) {
      throw new OptionError(`--series-name "${raw["series-name"]}" must be the periodical's name as printed, on one line`);
    }
    options.seriesName = name;
  }
  if (raw.year !== undefined) options.year = checkNumber("--year", raw.year, "year");
  if (raw.number !== undefined) options.number = checkNumber("--number", raw.number, "number");
  if (raw.total !== undefined) options.totalNumber = checkNumber("--total", raw.total, "totalNumber");
  if (raw.date !== undefined) options.date = checkDate("--date", raw.date);
  if (raw["not-before"] !== undefined) options.notBefore = checkDate("--not-before", raw["not-before"]);
  if (raw.slug !== undefined) options.slug = checkId("--slug", raw.slug);
  if (raw.note !== undefined) options.note = raw.note;
  if (raw.kind !== undefined) {
    if (raw.kind !== "bulletin" && raw.kind !== "policy") throw new OptionError(`--kind must be bulletin or policy, not "${raw.kind}"`);
    options.kind = raw.kind;
  }
  if (raw.title?.length) options.titles = raw.title.flatMap((v) => checkLines("--title", v));
  if (raw.subhead?.length) options.subheads = raw.subhead.flatMap((v) => checkLines("--subhead", v));
  if (raw["not-title"]?.length) options.notTitles = raw["not-title"].flatMap((v) => checkLines("--not-title", v));
  const given = [
    ["--title", options.titles],
    ["--subhead", options.subheads],
    ["--not-title", options.notTitles],
  ] as const;
  given.forEach(([a, first], i) =>
    given.slice(i + 1).forEach(([b, second]) => {
      const both = first?.find((n) => second?.includes(n));
      if (both !== undefined) throw new OptionError(`line ${both} is given to both ${a} and ${b}`);
    }),
  );
  return options;
}
