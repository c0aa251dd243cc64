/**
 * The numbers of a sentence, each either a candidate figure (with how it is printed, its unit and
 * its qualifier) or skipped with a reason the summary counts: dates, ranks, list numbers, phone
 * numbers, growth rates, money and people that are not carrier figures, counts of other things.
 */
import {
  qualifierAfter,
  qualifierBefore,
  qualifierInside,
  scanNumbers,
  unitAfter,
  type NumberToken,
  type Qualifier,
} from "../data/printed-value.ts";

export interface Candidate {
  token: NumberToken;
  /** The figure as printed (value_as_printed): number, 余, unit and a following 以上. */
  printed: string;
  /** Offsets of `printed` in the sentence. */
  start: number;
  end: number;
  /** The counter or unit printed with it (家, 个, 万平方米, 亿元, %, or ""). */
  unit: string;
  qualifier: Qualifier;
}

export type SkipReason =
  | "date"
  | "duration"
  | "rank"
  | "list_number"
  | "phone_or_code"
  | "growth_rate"
  | "percentage_points"
  | "money"
  | "people"
  | "land_area"
  | "other_unit"
  | "no_unit"
  | "vague"
  | "chinese_numeral_in_a_phrase"
  | "other_things"
  | "no_carrier_word";

export const SKIP_REASONS: Record<SkipReason, string> = {
  date: "dates and years",
  duration: "durations (3到5年, 20年来, 6期)",
  rank: "ranks and positions (第3, 前5, 首位)",
  list_number: "list numbers (一是, 1、)",
  phone_or_code: "phone numbers, codes and document numbers",
  growth_rate: "growth rates (增长13.5%)",
  percentage_points: "percentage points",
  money: "money that no indicator counts (investments, awards, a firm's revenue or loans; incentives go in incentives.csv)",
  people: "people other than those employed by incubated firms (talent, staff, visitors)",
  land_area: "land and planning areas (亩, 平方公里)",
  other_unit: "counts of other things (项, 次, 所, 名, 场 …)",
  no_unit: "numbers without a counter",
  vague: "vague amounts (数十, 上百, 几十)",
  chinese_numeral_in_a_phrase: "Chinese numerals with a counter that count nothing in particular (一家, 一个)",
  other_things: "counts of things other than carriers and their firms (企业, 平台, 机构, 高校 …)",
  no_carrier_word: "numbers in sentences that name no carrier",
};

/** Words that make a sentence about carriers or their outcomes. */
export const CARRIER_WORDS =
  /孵化|入孵|孵育|众创|载体|加速器|大学科技园|科技园|飞地|双创平台|创新创业平台|在孵|毕业企业|创业团队|创新载体|incubat|maker ?space|accelerator/i;

const OTHER_UNITS = new Set(["项", "次", "所", "名", "位", "件", "场", "批", "支", "户", "人次", "座", "期"]);

export type Found = { kind: "candidate"; candidate: Candidate } | { kind: "skip"; reason: SkipReason; text: string };

