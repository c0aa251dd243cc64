/**
 * When a figure is, as its sentence says: 截至2021年底 → 2021-12-31 (printed), 2021年 → 2021
 * (year), 截至目前 → the article's date (publication, or not_before for an undated issue), 到2025年
 * → a target for 2025, 每年 → a target for each year, 2017年以来…累计 → the span 2017/<year>.
 * Where the sentence prints no date the paragraph's last date phrase is used, and the suggestion
 * says so in its reason; a stock is never placed on a day the text does not give.
 */

export type DateBasis = "printed" | "year" | "publication" | "not_before" | "none";
export type TargetType = "reach_by" | "each_year" | "total_over";

/** What is known of the document's own date. */
export interface DocumentDate {
  /** YYYY-MM-DD: the printed date, or the earliest date (not_before). */
  date?: string;
  basis: "printed" | "not_before" | "none";
  /** The year, when only that is printed (科技情报参考 2024年第2期). */
  year?: number;
  /** A plan's span the document is about (盐城…三年行动计划(2023-2025年)): [2023, 2025]. */
  planSpan?: [number, number];
  /** A policy (targets unless the sentence reports the past). */
  policy?: boolean;
}

export interface Timing {
  period: string;
  date_basis: DateBasis;
  kind: "actual" | "target";
  target_type: TargetType | "";
  target_year: string;
  /** Why, where the date does not come from the sentence itself (or ""). */
  reason: string;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, "0");

/** A date phrase found in a text, with where it is. */
interface Phrase {
  index: number;
  text: string;
  /** A point in time: a day (printed), a year, or "now". */
  period?: string;
  basis?: DateBasis;
  now?: boolean;
  /** 到2025年 in the future of the document: a target year. */
  until?: number;
  since?: number;
}

function documentYear(doc: DocumentDate): number | undefined {
  return doc.date ? Number(doc.date.slice(0, 4)) : doc.year;
}

/** Date phrases in `text`, left to right. Years inside 《…》 titles are a plan's span, not a date. */
export function datePhrases(text: string, doc: DocumentDate): Phrase[] {
  const phrases: Phrase[] = [];
  const docYear = documentYear(doc);
  const masked = text.replace(/《[^》]*》/g, (t) => "　".repeat(t.length));
  const add = (re: RegExp, make: (m: RegExpExecArray) => Omit<Phrase, "index" | "text"> | undefined) => {
    for (const m of masked.matchAll(new RegExp(re.source, "g"))) {
      if (phrases.some((p) => m.index! >= p.index && m.index! < p.index + p.text.length)) continue;
      const made = make(m as RegExpExecArray);
      if (made) phrases.push({ index: m.index!, text: m[0], ...made });
    }
  };
  const year = (y: string | undefined) => (y ? Number(y) : docYear);
  // Most specific first: a day, a month's end, a year's end, then bare years.
  add(/(?:截[至止]到?|到)\s*(?:(\d{4})\s*年\s*|今年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/, (m) => {
    const y = year(m[1]);
    return y ? { period: `${y}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`, basis: "printed" } : undefined;
  });
  add(/(?:截[至止]到?\s*)?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:底|末)?(?!\s*\d)/, (m) => {
    if (!/截|底|末/.test(m[0])) return undefined; // 2023年12月，… is when something happened
    const y = Number(m[1]);
    const month = Number(m[2]);
    return { period: `${y}-${pad(month)}-${pad(lastDay(y, month))}`, basis: "printed" };
  });
  add(/截[至止]到?\s*(?:今年\s*)?(\d{1,2})\s*月\s*(?:底|末)/, (m) => {
    const y = docYear;
    const month = Number(m[1]);
    return y ? { period: `${y}-${pad(month)}-${pad(lastDay(y, month))}`, basis: "printed" } : undefined;
  });
  add(/(?:截[至止]到?\s*)?(\d{4})\s*年\s*(?:年)?(?:底|末)/, (m) => ({ period: `${m[1]}-12-31`, basis: "printed" }));
  add(/(?:去年|上年)(?:底|末)/, () => (docYear ? { period: `${docYear - 1}-12-31`, basis: "printed" } : undefined));
  add(/(?:截[至止]到?|到|至|力争到|预计到)\s*(\d{4})\s*年(?!度)/, (m) => {
    const y = Number(m[1]);
    if (docYear !== undefined && y > docYear) return { until: y };
    if (doc.planSpan && y >= doc.planSpan[0] && /到|至/.test(m[0]) && !/截/.test(m[0])) return { until: y };
    return { period: String(y), basis: "year" };
  });
  add(/(\d{4})\s*年\s*以来/, (m) => ({ since: Number(m[1]) }));
  add(/(?:截[至止]到?)?(?:目前|现有|现在|当前|如今|至今|迄今)/, () => ({ now: true }));
  add(/今年/, () => (docYear ? { period: String(docYear), basis: "year" } : undefined));
  add(/去年/, () => (docYear ? { period: String(docYear - 1), basis: "year" } : undefined));
  add(/(\d{4})\s*年度?(?![\d底末])/, (m) => ({ period: m[1]!, basis: "year" }));
  return phrases.sort((a, b) => a.index - b.index);
}

