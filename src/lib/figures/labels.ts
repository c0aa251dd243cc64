/**
 * What the words around a figure say it counts, before any indicator id: the carrier or outcome
 * (孵化器, 众创空间, 载体, 在孵企业 …), its level (国家级, 省级以上 …) and whether it is a stock, a
 * flow (新增), an annual list (名单, 上榜), an evaluation (获评优秀, 参评) or a share. The head noun of
 * a Chinese noun phrase comes last, so the figure's own words are the last carrier word before it
 * in its clause (…孵化器超过1000家) or the one after its counter (30家…载体); a clause that names
 * only a level (其中国家级219家) takes its carrier from the figure before it.
 */
/** What the words around a figure say it counts, before it is mapped onto an indicator id. */
export interface Reading {
  /** The carrier or outcome: incubator, maker_space, incubated_firms, projects … ("" if none). */
  concept: string;
  level: string;
  /** 新增 (a flow), 名单/上榜 (an annual list), 获评优秀 (an evaluation), 占…比重 (a share). */
  measure: "stock" | "flow" | "list" | "evaluation" | "share";
  /** The words the reading rests on, for the reason column. */
  words: string;
  /** The counter is followed by a noun that is no carrier (10余个设区市): the figure counts that. */
  other?: boolean;
  /** The carrier was taken from earlier in the sentence, not from the figure's own clause. */
  guessed?: boolean;
}

/** Carrier and outcome words, most specific first. */
const CONCEPTS: [RegExp, string][] = [
  [/在孵企业和(?:创业)?团队/, "firms_and_teams"],
  [/大学生创办(?:的)?(?:团队和企业|企业和团队|企业|团队)/, "student_founded"],
  [/应届(?:大学)?毕业生|高校毕业生/, "graduates_employed"],
  [/从业人员|从业人数/, "employees"],
  [/新注册企业/, "new_registered"],
  [/毕业企业/, "graduated"],
  [/在孵(?:科技)?企业|入孵企业/, "incubated_firms"],
  [/海创企业/, "returnee_firms"],
  [/高新技术企业|高企/, "high_tech_firms"],
  [/科技型中小企业/, "tech_smes"],
  [/孵化(?:注册)?企业|孵化(?!器)(?:出)?[^，。；]{0,12}企业|培育(?:出)?[^，。；]{0,30}企业/, "firms_incubated"],
  [/(?:孵化|入孵|孵育)[^，。；]{0,40}项目|项目/, "projects"],
  [/创业团队/, "teams"],
  [/引领类[^，。；]{0,12}标杆孵化器/, "benchmark_leading"],
  [/培育类[^，。；]{0,12}标杆孵化器/, "benchmark_cultivating"],
  [/标杆孵化器/, "benchmark"],
  [/未来产业科技园/, "future_parks"],
  [/专业(?:化|型)孵化器/, "specialized_incubator"],
  [/专业(?:化|型)众创空间/, "specialized_maker_space"],
  [/专业(?:化|型)(?:双创|孵化|科创)?载体/, "specialized_carrier"],
  [/(?:科技企业)?孵化器[、和及与]众创空间|(?:众创)?空间[、和及与](?:科技企业)?孵化器/, "incubators_and_maker_spaces"],
  [/(?:科技企业)?孵化器/, "incubator"],
  [/众创空间/, "maker_space"],
  [/加速器/, "accelerator"],
  [/(?:国家)?大学科技园/, "university_science_park"],
  [/飞地/, "science_enclave"],
  [/创新创业平台|双创平台/, "innovation_platforms"],
  [/创新载体/, "innovation_carriers"],
  [/载体|孵化机构|创业孵化机构/, "carrier"],
  [/奖补资金/, "award_funds"],
  [/地方投入/, "local_funds"],
  [/总收入/, "revenue"],
];

/** Concepts a level word can qualify (国家级 …孵化器), as against firms and people. */
export const CARRIER_CONCEPTS = new Set([
  "incubator",
  "maker_space",
  "accelerator",
  "university_science_park",
  "science_enclave",
  "carrier",
  "incubators_and_maker_spaces",
  "specialized_carrier",
  "specialized_incubator",
  "specialized_maker_space",
]);

const LEVELS: [RegExp, string][] = [
  [/(?:省级及以上|省级以上|省级和国家级)/, "provincial_plus"],
  [/(?:市级及以上|市级以上)/, "municipal_plus"],
  [/国家级|国家(?=大学科技园|备案|专业)/, "national"],
  [/省级|省(?=科技型|优秀)/, "provincial"],
  [/市级/, "municipal"],
];

/** Nouns that are not carriers or their firms: a figure whose counter they follow counts them. */
const OTHER_NOUNS =
  /企业|公司|高校|院所|大学|学院|研究院|机构|中心|平台|基地|实验室|园区|产业园|协会|联盟|人才|专家|导师|基金|国家|地区|城市|设区市|县|区|镇|街道|部门|方面|领域|行业|产业|工程|股份|设备|活动|课题|学科|专业|班|批/;
