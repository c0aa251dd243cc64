/**
 * A figure as printed, read as a number: 7.7万 → 77000, 1/4 → 25 (a share in %), 46.7% → 46.7,
 * 900余家 → 900 and "more than", 两家 → 2, 8 507家 → 8507, 720社 → 720, "eight national …" → 8.
 * Only the form changes; a figure is never rounded, so a fraction whose decimal does not end
 * (1/3) is refused rather than cut short.
 *
 * The value is in the indicator's unit, as data/observations.csv stores it: a 万 or 亿 printed
 * with the figure is kept as a multiplier unless the unit itself starts with it (539万平方米 is
 * 539 in 万平方米 but 5390000 in 平方米; 3亿元 is 3 in 亿元; 1748億元 is 174800000000 in 元).
 *
 * The same lexer finds the numbers in a sentence for the figure extractor (src/lib/figures/), so
 * the dataset's check and the extractor read a printed figure the same way.
 */

export type Qualifier = "exact" | "more_than" | "nearly" | "about" | "at_least";

/** A number found in a text. Its value is exact: `mantissa` × 10^`exponent`. */
export interface NumberToken {
  /** The number as printed, without qualifiers or unit: "7.7万", "1/4", "46.7%", "十余", "8 507". */
  text: string;
  /** Offsets of `text` in the scanned string. */
  start: number;
  end: number;
  form: "digits" | "chinese" | "english" | "percent" | "fraction";
  mantissa: bigint;
  exponent: number;
  /** For a fraction (1/4, 四分之一): numerator and denominator. */
  fraction?: [bigint, bigint];
  /** The multiplier word printed after the number (万, 亿, 萬, million …), "" when none. */
  multiplier: string;
  /** 余 or 多 printed right after the number ("900余", "十余", "50余万"): more than. */
  approx: string;
}

const FULL_WIDTH = /[０-９％／．，]/g;

/** Full-width digits and signs as ASCII, one character for one, so offsets stay valid. */
export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const MULTIPLIERS: [string, number][] = [
  ["万亿", 12],
  ["萬億", 12],
  ["千万", 7],
  ["千萬", 7],
  ["亿", 8],
  ["億", 8],
  ["万", 4],
  ["萬", 4],
];
const ENGLISH_MULTIPLIERS: Record<string, number> = { thousand: 3, million: 6, billion: 9 };

/** Power of ten of a multiplier word, 0 for none. */
function power(multiplier: string): number {
  return MULTIPLIERS.find(([w]) => w === multiplier)?.[1] ?? ENGLISH_MULTIPLIERS[multiplier.toLowerCase()] ?? 0;
}

/** The power of ten a unit starts with: 4 for 万平方米, 8 for 亿元, 0 for 家. */
export function unitPower(unit: string): number {
  const found = MULTIPLIERS.find(([w]) => unit.startsWith(w));
  return found ? found[1] : 0;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_RUN = /[零〇一二两三四五六七八九十百千万亿]+/y;

/** Value of a Chinese numeral (两 → 2, 十二 → 12, 三百零五 → 305, 万 → 10000), or undefined. */
export function chineseNumeral(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(text)) return undefined;
  let yi = 0; // everything up to the last 亿
  let wan = 0; // the part multiplied by 万
  let section = 0; // below 万
  let digit: number | undefined;
  for (const c of text) {
    if (c in CN_DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined; // 二三: two digits in a row is no numeral
      digit = CN_DIGITS[c]!;
    } else if (c in CN_UNITS) {
      section += (digit ?? 1) * CN_UNITS[c]!;
      digit = undefined;
    } else if (c === "万") {
      // A bare 万 (近万家) is one 万.
      wan = (section + (digit ?? 0) || 1) * 1e4;
      section = 0;
      digit = undefined;
    } else {
      yi = (yi + wan + section + (digit ?? 0) || 1) * 1e8;
      wan = 0;
      section = 0;
      digit = undefined;
    }
  }
  return yi + wan + section + (digit ?? 0);
}

const ENGLISH_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ENGLISH_RUN = new RegExp(
  `\\b(${Object.keys(ENGLISH_NUMBERS).join("|")})(?:[- ](${["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"].join("|")}))?\\b`,
  "iy",
);

