/**
 * The extractor against the figures already recorded from the documents in content/ (today the
 * four seed documents), read from data/observations.csv as it is when the test runs: recall
 * (recorded rows whose value, qualifier and region a suggestion from the same sentence has) must
 * be at least 90 %; precision and the per-document figures are printed.
 */
import { describe, expect, it } from "vitest";
import { formatScore, precision, recall } from "../../../src/lib/figures/score.ts";
import { scoreContent, scoreExternalQuotes } from "../../../src/lib/server/figure-score.ts";

const root = new URL("../../../", import.meta.url).pathname;

describe("recall on the seed documents", () => {
  const { documents, total } = scoreContent(root);

  it("scores every document with recorded figures", () => {
    for (const d of documents) console.log(`${d.document}: ${formatScore(d.score)}`);
    console.log(`all: ${formatScore(total)}`);
    for (const m of total.missed) console.log(`  not found: ${m.id} ${m.value_as_printed} (${m.region}) ${m.quote.slice(0, 40)}…`);
    expect(documents.length).toBeGreaterThanOrEqual(1);
    expect(total.recorded).toBeGreaterThan(0);
  });

  it("finds at least 90 % of the recorded rows", () => {
    expect(recall(total)).toBeGreaterThanOrEqual(0.9);
  });

  it("has a precision to report", () => {
    expect(precision(total)).toBeGreaterThan(0);
  });
});

describe("the external rows' quotes, each read alone", () => {
  it("reports how many values, regions and indicators it finds", () => {
    const s = scoreExternalQuotes(root);
    console.log(
      `external quotes read alone: ${s.found}/${s.rows} values with their qualifier, ${s.sameRegion} with the region, ${s.sameIndicator} with the indicator (${s.suggested} suggestions)`,
    );
    expect(s.rows).toBeGreaterThan(0);
  });
});