/** What may follow a figure's counter when its head noun came before it (…孵化器超过1000家，). */
const VERBISH = /^(以上|左右|上下|的|在|获|上榜|入选|入围|落地|入驻|被|为|成为|和|与|及|或|以|之|中|里|内|，|。|；|、|）|\)|（|\(|”|"|,|;)/;

function lastMatch(text: string, re: RegExp): RegExpExecArray | undefined {
  let found: RegExpExecArray | undefined;
  for (const m of text.matchAll(new RegExp(re.source, "g"))) found = m as RegExpExecArray;
  return found;
}

/** The concept a text names, the last one (the head noun) where it names several. */
export function conceptOf(text: string): { concept: string; index: number; words: string } | undefined {
  let best: { concept: string; index: number; words: string } | undefined;
  for (const [re, concept] of CONCEPTS) {
    const m = lastMatch(text, re);
    if (!m) continue;
    const end = m.index + m[0].length;
    // The word that ends last is the head; a more specific word ending at the same place wins.
    if (!best || end > best.index + best.words.length) best = { concept, index: m.index, words: m[0] };
  }
  return best;
}

/** The level word nearest before `before` in `text`, or "". */
export function levelOf(text: string): string {
  let best: { level: string; at: number } | undefined;
  for (const [re, level] of LEVELS) {
    const m = lastMatch(text, re);
    if (m && (!best || m.index > best.at)) best = { level, at: m.index };
  }
  return best?.level ?? "";
}

export interface LabelInput {
  /** The clause before the figure (from the clause start, or the previous figure, to the number). */
  before: string;
  /** The clause after the figure's unit (to the clause end). */
  after: string;
  /** The sentence before the figure's clause. */
  earlier: string;
  /** The whole sentence, for list and evaluation words. */
  sentence: string;
  unit: string;
  /** percent or fraction: a share. */
  share: boolean;
  /** The reading of the figure printed before this one in the sentence, if any. */
  previous?: Reading;
  /** The last figure before this one in the sentence that counted carriers (for 其中国家级…). */
  previousCarrier?: Reading;
  /** The previous figure is in the same 、 list (国家级孵化器3家、众创空间4家). */
  listedWithPrevious: boolean;
  /** The sentence up to the figure from its last ；: where 每年 still applies. */
  part?: string;
  /** The previous figure is in the same clause (由2016年的14%上升到2021年的25%). */
  sameClauseAsPrevious?: boolean;
}

/**
 * The head noun after a counter (30家…科技孵化创业载体): the carrier word after the last 的 or 等
 * before it, unless a noun that is no carrier comes first (10余个设区市…孵化器认定 counts cities).
 * `other` is set where the counter is followed by such a noun.
 */
function headAfter(after: string): { concept?: { concept: string; index: number; words: string }; other: boolean } {
  const text = after.trimStart();
  if (!text || VERBISH.test(text)) return { other: false };
  if (/^(单位|家单位|机构)/.test(text)) return { other: false };
  // 24个各类重要产业园、众创空间…等创新载体: a list closed by 等 has its head noun after it.
  const list = /等([^，。；,;]*)/.exec(text);
  const afterList = list ? firstConcept(list[1]!) : undefined;
  if (afterList && !OTHER_NOUNS.test(list![1]!.slice(0, afterList.index).replace(MODIFIERS, "")))
    return { concept: { ...afterList, index: list!.index + 1 + afterList.index }, other: false };
  const first = firstConcept(text);
  const segment = first ? text.slice(0, first.index) : text;
  const head = segment.slice(Math.max(segment.lastIndexOf("的"), segment.lastIndexOf("等")) + 1).replace(MODIFIERS, "");
  if (first && !OTHER_NOUNS.test(head)) return { concept: first, other: false };
  return { other: true };
}

/** Level words and modifiers that may stand between a counter and its carrier word. */
const MODIFIERS = /国家级|省级及以上|省级以上|省级|市级及以上|市级以上|市级|各类|现有|相关|重要|新型|首批|高水平|国家|省/g;

/** The carrier word that starts first in `text` (the longest one starting there). */
function firstConcept(text: string): { concept: string; index: number; words: string } | undefined {
  let best: { concept: string; index: number; words: string } | undefined;
  for (const [re, concept] of CONCEPTS) {
    const m = new RegExp(re.source).exec(text);
    if (!m) continue;
    if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.words.length))
      best = { concept, index: m.index, words: m[0] };
  }
  return best;
}

