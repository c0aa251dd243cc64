/**
 * The text a figure is read from, in the shape the extractor needs: an article's body as blocks
 * (paragraphs, headings, tables, with their line in the file) and each paragraph as sentences.
 * Markdown is removed the way `plainText` (src/lib/data/quote.ts) removes it, so that a sentence
 * taken from here occurs in the text data:check verifies quotes against.
 */

export interface TableRow {
  /** 1-based line in the file. */
  line: number;
  cells: string[];
}

export type Block =
  | { kind: "paragraph"; line: number; text: string }
  | { kind: "heading"; line: number; text: string; level: number }
  | { kind: "table"; line: number; header: string[]; rows: TableRow[] };

/** A line's Markdown markers removed (bold, escapes, inline tags), as plainText does. */
export function inlineText(line: string): string {
  return line
    .replace(/<[^>]+>/g, "")
    .replace(/\*\*/g, "")
    .replace(/\\([\\`*_{}[\]<>|~#+=.)-])/g, "$1")
    .trim();
}

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map(inlineText);
}

/**
 * Blocks of a Markdown/MDX body (frontmatter already removed) or of plain text. `firstLine` is
 * the file line the body starts on. Components (`<Chart … />`) are left out: they print no text.
 * Lines of a paragraph are joined with a space, as the quote check's normalisation joins them.
 */
export function readBlocks(body: string, firstLine = 1): Block[] {
  const blocks: Block[] = [];
  const lines = body.split(/\r?\n/);
  let paragraph: { line: number; parts: string[] } | undefined;
  const flush = () => {
    if (paragraph && paragraph.parts.length > 0) blocks.push({ kind: "paragraph", line: paragraph.line, text: paragraph.parts.join(" ") });
    paragraph = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = firstLine + i;
    const trimmed = raw.trim();
    if (trimmed === "" || /^<.*>$/.test(trimmed)) {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    if (heading) {
      flush();
      blocks.push({ kind: "heading", line, text: inlineText(heading[2]!), level: heading[1]!.length });
      continue;
    }
    if (trimmed.startsWith("|")) {
      flush();
      const header = tableCells(trimmed);
      const rows: TableRow[] = [];
      let j = i + 1;
      for (; j < lines.length && lines[j]!.trim().startsWith("|"); j++) {
        const cells = lines[j]!.trim();
        if (/^\|(\s*:?-+:?\s*\|)+$/.test(cells)) continue;
        rows.push({ line: firstLine + j, cells: tableCells(cells) });
      }
      blocks.push({ kind: "table", line, header, rows });
      i = j - 1;
      continue;
    }
    const text = inlineText(trimmed.replace(/^- /, ""));
    if (!paragraph) paragraph = { line, parts: [] };
    if (text) paragraph.parts.push(text);
  }
  flush();
  return blocks;
}

export interface Sentence {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
}

const OPENERS: Record<string, string> = { "“": "”", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》" };
const ENDS = /[。！？!?…]/;

/**
 * Pairs each opening quote or bracket with its closing one; an opener that is never closed in the
 * paragraph is left out, so that one stray “ cannot swallow the rest of the paragraph.
 */
function pairedOpeners(text: string): Set<number> {
  const paired = new Set<number>();
  const stack: { char: string; index: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c in OPENERS) stack.push({ char: c, index: i });
    else {
      const at = stack.map((s) => OPENERS[s.char]).lastIndexOf(c);
      if (at >= 0) {
        paired.add(stack[at]!.index);
        stack.length = at;
      }
    }
  }
  return paired;
}

/**
 * Sentences of a paragraph: a sentence ends at 。！？ (or ". " before a capital in English) outside
 * quotes and brackets, and takes the closing quotes that follow it. A quotation that holds whole
 * sentences (“…。…。”) stays one sentence with its quotes, as the dataset quotes it.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paired = pairedOpeners(text);
  const closers: string[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    if (sentence) sentences.push({ text: sentence, start: start + lead });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c in OPENERS && paired.has(i)) {
      closers.push(OPENERS[c]!);
      continue;
    }
    if (closers.length > 0 && c === closers[closers.length - 1]) {
      closers.pop();
      // “…。” ends a sentence once its quote closes.
      if (closers.length === 0 && ENDS.test(text[i - 1] ?? "") && !/[，,、；;：:]/.test(text[i + 1] ?? "")) {
        let end = i + 1;
        while (/[”」』）)]/.test(text[end] ?? "")) end++;
        push(end);
        i = end - 1;
      }
      continue;
    }
    if (closers.length > 0) continue;
    const english = c === "." && text[i + 1] === " " && /[A-Z“"]/.test(text[i + 2] ?? "") && /[a-z0-9)]/.test(text[i - 1] ?? "");
    if (ENDS.test(c) || english) {
      let end = i + 1;
      while (ENDS.test(text[end] ?? "")) end++;
      while (/[”」』）)]/.test(text[end] ?? "")) end++;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return sentences;
}

/** Where each clause of a sentence starts: after ，；：、 and their ASCII forms, outside brackets. */
export function clauseStart(sentence: string, index: number): number {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < index; i++) {
    const c = sentence[i]!;
    if ("（(“「《".includes(c)) depth++;
    else if ("）)”」》".includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[，,；;：:。]/.test(c)) start = i + 1;
  }
  return start;
}

/** Where the clause holding `index` ends (the next ，；： or the sentence's end). */
export function clauseEnd(sentence: string, index: number): number {
  let depth = 0;
  for (let i = index; i < sentence.length; i++) {
    const c = sentence[i]!;
    if ("（(“「《".includes(c)) depth++;
    else if ("）)”」》".includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[，,；;：:。！？]/.test(c)) return i;
  }
  return sentence.length;
}

/**
 * Traditional characters as simplified ones, one for one (so offsets stay valid), for reading
 * pages printed in traditional characters (國家級眾創空間 reads as 国家级众创空间). Only the
 * characters the extractor's words and place names use; the quote keeps the text as printed.
 */
const TRADITIONAL =
  "眾創國萬億體載級業統計數園區縣蘇廣東單備認與產産學會團隊優評價達過餘約總類專範圍務獲經濟發開員從畢術實現寧長灣門龍貸資際擁納報導廳積權識顯鑒選連續繼記訊規駐飛間歲廠場內兩個後來為於這進還對將點減領頭項題額稅費貿賽轉較輔辦農醫藥網綠電車軟錢鐵陽陸雲風黃齊滬瀋鄭蘭廈濱臺島邊蕪鎮鄉號據屬層態標樣歷證營獨驗試構機設輸勢聯擴職勞動協議劃環織組衛觀樓壯佈並雙補貼獎勵線擬徵氣穩極彙匯準則義嚴變質審貢獻紀陣傳視頻聞屆處書們週階歸儲護險戶滿細綜舉盤簡關係韓亞歐頒顧興黨鏈復競爭當張豐圖奮鬥應緊隨讓倆偉傑嶺廬峽華葉蔣蕭薦虛蠶衝裝複覽訂許診詢該詳語誤說課調談請諮謀講讀貨販貫責買賣賠賴贏趕跡踐輕輪辭遞遠適遷遲遼邁郵鄰釋銀銷鋼錄鍵鎖閃閉閒闆陰陳雖雞離難靜響順預頓頁顆飯館養駕騰髮鬆魚鮮鳥鳳麥齒";
const SIMPLIFIED =
  "众创国万亿体载级业统计数园区县苏广东单备认与产产学会团队优评价达过余约总类专范围务获经济发开员从毕术实现宁长湾门龙贷资际拥纳报导厅积权识显鉴选连续继记讯规驻飞间岁厂场内两个后来为于这进还对将点减领头项题额税费贸赛转较辅办农医药网绿电车软钱铁阳陆云风黄齐沪沈郑兰厦滨台岛边芜镇乡号据属层态标样历证营独验试构机设输势联扩职劳动协议划环织组卫观楼壮布并双补贴奖励线拟征气稳极汇汇准则义严变质审贡献纪阵传视频闻届处书们周阶归储护险户满细综举盘简关系韩亚欧颁顾兴党链复竞争当张丰图奋斗应紧随让俩伟杰岭庐峡华叶蒋萧荐虚蚕冲装复览订许诊询该详语误说课调谈请咨谋讲读货贩贯责买卖赔赖赢赶迹践轻轮辞递远适迁迟辽迈邮邻释银销钢录键锁闪闭闲板阴陈虽鸡离难静响顺预顿页颗饭馆养驾腾发松鱼鲜鸟凤麦齿";
const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((c, i) => [c, SIMPLIFIED[i]!]));

export function simplified(text: string): string {
  let out = "";
  for (const c of text) out += TO_SIMPLIFIED.get(c) ?? c;
  return out;
}
