/**
 * How facts are written on the page, in Chinese, the way the bulletins print them.
 */
import type { IssueEntry } from "./content/publication.ts";

/** 2022年5月5日 from 2022-05-05. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2022年第2期（总第13期）, or what is known of it. */
export function issueLabel(issue: IssueEntry["data"]): string {
  if (issue.year !== undefined && issue.number !== undefined) {
    return `${issue.year}年第${issue.number}期` + (issue.totalNumber ? `（总第${issue.totalNumber}期）` : "");
  }
  const when = issue.notBefore ? `，不早于${formatDate(issue.notBefore)}` : "";
  return `期号未印${when}`;
}

/** The publication date, or a statement that it is not printed. */
export function issueDate(issue: IssueEntry["data"]): string {
  if (issue.date) return formatDate(issue.date);
  return issue.notBefore ? `日期未印（不早于${formatDate(issue.notBefore)}）` : "日期未印";
}

/** Year an issue is filed under in the archive; an inferred year is marked. */
export function archiveYear(issue: IssueEntry["data"]): string {
  if (issue.year !== undefined) return String(issue.year);
  if (issue.notBefore) return `${issue.notBefore.slice(0, 4)}（推断）`;
  return "年份未知";
}
