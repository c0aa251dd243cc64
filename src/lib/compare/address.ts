/**
 * The comparison page's address holds the reader's choice, so that copying it shares the
 * comparison: /compare/?regions=320000,330000&indicator=national_incubators (places by their
 * GB/T 2260 code or zone id, in the reader's order; one indicator). Reading an address keeps what
 * the page can draw and says what it left out, never guessing a place. Pure.
 */
import { url } from "../urls.ts";

/** Two places make a comparison; more than eight lines or bars no longer read. */
export const MIN_PLACES = 2;
export const MAX_PLACES = 8;

export interface Choice {
  regions: string[];
  indicator: string;
}

export interface ReadChoice extends Choice {
  /** What the address asked for that the page cannot draw, in words (empty when nothing). */
  problems: string[];
}

/** What the page can draw: the places and indicators it offers. */
export interface Offered {
  regions: Set<string>;
  indicators: Set<string>;
}

/** The address of a comparison (places in order, each once), under the site's base path. */
export function compareHref(choice: Choice): string {
  const params = [
    choice.regions.length > 0 ? `regions=${choice.regions.map(encodeURIComponent).join(",")}` : "",
    choice.indicator ? `indicator=${encodeURIComponent(choice.indicator)}` : "",
  ].filter(Boolean);
  return params.length > 0 ? `${url.compare()}?${params.join("&")}` : url.compare();
}

/** The choice an address's query string (location.search) holds, as far as the page can draw it. */
export function readChoice(search: string, offered: Offered): ReadChoice {
  const query = new URLSearchParams(search);
  const asked = (query.get("regions") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const problems: string[] = [];
  const unknown = asked.filter((r) => !offered.regions.has(r));
  if (unknown.length > 0) problems.push(`没有这些地区的数字，已略去：${unknown.join("、")}`);
  let regions = [...new Set(asked.filter((r) => offered.regions.has(r)))];
  if (regions.length > MAX_PLACES) {
    problems.push(`最多比较${MAX_PLACES}个地区，只取前${MAX_PLACES}个`);
    regions = regions.slice(0, MAX_PLACES);
  }
  let indicator = query.get("indicator") ?? "";
  if (indicator && !offered.indicators.has(indicator)) {
    problems.push(`没有可比较的指标“${indicator}”`);
    indicator = "";
  }
  return { regions, indicator, problems };
}

/** Whether a choice can be drawn: two to eight places and an indicator. */
export const complete = (choice: Choice) =>
  choice.indicator !== "" && choice.regions.length >= MIN_PLACES && choice.regions.length <= MAX_PLACES;
