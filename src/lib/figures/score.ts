/**
 * How well the extractor does on documents whose figures are already recorded: recall (the share
 * of recorded rows for which a suggestion has the same source, value, qualifier and region, and a
 * quote that contains the recorded one or is contained in it) and precision (the share of
 * suggestions that match a recorded row, or repeat a recorded figure of the same source from
 * another sentence, which the review file marks as recorded: a policy states a target twice). Also how often the matched suggestions agree on the
 * indicator, the period and the kind, which the recall does not require.
 */
import { normaliseSpace } from "../data/quote.ts";
import type { ObservationRow } from "./extract.ts";

export interface Score {
  recorded: number;
  found: number;
  suggested: number;
  matching: number;
  /** Of the recorded rows found: how many of the suggestions also agree on these. */
  sameIndicator: number;
  samePeriod: number;
  sameKind: number;
  /** Recorded rows not found, for the report. */
  missed: ObservationRow[];
}

const quoteOverlap = (a: string, b: string) => {
  const x = normaliseSpace(a);
  const y = normaliseSpace(b);
  return x.includes(y) || y.includes(x);
};

export function matches(suggestion: ObservationRow, recorded: ObservationRow): boolean {
  return (
    suggestion.source === recorded.source &&
    suggestion.value !== "" &&
    Number(suggestion.value) === Number(recorded.value) &&
    suggestion.qualifier === recorded.qualifier &&
    suggestion.region === recorded.region &&
    quoteOverlap(suggestion.quote, recorded.quote)
  );
}

/** The same figure of the same source, printed in another sentence (data:check's duplicate key). */
export function repeats(suggestion: ObservationRow, recorded: ObservationRow): boolean {
  return (
    suggestion.source === recorded.source &&
    suggestion.indicator !== "" &&
    suggestion.value !== "" &&
    [suggestion.region, suggestion.indicator, suggestion.period, suggestion.kind, Number(suggestion.value), suggestion.qualifier].join(
      "|",
    ) === [recorded.region, recorded.indicator, recorded.period, recorded.kind, Number(recorded.value), recorded.qualifier].join("|")
  );
}

export function score(suggestions: ObservationRow[], recorded: ObservationRow[]): Score {
  const result: Score = {
    recorded: recorded.length,
    found: 0,
    suggested: suggestions.length,
    matching: 0,
    sameIndicator: 0,
    samePeriod: 0,
    sameKind: 0,
    missed: [],
  };
  for (const r of recorded) {
    const hits = suggestions.filter((s) => matches(s, r));
    if (hits.length === 0) {
      result.missed.push(r);
      continue;
    }
    result.found++;
    if (hits.some((s) => s.indicator === r.indicator)) result.sameIndicator++;
    if (hits.some((s) => s.period === r.period && s.date_basis === r.date_basis)) result.samePeriod++;
    if (hits.some((s) => s.kind === r.kind && s.target_type === r.target_type)) result.sameKind++;
  }
  result.matching = suggestions.filter((s) => recorded.some((r) => matches(s, r) || repeats(s, r))).length;
  return result;
}

export const recall = (s: Score) => (s.recorded === 0 ? 1 : s.found / s.recorded);
export const precision = (s: Score) => (s.suggested === 0 ? 1 : s.matching / s.suggested);

/** One line: recall and precision with their counts. */
export function formatScore(s: Score): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return `recall ${pct(recall(s))} (${s.found}/${s.recorded}), precision ${pct(precision(s))} (${s.matching}/${s.suggested}); of the rows found, same indicator ${s.sameIndicator}, same period and date_basis ${s.samePeriod}, same kind and target_type ${s.sameKind}`;
}
