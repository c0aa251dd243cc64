/** How a figure is written on the page: as printed, with its qualifier (超过, 近 …) shown. */
import { labelOf, observations } from "./tables.ts";

/** `超过1000家` from value_as_printed 1000家 and qualifier more_than; `500以上` stays as printed. */
export function displayValue(observation: Record<string, string>): string {
  const printed = observation.value_as_printed ?? "";
  const label = observation.qualifier ? labelOf(observations, "qualifier", observation.qualifier) : "";
  // The printed figure may carry its qualifier already (500以上, 900余家, 超1万家, 近1/4).
  if (!label || /以上|余|多|超|近|约|不少于|至少/.test(printed)) return printed;
  return `${label}${printed}`;
}

/** A citation in GB/T 7714-2015 style for a snapshot. */
export function citeGbt7714(snapshot: string, released: string, url: string, today: string): string {
  return `双创载体信息. 双创载体统计数据集：快照 ${snapshot}[DS/OL]. (${released})[${today}]. ${url}.`;
}

/** A BibTeX entry for a snapshot. */
export function citeBibtex(snapshot: string, released: string, url: string): string {
  const key = `shuangchuang_dataset_${snapshot.replace(/[^0-9a-z]/g, "")}`;
  return [
    `@misc{${key},`,
    `  title = {双创载体统计数据集：快照 ${snapshot}},`,
    `  author = {{双创载体信息}},`,
    `  year = {${released.slice(0, 4)}},`,
    `  date = {${released}},`,
    `  version = {${snapshot}},`,
    `  url = {${url}},`,
    `  note = {Parquet and CSV; every figure with its source and quote}`,
    `}`,
  ].join("\n");
}
