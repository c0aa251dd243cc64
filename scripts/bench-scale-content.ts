/**
 * SYNTHETIC CONTENT, FOR THE BENCHMARK ONLY (npm run bench:scale): a content folder of made-up
 * issues, articles and policies in the proportions of the real ones, written into a temporary
 * folder and never committed. Every title and every body says it is synthetic. The places are
 * real codes from data/regions.csv (the build refuses unknown ones), weighted towards Jiangsu as
 * the bulletins are; charts use the site's MDX components over the released snapshot, as the
 * real articles do, over the indicators that have figures in the dataset (the charts on pages of
 * real content differ from each other too).
 *
 * Proportions, from the seed content (29 articles, 1 policy, 3 issues): about 10 articles an
 * issue, one policy per 30 articles, 2.8 places an article, one article in six with charts (1.8
 * charts each), about 1,000 characters an article.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parseRegions, type Region } from "../src/lib/places/regions.ts";

/** A seeded generator (mulberry32), so that a size always gives the same content. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERIES = [
  {
    id: "he-cheng-jian-bao",
    name: "合成测试简报（基准测试用，非真实刊物）",
    sections: ["政策速递", "行业动态", "载体建设", "地方动态", "他山之石"],
  },
  { id: "he-cheng-dong-tai", name: "合成测试动态（基准测试用，非真实刊物）", sections: ["工作动态", "经验交流"] },
  { id: "he-cheng-can-kao", name: "合成测试参考（基准测试用，非真实刊物）", sections: [] as string[] },
];

/** Words the synthetic sentences are made of: the bulletins' vocabulary, in no true order. */
const WORDS = (
  "科技企业孵化器 众创空间 加速器 大学科技园 科创飞地 在孵企业 高新技术企业 创新创业 双创载体 孵化服务 投融资 " +
  "产学研 成果转化 专业化 国家级 省级 市级 绩效评价 认定 备案 奖补 政策 实施细则 行动计划 高质量发展 营商环境 " +
  "人才引进 技术转移 创业导师 路演 大赛 园区 开发区 高新区 产业集群 数字经济 生物医药 新能源 集成电路 人工智能 " +
  "服务体系 全链条 资源共享 合作交流 示范基地 培育 建设 推动 支持 完善 加强 提升 打造 构建 引导 鼓励 聚焦"
).split(" ");