/** Reads what the figure counts from the words around it. */
export function readLabel(input: LabelInput): Reading {
  const { before, after, earlier, sentence } = input;
  // A share or an amount has no counter noun after it; a count's head noun may follow (30家…载体).
  const head = input.share || /平方|元$/.test(input.unit) ? { other: false } : headAfter(after);
  // 培育出…等30余家企业, 创办10余家硬科技企业: firms a carrier incubated.
  const firms = /^[^，。；、]{0,6}企业(?!孵化器)/.test(after.trimStart()) && /孵化|培育|创办|引进/.test(before);
  const afterConcept = firms
    ? { concept: "firms_incubated", index: 0, words: after.trimStart().slice(0, after.trimStart().indexOf("企业") + 2) }
    : head.concept;
  const beforeConcept = conceptOf(before);
  // …与企业共建研发中心18家: the words just before a count name something that is no carrier.
  const genericBefore = /(?:入选|上榜|获批|入围)(?:单位|机构)$/.test(before);
  const beforeOther = !beforeConcept && !genericBefore && OTHER_NOUNS.test(before.slice(-8).replace(MODIFIERS, ""));
  let own = afterConcept ?? (head.other ? undefined : beforeConcept);
  const levelText = afterConcept ? after.trimStart().slice(0, afterConcept.index + afterConcept.words.length) : before;
  let level = levelOf(own ? levelText : before) || (afterConcept ? levelOf(before) : "");
  let words = own?.words ?? "";
  let concept = own?.concept ?? "";
  const previous = input.previous;

  // 其中国家级219家: a level without a carrier takes the carrier of the figure before it.
  const carrierBefore = previous && CARRIER_CONCEPTS.has(previous.concept) ? previous : input.previousCarrier;
  if (!own && !head.other && carrierBefore && level) {
    concept = carrierBefore.concept;
    words = carrierBefore.words;
  }
  // …孵化器名单，我省…25家单位上榜 (入选机构7家): a generic noun takes the carrier named earlier.
  if (!concept && (/^(?:单位|家单位|机构)/.test(after.trim()) || genericBefore)) {
    const earlierConcept = conceptOf(earlier);
    if (earlierConcept) {
      own = earlierConcept;
      concept = earlierConcept.concept;
      words = earlierConcept.words;
      level ||= levelOf(earlier.slice(0, earlierConcept.index + earlierConcept.words.length));
    }
  }
  // 新增…33家，总数达到927家: the total of what the figure before counted.
  let total = false;
  if (!concept && !head.other && previous && /总数|总量|总计|合计/.test(before) && previous.concept) {
    concept = previous.concept;
    words = previous.words;
    level ||= previous.level;
    total = true;
  }
  // 分别达60%、65%、70%: a figure listed after another with no words of its own is read as it.
  if (!concept && !head.other && previous && (input.listedWithPrevious || input.sameClauseAsPrevious)) {
    concept = previous.concept;
    words = previous.words;
    level ||= previous.level;
  }
  // 国家级科技企业孵化器3家、众创空间4家: the list shares its level.
  if (!level && input.listedWithPrevious && previous && CARRIER_CONCEPTS.has(concept)) level = previous.level;

  const around = `${before}${after}`;
  // 每年…孵化注册企业300余家: a yearly amount is a flow.
  const isNew = /新增|新建|新认定|新注册|组建|新组建|每年|年均|年度新增/.test(before) || /每年|年均/.test(input.part ?? "");
  // 其中国家级4家, 其中专业型载体不少于10家: a part of the figure before, counted the same way.
  const part = /^\s*其中/.test(before) && !!previous;
  if (part && !level) level = previous!.level === "all" ? "" : previous!.level;
  const inheritsNew = ((!own && !head.other) || part) && previous?.measure === "flow";
  let measure: Reading["measure"] = "stock";
  if (input.share) measure = "share";
  else if (
    /获评优秀|评为优秀|优秀（A类）|获评.*优秀|优秀\(A类\)/.test(around) ||
    (/优秀/.test(sentence) && /获评|评价结果/.test(sentence) && /单位/.test(after))
  )
    measure = "evaluation";
  else if (
    /参评|参与[^，。；]*(?:评价|考评)|进行[^，。；]*评价|评价结果|考评/.test(around) ||
    (/中$/.test(after.trim()) && /评价|考评/.test(sentence))
  )
    measure = "evaluation";
  else if (
    /名单|上榜|入选|首批|入围|新认定|认定为|备案为/.test(around) ||
    (/名单|上榜|入选/.test(sentence) && /单位|上榜|入选|入围/.test(after))
  )
    measure = "list";
  else if ((isNew || inheritsNew) && !total) measure = "flow";
  // 首批…名单，全国仅10家: a count with no words of its own counts the carrier named earlier.
  let guessed = false;
  if (!concept && !head.other && !beforeOther && !level) {
    const earlierConcept = conceptOf(earlier);
    if (earlierConcept && earlierConcept.concept !== "projects") {
      concept = earlierConcept.concept;
      words = earlierConcept.words;
      level = levelOf(earlier.slice(0, earlierConcept.index + earlierConcept.words.length));
      guessed = true;
      if (measure === "stock" && /名单|上榜|入选|首批/.test(earlier)) measure = "list";
    }
  }
  // 项目 counts incubated projects only where the clause says they were incubated.
  if (concept === "projects" && !/孵化|入孵|孵育/.test(around)) return { concept: "", level: "all", measure, words: words, other: true };
  const other = (head.other || (beforeOther && !concept)) && !firms;
  return { concept: other ? "" : concept, level: level || "all", measure, words: words || before.slice(-12), other, guessed };
}