/** Every number of `sentence`, read as a candidate figure or skipped with its reason. */
export function readNumbers(sentence: string, previousSentence = ""): Found[] {
  // 其中，广东省入选机构7家: a sentence that continues the one before it is about its carriers.
  const carrierSentence =
    CARRIER_WORDS.test(sentence) || (/^(其中|其余|另有|此外|同时)/.test(sentence) && CARRIER_WORDS.test(previousSentence));
  const found: Found[] = [];
  for (const token of scanNumbers(sentence)) {
    const skip = (reason: SkipReason) => found.push({ kind: "skip", reason, text: token.text });
    const before = sentence.slice(0, token.start);
    const rest = sentence.slice(token.end);
    const { unit, end: unitEnd } =
      token.form === "percent" || token.form === "fraction" ? { unit: "", end: token.end } : unitAfter(sentence, token.end);

    if (token.form === "chinese") {
      // A Chinese numeral without a counter is a word (一是, 一批, 三张牌, 万众创新), not a printed figure.
      if (!unit) continue;
      if (/[数几上成]$/.test(before) || /^[几]/.test(rest)) {
        skip("vague");
        continue;
      }
      // 一家 is "a firm"; 第三家, 首家 are ranks; 两家, 三家, 十余个 are counts.
      const counting = !/^(年|月|日|天|期|次)$/.test(unit);
      if (counting && (!/^(家|个)/.test(rest.replace(/^[余多]/, "")) || (token.text === "一" && !token.approx) || /[第首]$/.test(before))) {
        skip(/[第首]$/.test(before) ? "rank" : "chinese_numeral_in_a_phrase");
        continue;
      }
    }
    if (
      token.form === "english" &&
      !/^\s*(?:national[- ]level\s+)?(?:incubators?|makerspaces?|maker[- ]spaces?|accelerators?|science parks?)/i.test(rest)
    ) {
      skip("no_unit");
      continue;
    }
    if (/第\s*$|前\s*$|排名\s*$|位列\s*$|Top\s*$/i.test(before) || /^\s*(位|名)(?!企业|人才|教授|博士|专家)/.test(rest)) {
      skip("rank");
      continue;
    }
    if (
      token.form === "digits" &&
      /^\d{4}$/.test(token.text) &&
      (/^\s*(年|年度)/.test(rest) || /^\s*[-－—–~至到]\s*\d{4}(?!\d)/.test(rest) || /\d{4}\s*[-－—–~至到]\s*$/.test(before))
    ) {
      skip("date");
      continue;
    }
    if (/[〔\[［﹝(（]\s*\d{4}\s*[〕\]］﹞)）]\s*$/.test(before + token.text) || /[〔［﹝]\s*$/.test(before) || /^\s*号/.test(rest)) {
      skip("phone_or_code");
      continue;
    }
    if (/^\s*(月|日|时)/.test(rest) || /^\s*(年)/.test(rest)) {
      skip(/^\s*年(以来|来|间|内)|^\s*年(?!\d)/.test(rest) && !/\d{4}/.test(token.text) ? "duration" : "date");
      continue;
    }
    // 0515-88888888, 025-8327 5610: a phone number's parts.
    if (token.form === "digits" && (/^-\d{3,}/.test(rest) || /\d-$/.test(before) || /(电话|传真|热线|Tel)[:：\s]*$/i.test(before))) {
      skip("phone_or_code");
      continue;
    }
    if (token.form === "digits" && token.text.replace(/\D/g, "").length >= 7 && !token.multiplier && !unit) {
      skip("phone_or_code");
      continue;
    }
    if (/^[、.．]/.test(rest) && /(^|[。；：\s])$/.test(before)) {
      skip("list_number");
      continue;
    }
    if (/^\s*个百分点/.test(rest)) {
      skip("percentage_points");
      continue;
    }
    if (
      token.form === "percent" &&
      /(增长|增加|增幅|下降|减少|提高|提升|上升|同比|环比|增速|降低|翻)(了|达|为|约|超|近)?\s*$/.test(before)
    ) {
      skip("growth_rate");
      continue;
    }
    if (/元$/.test(unit)) {
      // Award funds and funds leveraged are indicators; other money is not a carrier figure.
      if (!/奖补资金|地方投入|总收入/.test(clauseAround(sentence, token.start))) {
        skip("money");
        continue;
      }
    }
    if (unit === "人" || unit === "名" || unit === "位" || unit === "人次") {
      if (!/从业人员|毕业生|吸纳就业|在孵[^，。；]*人数|团队人数/.test(clauseAround(sentence, token.start))) {
        skip("people");
        continue;
      }
    }
    if (unit === "亩" || unit === "平方公里") {
      skip("land_area");
      continue;
    }
    if (OTHER_UNITS.has(unit)) {
      skip("other_unit");
      continue;
    }
    if (/^(年|月|日|天)$/.test(unit)) {
      skip(unit === "年" ? "duration" : "date");
      continue;
    }
    if (!unit && token.form !== "percent" && token.form !== "fraction" && token.form !== "english" && !/^\s*以上/.test(rest)) {
      skip("no_unit");
      continue;
    }
    if (!carrierSentence) {
      skip("no_carrier_word");
      continue;
    }
    let end = unitEnd;
    const after = qualifierAfter(sentence.slice(end));
    if (after?.word === "以上") end = sentence.indexOf("以上", end) + 2;
    const qualifier = qualifierBefore(before)?.qualifier ?? qualifierInside(token) ?? after?.qualifier ?? "exact";
    found.push({
      kind: "candidate",
      candidate: { token, printed: sentence.slice(token.start, end), start: token.start, end, unit, qualifier },
    });
  }
  return found;
}

/** The clause around an offset (between ，；：。 marks). */
function clauseAround(sentence: string, at: number): string {
  const start = Math.max(...[...sentence.slice(0, at).matchAll(/[，,；;：:。]/g)].map((m) => m.index! + 1), 0);
  const endMatch = /[，,；;：:。]/.exec(sentence.slice(at));
  return sentence.slice(start, endMatch ? at + endMatch.index : sentence.length);
}