export interface ScaleContent {
  articles: number;
  issues: number;
  policies: number;
  charts: number;
  places: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Writes synthetic content with `articles` articles into `dir` (which must be empty). */
export function writeSyntheticContent(dir: string, articles: number, root: string, seed = 1): ScaleContent {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const regions = parseRegions(readFileSync(join(root, "data/regions.csv"), "utf8"));
  const jiangsuTop = regions.filter((r) => r.code === "320000" || (r.parent === "320000" && r.level === "city"));
  const jiangsuCounties = regions.filter((r) => r.code.startsWith("32") && r.level === "county");
  const otherTop = regions.filter((r) => !r.code.startsWith("32") && r.level !== "county");
  const otherCounties = regions.filter((r) => !r.code.startsWith("32") && r.level === "county");
  /** Half the mentions are Jiangsu or its cities, a quarter its counties, the rest elsewhere. */
  const place = (): Region => {
    const x = next();
    return pick(x < 0.5 ? jiangsuTop : x < 0.75 ? jiangsuCounties : x < 0.9 ? otherTop : otherCounties);
  };
  // Indicators with actual figures for two or more places: those an editor would chart.
  const observations = parseCsv(readFileSync(join(root, "data/observations.csv"), "utf8"), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
  const placesOf = new Map<string, Set<string>>();
  for (const o of observations.filter((o) => o.kind === "actual"))
    placesOf.set(o.indicator!, (placesOf.get(o.indicator!) ?? new Set()).add(o.region!));
  const charted = [...placesOf]
    .filter(([, p]) => p.size >= 2)
    .map(([i]) => i)
    .sort();
  const sentence = (names: string[]) => `${pick(names)}${Array.from({ length: 6 + Math.floor(next() * 8) }, () => pick(WORDS)).join("")}。`;
  const body = (names: string[], chars: number) => {
    const paragraphs: string[] = ["（本文为合成内容，仅用于性能测试，不是真实报道。）"];
    let length = 0;
    while (length < chars) {
      const p = Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentence(names)).join("");
      paragraphs.push(p);
      length += p.length;
    }
    return paragraphs.join("\n\n");
  };
  const CHARTS = [
    () =>
      `<PeerBars indicator="${pick(charted)}" ${pick(['level="province"', 'parent="320000" level="city"'])} highlight="320000" caption="{indicator}（{kind}）：{until}的数字（合成示例）" snapshot="2026-11-23" />`,
    () => `<TileGrid grid="${pick(["jiangsu", "provinces"])}" indicator="${pick(charted)}" />`,
    () =>
      `<RegionSeries region="320000" indicators="incubators,provincial_plus_incubators,national_incubators" scopes caption="江苏省{indicators}数量（合成示例）" snapshot="2026-11-23" />`,
    () =>
      `<TargetTable parent="320900" source="policy:yancheng-incubator-plan-2023-2025" caption="目标表（合成示例）" snapshot="2026-11-23" />`,
    () =>
      `<Incentives source="jiangsu-shuangchuang/2022-02/03-wo-sheng-duo-di-chu-tai" caption="奖补金额（合成示例）" snapshot="2026-11-23" />`,
    () =>
      `<PartsOfWhole region="320000" whole="carriers" parts="incubators,maker_spaces" period="2021-12-31" caption="载体总数与其中各类（合成示例）" snapshot="2026-11-23" />`,
  ];

  for (const s of SERIES) {
    mkdirSync(join(dir, "series"), { recursive: true });
    writeFileSync(
      join(dir, "series", `${s.id}.yaml`),
      `name: ${s.name}\ndescription: 合成内容，仅用于性能测试。\nsections:${s.sections.length ? s.sections.map((x) => `\n  - ${x}`).join("") : " []"}\n`,
    );
  }

  const mentioned = new Set<string>();
  let charts = 0;
  let written = 0;
  let issues = 0;
  const numbers = new Map<string, number>();
  while (written < articles) {
    const series = SERIES[issues % SERIES.length]!;
    const number = (numbers.get(series.id) ?? 0) + 1;
    numbers.set(series.id, number);
    const year = 2000 + Math.floor((number - 1) / 12);
    const month = ((number - 1) % 12) + 1;
    const folder = join(dir, "issues", series.id, `${year}-${pad(month, 2)}`);
    mkdirSync(folder, { recursive: true });
    const count = Math.min(articles - written, 8 + Math.floor(next() * 5));
    const toc: string[] = [];
    const sections = new Set<string>();
    for (let order = 1; order <= count; order++) {
      const n = written + order;
      const section = series.sections.length ? series.sections[Math.floor(((order - 1) * series.sections.length) / count)]! : undefined;
      if (section) sections.add(section);
      const places = [...new Set(Array.from({ length: 1 + Math.floor(next() * 4) + (next() < 0.3 ? 1 : 0) }, place))];
      places.forEach((p) => mentioned.add(p.code));
      const title = `合成文章${pad(n, 5)}：${places[0]!.name}${pick(WORDS)}${pick(WORDS)}`;
      toc.push(`  - title: ${title}${section ? `\n    section: ${section}` : ""}`);
      const chartLines: string[] = [];
      if (next() < 1 / 6) for (let c = 0; c < 1 + Math.floor(next() * 3); c++) chartLines.push(pick(CHARTS)());
      charts += chartLines.length;
      const text = body(
        places.map((p) => p.name),
        900,
      );
      const paragraphs = text.split("\n\n");
      paragraphs.splice(Math.min(2, paragraphs.length), 0, ...chartLines);
      writeFileSync(
        join(folder, `${pad(order, 2)}-he-cheng-${pad(n, 5)}.mdx`),
        `---\ntitle: ${title}\n${section ? `section: ${section}\n` : ""}order: ${order}\nsource: 合成内容\nplaces:\n${places.map((p) => `  - "${p.code}"`).join("\n")}\n---\n\n${paragraphs.join("\n\n")}\n`,
      );
    }
    writeFileSync(
      join(folder, "issue.yaml"),
      `series: ${series.id}\nyear: ${year}\nnumber: ${month}\ndate: ${year}-${pad(month, 2)}-15\nprovenance:\n  year: printed\n  number: printed\n  date: printed\nsections:${
        sections.size ? [...sections].map((x) => `\n  - ${x}`).join("") : " []"
      }\ntoc:\n${toc.join("\n")}\n`,
    );
    written += count;
    issues++;
  }

  const policies = Math.max(1, Math.round(articles / 30));
  mkdirSync(join(dir, "policies"), { recursive: true });
  for (let i = 1; i <= policies; i++) {
    const places = [...new Set(Array.from({ length: 2 + Math.floor(next() * 4) }, place))];
    places.forEach((p) => mentioned.add(p.code));
    const chapters = Array.from(
      { length: 4 },
      (_, c) =>
        `## 第${c + 1}章 ${pick(WORDS)}${pick(WORDS)}\n\n${body(
          places.map((p) => p.name),
          700,
        )}`,
    );
    writeFileSync(
      join(dir, "policies", `he-cheng-zheng-ce-${pad(i, 4)}.mdx`),
      `---\ntitle: 合成政策${pad(i, 4)}（基准测试用，非真实文件）\nissuer: 合成发文部门\nlevel: 市级\ndate: ${2010 + (i % 15)}-${pad((i % 12) + 1, 2)}-01\nthemes:\n  - 合成\nplaces:\n${places
        .map((p) => `  - "${p.code}"`)
        .join("\n")}\n---\n\n（本文件为合成内容，仅用于性能测试，不是真实政策。）\n\n${chapters.join("\n\n")}\n`,
    );
  }
  return { articles, issues, policies, charts, places: mentioned.size };
}