/** A plan's span printed in a text: （2022-2024年）, (2023-2025年), 2022—2025. */
export function planSpan(text: string): [number, number] | undefined {
  const m = /(20\d{2})\s*[-－—–~～至到]\s*(20\d{2})\s*年?/.exec(text);
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return b > a && b - a <= 15 ? [a, b] : undefined;
}

const NOW_BASIS = (doc: DocumentDate): Pick<Timing, "period" | "date_basis"> & { reason: string } => {
  if (doc.date && doc.basis === "printed") return { period: doc.date, date_basis: "publication", reason: "" };
  if (doc.date && doc.basis === "not_before") return { period: doc.date, date_basis: "not_before", reason: "" };
  if (doc.year)
    return {
      period: `${doc.year}-01-01`,
      date_basis: "not_before",
      reason: `period: the source prints only its year (${doc.year}), so 不早于 its first day`,
    };
  return { period: "", date_basis: "none", reason: "period: the source prints no date" };
};

const TARGET_WORDS = /力争|目标|预期|计划|将|确保|争取|打造|建成|达到|突破/;
const PAST_WORDS = /截[至止]到?目前|已经|已|累计|现有|目前/;

export interface TimingInput {
  sentence: string;
  /** Where the figure is printed in the sentence. */
  at: number;
  /** Where its clause starts. */
  clauseFrom: number;
  /** Index of this figure among those printed after a 分别 (…分别达60%、65%、70%), or -1. */
  respectively: number;
  /** The paragraph's earlier sentences, in order. */
  before: string[];
  /** The indicator's measure, when known: a flow or a list needs a period, a stock a date. */
  measure?: string;
  /** The figure counts new carriers (新增): a flow. */
  isNew: boolean;
  doc: DocumentDate;
}