/**
 * Digits with thousands grouped by a comma or a space only where each group has exactly three
 * digits (8 507, 3,255), so that a table row "20 2 2 1" stays four numbers.
 */
const DIGITS = /\d{1,3}(?:(?:,|[ \u00a0\u2009])\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const FRACTION = /(\d+)\/(\d+)/y;
const CN_FRACTION = /([零〇一二两三四五六七八九十百]+)分之([零〇一二两三四五六七八九十百]+)/y;

function decimal(text: string): { mantissa: bigint; exponent: number } {
  const plain = text.replace(/[, \u00a0\u2009]/g, "");
  const [whole, frac = ""] = plain.split(".");
  return { mantissa: BigInt(whole! + frac), exponent: -frac.length };
}

/** Reads the multiplier and 余/多 after a number ending at `i` (spaces allowed before them). */
function tail(text: string, i: number, english: boolean): { multiplier: string; approx: string; end: number } {
  let j = i;
  while (text[j] === " ") j++;
  let approx = "";
  if (!english && /[余餘多]/.test(text[j] ?? "")) {
    approx = text[j]!;
    j++;
  }
  let multiplier = "";
  if (english) {
    const m = /^ (thousand|million|billion)\b/i.exec(text.slice(i));
    if (m) return { multiplier: m[1]!, approx: "", end: i + m[0].length };
    return { multiplier: "", approx: "", end: i };
  }
  const found = MULTIPLIERS.find(([w]) => text.startsWith(w, j));
  if (found) {
    multiplier = found[0];
    j += multiplier.length;
    // 50余万平方米: 余 may also come after the multiplier (1万余家).
    if (!approx && /[余餘多]/.test(text[j] ?? "")) {
      approx = text[j]!;
      j++;
    }
  }
  if (!approx && !multiplier) return { multiplier: "", approx: "", end: i };
  return { multiplier, approx, end: j };
}

export interface ScanOptions {
  /** Read Chinese numerals (两, 十余, 三百) too. Default true. */
  chinese?: boolean;
  /** Read English number words (eight, twenty-three) too. Default true. */
  english?: boolean;
}

/** Every number in `text`, left to right. */
export function scanNumbers(source: string, options: ScanOptions = {}): NumberToken[] {
  const text = halfWidth(source);
  const tokens: NumberToken[] = [];
  let i = 0;
  const at = (re: RegExp) => {
    re.lastIndex = i;
    return re.exec(text);
  };
  while (i < text.length) {
    const c = text[i]!;
    const prev = text[i - 1] ?? "";
    if (/\d/.test(c) && !/[\d.]/.test(prev)) {
      const fraction = at(FRACTION);
      if (fraction) {
        const num = BigInt(fraction[1]!);
        const den = BigInt(fraction[2]!);
        tokens.push({ text: source.slice(i, i + fraction[0].length), start: i, end: i + fraction[0].length, form: "fraction", mantissa: 0n, exponent: 0, fraction: [num, den], multiplier: "", approx: "" });
        i += fraction[0].length;
        continue;
      }
      const digits = at(DIGITS)!;
      let end = i + digits[0].length;
      const { mantissa, exponent } = decimal(digits[0]);
      if (text[end] === "%") {
        end++;
        tokens.push({ text: source.slice(i, end), start: i, end, form: "percent", mantissa, exponent, multiplier: "", approx: "" });
      } else {
        const rest = /^ ?(?:per ?cent|percent)\b/i.exec(text.slice(end));
        if (rest) {
          end += rest[0].length;
          tokens.push({ text: source.slice(i, end), start: i, end, form: "percent", mantissa, exponent, multiplier: "", approx: "" });
        } else {
          const t = tail(text, end, false);
          const english = t.end === end ? tail(text, end, true) : t;
          end = english.end;
          tokens.push({ text: source.slice(i, end), start: i, end, form: "digits", mantissa, exponent, multiplier: english.multiplier, approx: english.approx });
        }
      }
      i = end;
      continue;
    }
    if (options.chinese !== false && /[零〇一二两三四五六七八九十百千万亿]/.test(c)) {
      const fraction = at(CN_FRACTION);
      if (fraction) {
        const den = chineseNumeral(fraction[1]!);
        const num = chineseNumeral(fraction[2]!);
        if (den !== undefined && num !== undefined && den > 0) {
          const end = i + fraction[0].length;
          tokens.push({ text: source.slice(i, end), start: i, end, form: "fraction", mantissa: 0n, exponent: 0, fraction: [BigInt(num), BigInt(den)], multiplier: "", approx: "" });
          i = end;
          continue;
        }
      }
      const run = at(CN_RUN)!;
      // 三十万 is one numeral (chineseNumeral folds 万 in); 十余万 puts 万 after 余.
      const numeral = run[0];
      let multiplier = "";
      const value = chineseNumeral(numeral);
      if (value !== undefined) {
        let end = i + numeral.length;
        let approx = "";
        if (/[余餘多]/.test(text[end] ?? "")) {
          approx = text[end]!;
          end++;
          const after = MULTIPLIERS.find(([w]) => text.startsWith(w, end));
          if (after) {
            multiplier = after[0];
            end += multiplier.length;
          }
        }
        tokens.push({ text: source.slice(i, end), start: i, end, form: "chinese", mantissa: BigInt(value), exponent: 0, multiplier, approx });
        i = end;
        continue;
      }
      i += run[0].length;
      continue;
    }
    if (options.english !== false && /[a-z]/i.test(c) && !/[a-z]/i.test(prev)) {
      const word = at(ENGLISH_RUN);
      if (word) {
        const value = ENGLISH_NUMBERS[word[1]!.toLowerCase()]! + (word[2] ? ENGLISH_NUMBERS[word[2].toLowerCase()]! : 0);
        let end = i + word[0].length;
        const t = tail(text, end, true);
        end = t.end;
        tokens.push({ text: source.slice(i, end), start: i, end, form: "english", mantissa: BigInt(value), exponent: 0, multiplier: t.multiplier, approx: "" });
        i = end;
        continue;
      }
      while (i < text.length && /[a-z]/i.test(text[i]!)) i++;
      continue;
    }
    i++;
  }
  return tokens;
}

/** Decimal text of mantissa × 10^exponent, exactly. */
function toDecimal(mantissa: bigint, exponent: number): string {
  const negative = mantissa < 0n;
  let digits = (negative ? -mantissa : mantissa).toString();
  if (exponent >= 0) digits += "0".repeat(exponent);
  else {
    digits = digits.padStart(-exponent + 1, "0");
    const point = digits.length + exponent;
    digits = `${digits.slice(0, point)}.${digits.slice(point)}`.replace(/\.?0+$/, "");
  }
  return (negative ? "-" : "") + digits;
}

export type Converted = { ok: true; value: number; text: string } | { ok: false; error: string };

/** The token's value in `unit` (the indicator's unit: 家, 万平方米, 亿元, % …). */
export function convert(token: NumberToken, unit: string): Converted {
  const percentUnit = unit === "%" || unit === "％";
  if (token.form === "fraction") {
    if (!percentUnit) return { ok: false, error: `${token.text} is a fraction, but the unit is ${unit || "not a share"}` };
    const [num, den] = token.fraction!;
    if (den === 0n) return { ok: false, error: `${token.text} divides by zero` };
    for (let k = 0; k <= 20; k++) {
      const scaled = 100n * num * 10n ** BigInt(k);
      if (scaled % den === 0n) {
        const text = toDecimal(scaled / den, -k);
        return { ok: true, value: Number(text), text };
      }
    }
    return { ok: false, error: `${token.text} as a percentage has no exact decimal, and a figure is never rounded` };
  }
  if (token.form === "percent" && !percentUnit) return { ok: false, error: `${token.text} is a percentage, but the unit is ${unit || "not %"}` };
  const text = toDecimal(token.mantissa, token.exponent + power(token.multiplier) - unitPower(unit));
  return { ok: true, value: Number(text), text };
}

const BEFORE: [RegExp, Qualifier][] = [
  [/(不少于|不低于|不下于|至少|最少)\s*$/, "at_least"],
  [/(超过|超出|超|逾|突破|多于|高于|大于|超過)\s*$/, "more_than"],
  [/(接近|将近|將近|几近|幾近|近)\s*$/, "nearly"],
  [/(大约|大約|约为|約為|约|約|大概)\s*$/, "about"],
  [/\bat least\s+$/i, "at_least"],
  [/\b(more than|over|above|in excess of|upwards of)\s+$/i, "more_than"],
  [/\b(nearly|almost|close to|just under)\s+$/i, "nearly"],
  [/\b(about|around|approximately|roughly|some)\s+$/i, "about"],
];

/** The qualifier printed right before a number (超过, 近, 约, 不少于, "more than" …), if any. */
export function qualifierBefore(text: string): { qualifier: Qualifier; word: string } | undefined {
  for (const [re, qualifier] of BEFORE) {
    const m = re.exec(text);
    if (m) return { qualifier, word: m[0].trim() };
  }
  return undefined;
}

/**
 * Counters and units a figure is printed with. Longest first, so that 万平方米 is read whole;
 * 社 is the Japanese counter for firms (720社).
 */
export const UNIT_WORDS = [
  "万平方米",
  "平方公里",
  "平方米",
  "平米",
  "人次",
  "家（个）",
  "个（家）",
  "家(个)",
  "个(家)",
  "亿元",
  "万元",
  "元",
  "家",
  "个",
  "社",
  "所",
  "座",
  "项",
  "人",
  "名",
  "位",
  "件",
  "次",
  "场",
  "亩",
  "批",
  "支",
  "户",
  "期",
  "年",
  "月",
  "日",
  "天",
];

/** The unit printed right after a number's end (spaces allowed), or "". */
export function unitAfter(text: string, end: number): { unit: string; end: number } {
  let j = end;
  while (text[j] === " ") j++;
  const unit = UNIT_WORDS.find((u) => text.startsWith(u, j));
  return unit ? { unit, end: j + unit.length } : { unit: "", end };
}

/** The qualifier printed after a figure's unit (5家以上, 500以上, 100万左右), if any. */
export function qualifierAfter(text: string): { qualifier: Qualifier; word: string } | undefined {
  const m = /^\s*(以上的|以上|左右|上下|or more|and more|plus)/i.exec(text);
  if (!m) return undefined;
  const word = m[1]!;
  if (word === "左右" || word === "上下") return { qualifier: "about", word };
  return { qualifier: "more_than", word: word === "以上的" ? "以上" : word };
}

/** The qualifier a token carries itself (900余, 500多, 十余). */
export function qualifierInside(token: NumberToken): Qualifier | undefined {
  return token.approx ? "more_than" : undefined;
}

export type ParsedPrinted =
  | { ok: true; value: number; qualifier: Qualifier | undefined; token: NumberToken }
  | { ok: false; error: string };

/**
 * Reads `value_as_printed` (the figure as printed, possibly with its qualifier and a few words:
 * "5家以上", "近万家", "其中国家级45家", "more than 500 incubators") as a value in `unit`.
 * `qualifier` is what the printed text itself says (900余 → more_than), undefined when it says
 * nothing (the quote around it may).
 */
export function parsePrintedValue(printed: string, unit: string): ParsedPrinted {
  const text = halfWidth(printed);
  const digits = scanNumbers(text, { chinese: false, english: false });
  let tokens = digits;
  if (tokens.length === 0) tokens = scanNumbers(text, { english: false });
  if (tokens.length === 0) tokens = scanNumbers(text, { chinese: false });
  if (tokens.length === 0) return { ok: false, error: `"${printed}" prints no number` };
  if (tokens.length > 1) return { ok: false, error: `"${printed}" prints more than one number (${tokens.map((t) => t.text).join(", ")})` };
  const token = tokens[0]!;
  const converted = convert(token, unit);
  if (!converted.ok) return converted;
  const before = qualifierBefore(text.slice(0, token.start));
  const after = qualifierAfter(text.slice(unitAfter(text, token.end).end));
  const inside = qualifierInside(token);
  const said = [before?.qualifier, inside, after?.qualifier].filter((q): q is Qualifier => q !== undefined);
  if (new Set(said).size > 1) return { ok: false, error: `"${printed}" has two qualifiers (${said.join(", ")})` };
  return { ok: true, value: converted.value, qualifier: said[0], token };
}
