/**
 * What a quote says about time: the days it prints (截至2021年底, 截至6月17日, 2018年末, by the end
 * of 2020), the years it prints, whether it speaks of "now" (截至目前, 目前, 现有), and whether it
 * sets a yearly amount (每年, 年度). data:check compares a figure's period and date_basis with
 * these, so that a figure's date says what its quote says and nothing more. Pure.
 */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const pad = (n: number) => String(n).padStart(2, "0");

function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(last)}`;
}

function day(year: number, month: number, date: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, date));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === date ? `${year}-${pad(month)}-${pad(date)}` : undefined;
}

/** Full-width digits to ASCII, and no white space between digits and 年/月/日 (2017 年12 月). */
export function normaliseDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(\d)\s+(?=[年月日])/g, "$1")
    .replace(/([年月])\s+(?=\d)/g, "$1");
}

/**
 * The days a quote prints, as YYYY-MM-DD. A year's end (2021年底/年末, 截至2021年12月) is its
 * 31 December; a month's end (3月底) its last day. 今年/去年 and a month and day printed without
 * a year are read against `sourceDate` (the page's date), as a reader of that page would.
 */
export function daysPrinted(quote: string, sourceDate?: string): Set<string> {
  const text = normaliseDigits(quote);
  const days = new Set<string>();
  const add = (d: string | undefined) => d && days.add(d);
  const sourceYear = sourceDate ? Number(sourceDate.slice(0, 4)) : undefined;
  // Years written out: 2021年底, 2021年末, 2021年12月31日, 2021年3月底, 截至2017年12月.
  for (const m of text.matchAll(/(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日|(底|末))?|年?(底|末))/g)) {
    const year = Number(m[1]);
    if (m[5]) add(`${year}-12-31`);
    else if (m[3]) add(day(year, Number(m[2]), Number(m[3])));
    else if (m[4]) add(monthEnd(year, Number(m[2])));
    else if (m[2] && /(截至|截止|截至到|截止到|到)\s*$/.test(text.slice(0, m.index))) add(monthEnd(year, Number(m[2])));
  }
  if (sourceYear !== undefined) {
    // Relative years: 去年底 on a 2016 page is 2015-12-31; 截至今年3月底 is 2016-03-31.
    for (const m of text.matchAll(/(今年|去年|上年)(?:(\d{1,2})月(?:(\d{1,2})日|(底|末))|(底|末))/g)) {
      const year = m[1] === "今年" ? sourceYear : sourceYear - 1;
      if (m[5]) add(`${year}-12-31`);
      else if (m[3]) add(day(year, Number(m[2]), Number(m[3])));
      else add(monthEnd(year, Number(m[2])));
    }
    // A month and day with no year of their own: the page's year (截至6月17日).
    for (const m of text.matchAll(/(?<![\d年])(\d{1,2})月(?:(\d{1,2})日|(底|末))/g)) {
      add(m[2] ? day(sourceYear, Number(m[1]), Number(m[2])) : monthEnd(sourceYear, Number(m[1])));
    }
  }
  // English pages: "by the end of 2020", "end-2019"; "by January 2016" (the month's end).
  for (const m of quote.matchAll(/\bend(?: of|-)\s*(\d{4})\b/gi)) add(`${m[1]}-12-31`);
  for (const m of quote.matchAll(new RegExp(`\\b(?:by|as of|until|end of) (${MONTHS.join("|")}),? (\\d{4})\\b`, "gi"))) {
    add(monthEnd(Number(m[2]), MONTHS.findIndex((name) => name.toLowerCase() === m[1]!.toLowerCase()) + 1));
  }
  return days;
}

/**
 * The years a text prints (2021年, 2023-2025, 2021年度, "2020"), as numbers; with the page's
 * date, also the years it names relatively (去年 on a 2021 page is 2020; 今年 is 2021).
 */
export function yearsPrinted(text: string, sourceDate?: string): Set<number> {
  const years = new Set<number>();
  for (const m of normaliseDigits(text).matchAll(/(?<!\d)(19\d{2}|20\d{2})(?!\d)/g)) years.add(Number(m[1]));
  if (sourceDate) {
    const year = Number(sourceDate.slice(0, 4));
    if (/今年|本年/.test(text)) years.add(year);
    if (/去年|上年/.test(text)) years.add(year - 1);
  }
  return years;
}

/** Whether a quote speaks of the time it was written: 截至目前, 目前, 现有, 至今 …. */
export function saysNow(quote: string): boolean {
  return /截至目前|截止目前|截至当前|目前|現在|现有|現有|至今|迄今/.test(quote);
}

/** Whether a quote sets an amount for every year: 每年新增, 年度新增, 年均. */
export function saysEachYear(quote: string): boolean {
  return /每年|年度|年均|每一年|annually|per year|each year/i.test(quote);
}