/** When the figure is, and whether it is a target. */
export function timing(input: TimingInput): Timing {
  const { sentence, at, clauseFrom, doc } = input;
  const phrases = datePhrases(sentence, doc);
  const docYear = documentYear(doc);
  const planTitle = /《([^》]*)》/.exec(sentence)?.[1];
  const span = (planTitle ? planSpan(planTitle) : undefined) ?? doc.planSpan;
  // 每年 applies within its part of the sentence (up to ；), before the figure.
  const partStart = Math.max(...[...sentence.slice(0, at).matchAll(/[；;]/g)].map((m) => m.index! + 1), 0);
  const part = sentence.slice(partStart, at);
  const eachYear = /每年|年度新增|年均|每年度/.test(part);
  const until = [...phrases].reverse().find((p) => p.until !== undefined && p.index < at) ?? phrases.find((p) => p.until !== undefined);
  const past = PAST_WORDS.test(sentence) && !until;
  const target =
    until !== undefined ||
    (doc.policy === true && !past) ||
    (eachYear && doc.policy === true) ||
    (!!span && TARGET_WORDS.test(sentence.slice(0, at)) && /将|力争|目标/.test(sentence) && !past);

  // 2023年、2024年、2025年分别达60%、65%、70%: the figure's own year.
  const respective = /((?:\d{4}\s*年\s*[、，,和及]?\s*)+)分别/.exec(sentence);
  const respectiveYears = respective ? [...respective[1]!.matchAll(/(\d{4})/g)].map((m) => Number(m[1])) : [];
  const ownYear = input.respectively >= 0 ? respectiveYears[input.respectively] : undefined;

  if (target) {
    const targetYear = ownYear ?? until?.until ?? span?.[1] ?? docYear;
    const target_type: TargetType =
      ownYear !== undefined ? "each_year" : eachYear ? "each_year" : input.isNew && span ? "total_over" : "reach_by";
    let period = ownYear !== undefined ? String(ownYear) : span ? `${span[0]}/${span[1]}` : targetYear ? String(targetYear) : "";
    let reason = span || ownYear !== undefined ? "" : "period: the plan's span is not printed; the target year is used";
    if (!targetYear) reason = "period: no target year printed";
    if (!targetYear) period = "";
    return {
      period,
      date_basis: period ? "year" : "none",
      kind: "target",
      target_type,
      target_year: targetYear ? String(targetYear) : "",
      reason,
    };
  }

  if (ownYear !== undefined)
    return { period: String(ownYear), date_basis: "year", kind: "actual", target_type: "", target_year: "", reason: "" };
  // The nearest phrase before the figure in its clause, then before it in the sentence, then
  // anywhere in the sentence (年 printed after the figure is rare but happens: 66个…截至2023年).
  const before = phrases.filter((p) => p.index < at);
  const chosen =
    before.filter((p) => p.index >= clauseFrom).pop() ??
    before.pop() ??
    phrases.find((p) => p.period !== undefined && p.until === undefined);
  if (chosen) return fromPhrase(chosen, doc, "", input, sentence);
  // From the paragraph: an as-of date (截至2021年底, 目前) or a year that opens a sentence (2021年，…),
  // not a year named in passing (“十四五”规划和2035年远景目标).
  for (const earlier of [...input.before].reverse()) {
    const found = datePhrases(earlier, doc)
      .filter(
        (p) =>
          p.until === undefined &&
          (p.basis === "printed" || p.now || (p.basis === "year" && p.index <= 2 && /^[^，,]{0,8}[，,]/.test(earlier.slice(p.index)))),
      )
      .pop();
    if (found) return fromPhrase(found, doc, `period: from the paragraph (${found.text})`, input, earlier);
  }
  if (input.isNew || (input.measure && input.measure !== "stock")) {
    if (docYear)
      return {
        period: String(docYear),
        date_basis: "year",
        kind: "actual",
        target_type: "",
        target_year: "",
        reason: `period: no date printed; the article's year (${docYear})`,
      };
  }
  const now = NOW_BASIS(doc);
  return {
    ...now,
    kind: "actual",
    target_type: "",
    target_year: "",
    reason: now.reason || "period: no date printed; read as of the article's date",
  };
}

function fromPhrase(p: Phrase, doc: DocumentDate, reason: string, input: TimingInput, text: string): Timing {
  const base = { kind: "actual" as const, target_type: "" as const, target_year: "" };
  if (p.now) {
    const now = NOW_BASIS(doc);
    return { ...base, period: now.period, date_basis: now.date_basis, reason: [reason, now.reason].filter(Boolean).join("; ") };
  }
  if (p.since !== undefined) {
    const docYear = documentYear(doc);
    // 2017年以来…累计: a total since that year, up to the article's year.
    if (docYear && /累计/.test(text))
      return {
        ...base,
        period: `${p.since}/${docYear}`,
        date_basis: "year",
        reason: reason || `period: 累计 since ${p.since}, up to the article's year`,
      };
    const now = NOW_BASIS(doc);
    return {
      ...base,
      period: now.period,
      date_basis: now.date_basis,
      reason: [reason, now.reason, `period: printed ${p.text}; read as of the article's date`].filter(Boolean).join("; "),
    };
  }
  if (p.period && p.basis === "printed" && input.measure && input.measure !== "stock") {
    // A flow, a list or an evaluation is over a year, not on a day: 截至2023年底…新增9家 is 2023.
    const year = p.period.slice(0, 4);
    return {
      ...base,
      period: year,
      date_basis: "year",
      reason: [reason, `period: the year of ${p.text} (the figure counts a year, not a day)`].filter(Boolean).join("; "),
    };
  }
  if (p.period) {
    const stockOnYear = p.basis === "year" && input.measure === "stock";
    return {
      ...base,
      period: p.period,
      date_basis: p.basis ?? "year",
      reason: reason || (stockOnYear ? `period: a stock printed with its year only (${p.text})` : ""),
    };
  }
  return { ...base, period: "", date_basis: "none", reason: reason || "period: not understood" };
}
