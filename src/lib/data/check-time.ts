/**
 * When a figure is, checked against what its quote says (data/README.md, "When a figure is"):
 * the period and its date_basis, and for a target its target_type and year. Each rule reads the
 * quote (and, where a quote cannot carry it, the source's date or title) and reports the field
 * to fix. Pure: the caller supplies the row, its indicator and its source.
 */
import { daysPrinted, saysEachYear, saysNow, yearsPrinted } from "./quote-dates.ts";

export interface TimeProblem {
  field: string;
  message: string;
}

export interface TimeContext {
  /** The indicator's measure (stock, flow, list, evaluation, share), when the indicator is known. */
  measure?: string;
  /** The source's date (YYYY-MM-DD), title and text, when the source is known. */
  source?: { date: string; title: string; text?: string };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_OR_SPAN = /^\d{4}(\/\d{4})?$/;

const list = (days: Iterable<string>) => [...days].sort().join(", ") || "none";

/** The problems with an observation's period, date_basis, target_type and target_year. */
export function checkTime(row: Record<string, string>, context: TimeContext): TimeProblem[] {
  const problems: TimeProblem[] = [];
  const say = (field: string, message: string) => problems.push({ field, message });
  const { period = "", date_basis: basis = "", quote = "", kind, target_type: targetType = "", target_year: targetYear = "" } = row;
  const sourceDate = context.source?.date ?? "";
  const title = context.source?.title ?? "";
  // Years printed in the quote or the source's title (去年 read against the source's date). A
  // target's plan period is often printed once, in the plan's name at the head of the article:
  // for targets, the source's whole text counts too.
  const yearsSaid = new Set([
    ...yearsPrinted(quote, sourceDate || undefined),
    ...yearsPrinted(title, sourceDate || undefined),
    ...(kind === "target" ? yearsPrinted(context.source?.text ?? "") : []),
  ]);
  const where = kind === "target" ? "in the quote, the source's title or its text" : "in the quote or the source's title";

  if (basis === "none") {
    if (period) say("period", `a figure whose date_basis is none has no period ("${period}")`);
  } else if (!period) {
    say("period", `is empty; a figure with no date has date_basis none`);
  }

  if (period && basis === "printed") {
    const printed = daysPrinted(quote, sourceDate || undefined);
    if (!DAY.test(period)) say("period", `a printed date is a day (YYYY-MM-DD), not "${period}"`);
    else if (!printed.has(period)) {
      const now = saysNow(quote) && printed.size === 0;
      say(
        "date_basis",
        now
          ? `截至目前 is never printed: the quote gives no date of its own, so it is publication (the source's date) or not_before (an undated source)`
          : `the quote does not print ${period} (days it prints: ${list(printed)}); use year, publication or not_before as the quote says`,
      );
    }
  }

  if (period && basis === "year") {
    if (!YEAR_OR_SPAN.test(period)) say("period", `date_basis year needs a year or a span (YYYY or YYYY/YYYY), not "${period}"`);
    else {
      const missing = period.split("/").filter((y) => !yearsSaid.has(Number(y)));
      if (missing.length > 0) say("period", `${missing.join(" and ")} is not printed ${where}`);
    }
  }

  if (period && basis === "publication") {
    if (!sourceDate) say("date_basis", `the source has no date, so the figure cannot take it: use not_before with the earliest date the source can have`);
    else if (period !== sourceDate) say("period", `a figure dated by its publication is on the source's date ${sourceDate}, not "${period}"`);
  }

  if (period && basis === "not_before") {
    if (!DAY.test(period)) say("period", `not_before needs a day (YYYY-MM-DD), not "${period}"`);
    else if (sourceDate) say("date_basis", `the source is dated ${sourceDate}: use publication (not_before is for undated sources)`);
  }

  if (kind === "actual" && context.measure === "stock" && period && !DAY.test(period) && basis !== "year") {
    say("period", `a stock is counted on a day (YYYY-MM-DD) unless date_basis is year or none`);
  }

  if (kind === "target") {
    if (!targetType) say("target_type", "a target says whether it is reach_by, each_year or total_over");
    if (targetType === "each_year" && !saysEachYear(quote)) say("target_type", "each_year needs a quote that says 每年, 年度 or 年均");
    if (targetType === "total_over" && !/^\d{4}\/\d{4}$/.test(period)) say("period", `a total over a span has a span (YYYY/YYYY), not "${period}"`);
    if (targetType === "reach_by" && targetYear && !yearsSaid.has(Number(targetYear))) say("target_year", `${targetYear} is not printed ${where}`);
  } else if (targetType) {
    say("target_type", "only a target has a target_type");
  }
  return problems;
}
