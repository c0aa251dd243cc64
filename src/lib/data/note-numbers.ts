/**
 * A note explains a figure; it never states a figure of its own. These helpers find the numbers
 * a note states, leaving out what only names or dates something (years, YYYY-MM-DD days, spans,
 * six-digit region codes, row ids such as s-041, issue numbers such as 第2期), so that data:check
 * can require each of them to be printed by some quote in the dataset. Pure.
 */
import { normaliseDigits } from "./quote-dates.ts";

/** What only names or dates something: removed before numbers are looked for. */
const NOT_FIGURES = [
  /[〔［[]\s*\d{4}\s*[〕］\]]\s*\d+\s*号/g, // document numbers: 苏府〔2022〕91号
  /(?:https?:\/\/)?[\w.-]+\.(?:com|cn|net|org|gov|edu)\b\S*/gi, // addresses: sti666.com
  /\b\d{4}-\d{2}-\d{2}\b/g, // days
  /\b\d{4}\/\d{4}\b/g, // spans 2023/2025
  /(?<!\d)(?:19|20)\d{2}(?:\s*[-–—~至]\s*(?:19|20)?\d{2})?(?!\d)/g, // years and ranges of years
  /\b[a-z]+-\d+\b/gi, // row ids: s-041, x-009, i-002
  /(?<!\d)\d{6}(?!\d)/g, // GB/T 2260 codes
  /(?:总)?第\s*\d+\s*[期章条节项批]/g, // issue, chapter and list numbers
  /[（(]\s*\d+\s*[）)]/g, // list markers (1)
  /\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/g, // months and days: 12月20日
];

/** The numbers a text states, as written (digits normalised): 848, 7.7, 1/4. */
export function numbersStated(text: string): string[] {
  let rest = normaliseDigits(text).replace(/(\d)\s(?=\d{3}(?!\d))/g, "$1"); // 8 507 → 8507
  for (const pattern of NOT_FIGURES) rest = rest.replace(pattern, " ");
  return [...rest.matchAll(/\d+(?:[.,]\d+)*(?:\/\d+)?/g)].map((m) => m[0].replace(/,/g, ""));
}

/** Every number the quotes print, for looking notes up against. */
export function numbersPrinted(quotes: Iterable<string>): Set<string> {
  const printed = new Set<string>();
  for (const quote of quotes) {
    const text = normaliseDigits(quote).replace(/(\d)\s(?=\d{3}(?!\d))/g, "$1"); // 8 507 → 8507
    for (const m of text.matchAll(/\d+(?:[.,]\d+)*(?:\/\d+)?/g)) {
      printed.add(m[0].replace(/,/g, ""));
      // A fraction prints both its parts (2/5 prints 2 and 5).
      for (const part of m[0].split("/")) printed.add(part.replace(/,/g, ""));
    }
  }
  return printed;
}
