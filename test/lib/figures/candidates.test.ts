/** Which numbers of a sentence are candidate figures, and why the others are skipped. */
import { describe, expect, it } from "vitest";
import { readNumbers } from "../../../src/lib/figures/candidates.ts";

const read = (sentence: string) =>
  readNumbers(sentence).map((f) =>
    f.kind === "skip" ? `skip ${f.reason} ${f.text}` : `${f.candidate.printed} ${f.candidate.unit || "-"} ${f.candidate.qualifier}`,
  );

describe("candidate figures", () => {
  it("keeps carrier counts with their counter and qualifier", () => {
    expect(
      read("截至目前，全省纳入统计的各类科技企业孵化器超过1000家、在孵企业超过4万家，其中国家级科技企业孵化器总数达到244家。"),
    ).toEqual(["1000家 家 more_than", "4万家 家 more_than", "244家 家 exact"]);
  });

  it("keeps 以上 after the counter in the printed form, as the dataset does", () => {
    expect(read("每年新增省级以上孵化载体5家以上。")).toEqual(["5家以上 家 more_than"]);
  });

  it("reads 余, 近, 不少于, spaces and Chinese numerals", () => {
    expect(read("累计孵化项目100 余个，建有省级孵化器 5 家、众创空间两家，带动地方投入近7亿元。")).toEqual([
      "100 余个 个 more_than",
      "5 家 家 exact",
      "两家 家 exact",
      "7亿元 元 nearly",
    ]);
    expect(read("每年新增省级以上双创载体不少于20家。")).toEqual(["20家 家 at_least"]);
    expect(read("全省已有十余个孵化器。")).toEqual(["十余个 个 more_than"]);
  });

  it("keeps shares as percentages and fractions", () => {
    expect(read("江苏省92家孵化器获评优秀，占全国优秀总数的近1/4，优良率达46.7%。")).toEqual([
      "92家 家 exact",
      "1/4 - nearly",
      "46.7% - exact",
    ]);
  });
});

describe("skipped numbers", () => {
  it("skips dates, years and durations", () => {
    expect(read("4月25日，2022年度孵化器名单公布，连续两年，未来3到5年共建孵化器。")).toEqual([
      "skip date 4",
      "skip date 25",
      "skip date 2022",
      "skip duration 两",
      "skip no_unit 3",
      "skip duration 5",
    ]);
  });

  it("skips ranks, list numbers, phone numbers and document numbers", () => {
    expect(read("孵化器数量居全国第3位。")).toEqual(["skip rank 3"]);
    expect(read("前5个地区的孵化器占比超过54%。")).toEqual(["skip rank 5", "54% - more_than"]);
    expect(read("1、加强孵化器建设。")).toEqual(["skip list_number 1"]);
    expect(read("首家孵化器和第三家孵化器。")).toEqual(["skip rank 三"]);
    expect(read("孵化器咨询电话02583275610。")).toEqual(["skip phone_or_code 02583275610"]);
    expect(read("落实《激励政策》(盐政发﹝2021﹞19号)中孵化载体的奖励。")).toEqual(["skip phone_or_code 2021", "skip phone_or_code 19"]);
  });

  it("skips growth rates and percentage points, not shares", () => {
    expect(read("全省科技创业载体总数达2145家，较上年增长13.5%，提高2个百分点。")).toEqual([
      "2145家 家 exact",
      "skip growth_rate 13.5%",
      "skip percentage_points 2",
    ]);
  });

  it("skips money that no indicator counts, but keeps award funds", () => {
    expect(read("对新认定的国家级孵化器给予最高100万元奖励。")).toEqual(["skip money 100万"]);
    expect(read("对孵化器进行奖励，2017年以来省级累计奖补资金达3亿元。")).toEqual(["skip date 2017", "3亿元 元 exact"]);
  });

  it("skips people who are not employed by incubated firms, but keeps employment", () => {
    expect(read("孵化器累计引进外籍人才41人。")).toEqual(["skip people 41"]);
    expect(read("在孵企业和创业团队从业人员66.5万人。")).toEqual(["66.5万人 人 exact"]);
  });

  it("skips counts of other things and land areas", () => {
    expect(read("孵化器开展活动300余次，解答疑问300余项，规划17平方公里。")).toEqual([
      "skip other_unit 300余",
      "skip other_unit 300余",
      "skip land_area 17",
    ]);
  });

  it("skips vague amounts, and reads numerals in names as words", () => {
    expect(read("建成数十家孵化器，打造“一廊一园一港”，一是加强孵化器建设，其中一家孵化器。")).toEqual([
      "skip vague 十",
      "skip chinese_numeral_in_a_phrase 一",
    ]);
  });

  it("skips numbers in sentences that name no carrier", () => {
    expect(read("全年完成技术合同成交额490亿元，引进企业120家。")).toEqual(["skip money 490亿", "skip no_carrier_word 120"]);
  });
});
