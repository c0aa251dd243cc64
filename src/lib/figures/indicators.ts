/**
 * The indicator id for what a figure's words say it counts (src/lib/figures/labels.ts):
 * 国家级科技企业孵化器 → national_incubators, 每年新增省级以上双创载体 →
 * new_provincial_plus_carriers, 在孵企业 → incubated_firms, 奖补资金 in 亿元 →
 * provincial_award_funds_cumulative. Only ids present in data/indicators.csv are suggested;
 * otherwise the indicator is left empty with the reason, for the editor to choose.
 */
import type { Reading } from "./labels.ts";

export interface IndicatorInfo {
  id: string;
  name_zh: string;
  unit: string;
  carrier: string;
  level: string;
  measure: string;
}

export interface IndicatorChoice {
  indicator: string;
  reason: string;
}

/**
 * The indicator id for a reading, if data/indicators.csv has one. `unit` is the unit the figure
 * is printed in (家, 万平方米, 人, 元, %), `sentence` the sentence (for area and money words).
 */
export function chooseIndicator(
  r: Reading,
  indicators: Map<string, IndicatorInfo>,
  context: { sentence: string; label: string; unit: string; institution: boolean },
): IndicatorChoice {
  const { label, unit, sentence } = context;
  const pick = (id: string | undefined, why = ""): IndicatorChoice => {
    if (!id) return { indicator: "", reason: `indicator: no indicator for ${describe(r)}; choose one${why ? ` (${why})` : ""}` };
    if (!indicators.has(id)) return { indicator: "", reason: `indicator: ${id} would fit, but it is not in data/indicators.csv` };
    const note = [why, r.guessed ? `the carrier (${r.words}) is named earlier in the sentence, not next to the figure; check` : ""]
      .filter(Boolean)
      .join("; ");
    return { indicator: id, reason: note ? `indicator: ${note}` : "" };
  };
  if (/平方米|平米/.test(unit)) {
    // The place's floor area in use vs. the area of named parks or buildings.
    const whole =
      /承载空间|总面积|孵化面积|科创载体建设|^科创载体/.test(label) &&
      !/园|港|谷|基地|实验|平台|生物医药/.test(label.replace(/科创载体建设/, ""));
    return whole && !context.institution
      ? pick("carrier_floor_area")
      : pick("carrier_floor_area_partial", "the area of named carriers or buildings, not the place's total; check");
  }
  if (/元$/.test(unit)) {
    if (/奖补资金/.test(label)) return pick("provincial_award_funds_cumulative");
    if (/地方投入/.test(label)) return pick("local_funds_leveraged_cumulative");
    if (/总收入/.test(label)) return pick("incubated_firms_revenue");
    return pick(undefined);
  }
  if (unit === "人") {
    if (r.concept === "graduates_employed") return pick("graduates_employed");
    if (r.concept === "employees" || r.concept === "firms_and_teams" || /从业人员/.test(label))
      return pick(/在孵企业和(?:创业)?团队/.test(sentence) ? "employees_in_incubated_firms_and_teams" : "employees_in_incubated_firms");
    return pick(undefined);
  }
  if (r.measure === "share") {
    if (/优良率/.test(label)) return pick("provincial_incubators_good_rate");
    if (/科技型中小企业/.test(label)) return pick("incubated_firms_smes_share");
    if (/占全国[^，。；]*(优秀|A类)|(优秀|A类)[^，。；]*占全国|优秀总数/.test(label))
      return pick("national_incubators_rated_excellent_share_of_country");
    if (/获评优秀|优秀率/.test(label)) return pick("national_incubators_rated_excellent_share_of_region");
    if (/占全国/.test(label) && r.concept === "incubator")
      return pick(r.level === "national" ? "national_incubators_share_of_country" : "incubators_share_of_country");
    return pick(undefined, "a share of what is not clear");
  }
  // An indicator whose own printed name is next to the figure (创新创业服务组织) beats a guess.
  if (r.guessed || !r.concept) {
    const named = byName(r, indicators, label);
    if (named) return named;
  }
  const { concept, level, measure } = r;
  if (measure === "evaluation") {
    const rated = !/参评|参与|进行[^，。；]*评价|评价结果|考评/.test(label) || /获评|评为/.test(label);
    if (concept === "university_science_park") return pick(rated ? "university_science_parks_rated_excellent" : undefined);
    if (concept === "incubator" || concept === "")
      return pick(
        rated
          ? level === "national" || /国家级/.test(sentence)
            ? "national_incubators_rated_excellent"
            : undefined
          : level === "provincial_plus"
            ? "provincial_plus_incubators_evaluated"
            : level === "provincial"
              ? "provincial_incubators_evaluated"
              : "national_incubators_evaluated",
      );
    if ((concept === "carrier" || concept === "incubators_and_maker_spaces") && !rated && level === "provincial_plus")
      return pick("provincial_plus_carriers_evaluated");
    return pick(undefined);
  }
  if (measure === "list") {
    if (concept === "benchmark_leading") return pick("benchmark_incubators_leading");
    if (concept === "benchmark_cultivating") return pick("benchmark_incubators_cultivating");
    if (concept === "future_parks" || /未来产业科技园/.test(sentence)) return pick("future_industry_science_parks");
    if (concept === "incubator" || (concept === "" && /孵化器/.test(sentence)))
      return pick(
        level === "provincial" || (/省级/.test(sentence) && !/国家级/.test(sentence))
          ? "provincial_incubators_newly_listed"
          : "national_incubators_newly_listed",
      );
    if (concept === "maker_space") return pick("national_maker_spaces_newly_listed");
  }
  if (measure === "flow") {
    if (concept === "specialized_carrier")
      return pick(level === "provincial_plus" || level === "all" ? "new_provincial_plus_specialized_carriers" : undefined);
    if (concept === "carrier" || concept === "incubators_and_maker_spaces")
      return pick({ national: "new_national_carriers", provincial_plus: "new_provincial_plus_carriers", all: "new_carriers" }[level]);
    if (concept === "incubated_firms")
      return pick(/国家级[^，。；]*大学科技园/.test(label) ? "new_incubated_firms_national_incubators_and_parks" : "new_incubated_firms");
    if (concept === "firms_incubated") return pick("new_incubated_firms", "孵化…企业 read as new incubated firms; check");
    if (concept === "science_enclave") return pick("new_science_enclaves");
    if (concept === "accelerator") return pick("new_accelerators");
    if (concept === "innovation_platforms") return pick("new_innovation_platforms");
    if (concept === "teams") return pick("new_startup_teams");
    if (concept === "new_registered") return pick("new_firms_registered_in_maker_spaces");
  }
  const cumulative = /累计|已孵化|孵化出|培育出|已培育/.test(label);
  const byConcept: Record<string, string | Record<string, string>> = {
    firms_and_teams: "incubated_firms_and_teams",
    student_founded: "student_founded_firms_and_teams",
    graduates_employed: "graduates_employed",
    new_registered: "new_firms_registered_in_maker_spaces",
    graduated: cumulative ? "graduated_firms_cumulative" : "graduated_firms",
    incubated_firms: "incubated_firms",
    returnee_firms: "returnee_firms_incubated",
    high_tech_firms: "high_tech_firms_cultivated",
    tech_smes: "tech_smes_cultivated",
    firms_incubated: "incubated_firms_cumulative",
    projects: "incubated_projects_cumulative",
    teams: "new_startup_teams",
    benchmark_leading: "benchmark_incubators_leading",
    benchmark_cultivating: "benchmark_incubators_cultivating",
    benchmark: "benchmark_incubators",
    future_parks: "future_industry_science_parks",
    specialized_incubator: "specialized_incubators",
    specialized_maker_space: "specialized_maker_spaces",
    innovation_platforms: "innovation_platforms",
    innovation_carriers: "innovation_carriers",
    incubator: {
      national: "national_incubators",
      provincial: "provincial_incubators",
      provincial_plus: "provincial_plus_incubators",
      municipal_plus: "municipal_plus_incubators",
      all: "incubators",
    },
    maker_space: {
      national: "national_maker_spaces",
      provincial: "provincial_maker_spaces",
      provincial_plus: "provincial_plus_maker_spaces",
      municipal: "municipal_maker_spaces",
      municipal_plus: "municipal_plus_maker_spaces",
      all: "maker_spaces",
    },
    carrier: { national: "national_carriers", provincial_plus: "provincial_plus_carriers", all: "carriers" },
    incubators_and_maker_spaces: {
      national: "national_incubators_and_maker_spaces",
      provincial_plus: "provincial_plus_carriers",
      all: "carriers",
    },
    university_science_park: { national: "national_university_science_parks" },
    accelerator: { all: "accelerators" },
    science_enclave: { all: "science_enclaves" },
  };
  const entry = byConcept[concept];
  const id = typeof entry === "string" ? entry : entry?.[level];
  if (id) return pick(id, concept === "projects" ? "projects read as incubated projects; check" : "");
  return byName(r, indicators, label) ?? pick(undefined);
}

/** An indicator whose printed name (name_zh) occurs in the label: for indicators editors add. */
function byName(r: Reading, indicators: Map<string, IndicatorInfo>, label: string): IndicatorChoice | undefined {
  const named = [...indicators.values()]
    .filter((i) => i.name_zh.length >= 4 && label.includes(i.name_zh.replace(/数$/, "")))
    .sort((a, b) => b.name_zh.length - a.name_zh.length);
  if (named[0]) return { indicator: named[0].id, reason: `indicator: its name ${named[0].name_zh} is printed` };
  return r.concept ? undefined : undefined;
}

function describe(r: Reading): string {
  const parts = [r.level !== "all" ? r.level : "", r.concept || "no carrier word", r.measure !== "stock" ? r.measure : ""].filter(Boolean);
  return `"${r.words}" (${parts.join(", ")})`;
}
