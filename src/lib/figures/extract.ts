/**
 * Suggests a document's figures as observation rows: every number of every sentence (and every
 * cell of a table whose header or first column names places) is read as a candidate or skipped
 * with a counted reason; each candidate gets its value, qualifier, quote, period and date_basis,
 * kind and target_type, region and indicator, and a reason wherever the extractor was unsure.
 * Pure: the caller reads the files (src/lib/server/figures.ts).
 */
import { convert, parsePrintedValue, unitPower } from "../data/printed-value.ts";
import { readNumbers, SKIP_REASONS, type Candidate, type SkipReason } from "./candidates.ts";
import { planSpan, timing, type DocumentDate } from "./dates.ts";
import { chooseIndicator, type IndicatorInfo } from "./indicators.ts";
import { CARRIER_CONCEPTS, conceptOf, readLabel, type Reading } from "./labels.ts";
import { chooseRegion, Gazetteer, type Mention, type PlaceContext } from "./places.ts";
import { readTable } from "./tables.ts";
import { clauseEnd, clauseStart, readBlocks, simplified, splitSentences } from "./text.ts";

/** The observation columns, in data/observations.csv's order. */
export const OBSERVATION_COLUMNS = [
  "id",
  "region",
  "indicator",
  "period",
  "date_basis",
  "kind",
  "target_type",
  "target_year",
  "value",
  "value_as_printed",
  "qualifier",
  "source",
  "quote",
  "note",
] as const;
export type ObservationRow = Record<(typeof OBSERVATION_COLUMNS)[number], string>;

/** A document to read figures from. */
export interface FigureDocument {
  /** Source id: a content id, policy:<slug>, or an external x- id. */
  source: string;
  title: string;
  kind: "article" | "policy" | "text";
  /** The body (Markdown/MDX without frontmatter, or plain text). */
  body: string;
  /** The file line the body starts on, so suggestions can point at it. */
  bodyLine: number;
  /** The file, for messages. */
  file: string;
  /** The file line of a body line, where the body is not the file's text as is (an unwrapped page). */
  lineOf?: (bodyLine: number) => number;
  date: DocumentDate;
  /** The document's places (frontmatter), region codes or zone ids. */
  places: string[];
  /** The province the publication is about (我省), if its name says. */
  home?: string;
}

export interface Suggestion {
  row: ObservationRow;
  /** Why the extractor is unsure, or what it assumed ("" when nothing). */
  reason: string;
  /** The file and line the figure is printed on. */
  file: string;
  line: number;
}

export interface Extraction {
  suggestions: Suggestion[];
  skipped: Map<SkipReason, number>;
}

export interface Lookups {
  gazetteer: Gazetteer;
  indicators: Map<string, IndicatorInfo>;
}

export function extractFigures(doc: FigureDocument, lookups: Lookups): Extraction {
  const { gazetteer: g } = lookups;
  const blocks = readBlocks(doc.body, doc.bodyLine);
  const skipped = new Map<SkipReason, number>();
  const suggestions: Suggestion[] = [];
  // Words and places are read in simplified characters; quotes keep the text as printed.
  const allText = simplified(blocks.map((b) => (b.kind === "table" ? "" : b.text)).join("\n"));
  const title = simplified(doc.title);
  const context = [...doc.places, ...(doc.home ? [doc.home] : [])];
  const titleMentions = g.mentions(title, context).filter((m) => !Gazetteer.incidental(title, m, -1));
  const institutions = [...new Set(g.mentions(allText, context).map((m) => m.id))].filter((id) => g.zones.get(id)?.kind === "institution");
  const date: DocumentDate = {
    ...doc.date,
    planSpan: doc.date.planSpan ?? planSpan(title) ?? planInText(allText),
    policy: doc.kind === "policy",
  };
  const base = {
    places: doc.places,
    context,
    home: doc.home,
    title: titleMentions,
    institution: institutions.length === 1 ? institutions[0] : undefined,
  };

  let lastHeading = "";
  let lastParagraph = "";
  for (const block of blocks) {
    if (block.kind === "table") {
      suggestions.push(...readTable(block, doc, lookups, date, base, simplified(`${lastHeading} ${lastParagraph}`), skipped));
      continue;
    }
    if (block.kind === "heading") lastHeading = block.text;
    else lastParagraph = block.text;
    const sentences = splitSentences(block.text);
    const earlierMentions: Mention[] = [];
    for (let s = 0; s < sentences.length; s++) {
      const quote = sentences[s]!.text;
      const sentence = simplified(quote);
      const mentions = g.mentions(sentence, context);
      const ctx: PlaceContext = { ...base, sentence: { text: sentence, mentions }, paragraph: earlierMentions.slice() };
      let previous: { reading: Reading; end: number; label: string } | undefined;
      let previousCarrier: Reading | undefined;
      const previousSentence = s > 0 ? simplified(sentences[s - 1]!.text) : "";
      const found = readNumbers(sentence, previousSentence);
      const respectivelyAt = sentence.indexOf("分别");
      let respectively = -1;
      for (const f of found) {
        if (f.kind === "skip") {
          skipped.set(f.reason, (skipped.get(f.reason) ?? 0) + 1);
          continue;
        }
        const c = f.candidate;
        if (respectivelyAt >= 0 && c.start > respectivelyAt) respectively++;
        const result = suggest(c, {
          sentence,
          previousSentence: /^(其中|其余|另有|此外|同时)/.test(sentence) ? previousSentence : "",
          quote,
          before: sentences.slice(0, s).map((x) => simplified(x.text)),
          ctx,
          doc,
          date,
          lookups,
          previous,
          previousCarrier,
          respectively: respectivelyAt >= 0 && c.start > respectivelyAt ? respectively : -1,
        });
        if ("skip" in result) {
          skipped.set(result.skip, (skipped.get(result.skip) ?? 0) + 1);
          continue;
        }
        previous = { reading: result.reading, end: c.end, label: result.label };
        if (CARRIER_CONCEPTS.has(result.reading.concept)) previousCarrier = result.reading;
        suggestions.push({ row: result.row, reason: result.reason, file: doc.file, line: doc.lineOf?.(block.line) ?? block.line });
      }
      earlierMentions.push(...mentions.filter((m) => !Gazetteer.incidental(sentence, m, -1)));
    }
  }
  return { suggestions, skipped };
}

function planInText(text: string): [number, number] | undefined {
  for (const m of text.matchAll(/《([^》]*)》/g)) {
    const span = planSpan(m[1]!);
    if (span) return span;
  }
  return undefined;
}

interface SuggestInput {
  /** The sentence in simplified characters, for reading. */
  sentence: string;
  /** The sentence as printed. */
  quote: string;
  /** The sentence before, where this one continues it (其中，…): its carrier words still apply. */
  previousSentence: string;
  before: string[];
  ctx: PlaceContext;
  doc: FigureDocument;
  date: DocumentDate;
  lookups: Lookups;
  previous?: { reading: Reading; end: number; label: string };
  previousCarrier?: Reading;
  respectively: number;
}

function suggest(
  c: Candidate,
  input: SuggestInput,
): { row: ObservationRow; reason: string; reading: Reading; label: string } | { skip: SkipReason } {
  const { sentence, doc, lookups, previous } = input;
  const from = Math.max(
    clauseStart(sentence, c.start),
    previous && !/[，,；;：:。]/.test(sentence.slice(previous.end, c.start)) ? previous.end : 0,
  );
  const before = sentence.slice(from, c.start).replace(/^[、，,\s]+/, "");
  const after = sentence.slice(c.end, clauseEnd(sentence, c.end));
  const share = c.token.form === "percent" || c.token.form === "fraction";
  const reading = readLabel({
    before,
    after,
    earlier: input.previousSentence + sentence.slice(0, clauseStart(sentence, c.start)),
    sentence,
    unit: c.unit,
    share,
    previous: previous?.reading,
    previousCarrier: input.previousCarrier,
    part: sentence.slice(Math.max(...[...sentence.slice(0, c.start).matchAll(/[；;]/g)].map((m) => m.index! + 1), 0), c.start),
    listedWithPrevious: !!previous && /^[^，,；;。]*、[^，,；;。]*$/.test(sentence.slice(previous.end, c.start)),
    sameClauseAsPrevious: !!previous && !/[，,；;：:。]/.test(sentence.slice(previous.end, c.start)),
  });
  const money = /元$/.test(c.unit);
  const area = /平方米|平米/.test(c.unit);
  if (reading.other && !money && !area) return { skip: "other_things" };
  if (!reading.concept && !share && !money && !area && !/人/.test(c.unit) && !before && !after) return { skip: "no_unit" };

  const region = chooseRegion(lookups.gazetteer, input.ctx, c.start, clauseStart(sentence, c.start));
  const institution = lookups.gazetteer.zones.get(region.region)?.kind === "institution";
  // Listed after the figure before it (60%、65%), or in its clause with no words of its own (由14%上升到…25%).
  const sameClause = !!previous && !/[，,；;：:。]/.test(sentence.slice(previous.end, c.start));
  const listed = sameClause && (!before.trim() || /^[^，,；;。]*、\s*$/.test(sentence.slice(previous!.end, c.start)) || !conceptOf(before));
  // 分别达60%、65%、70%: a listed figure with no words of its own is labelled as the first.
  const label = listed ? previous!.label : `${before}${c.printed}${after}`;
  const indicator = chooseIndicator(reading, lookups.indicators, { sentence, label, unit: c.unit, institution });
  const info = lookups.indicators.get(indicator.indicator);
  // A share with no carrier word (已入股…10%的股份) is some other share.
  if (share && !indicator.indicator && !reading.concept) return { skip: "other_things" };
  const when = timing({
    sentence,
    at: c.start,
    clauseFrom: clauseStart(sentence, c.start),
    respectively: input.respectively,
    before: input.before,
    measure: info?.measure ?? (reading.measure === "flow" ? "flow" : reading.measure === "stock" ? "stock" : reading.measure),
    isNew: reading.measure === "flow",
    doc: input.date,
  });
  const reasons = [region.reason, indicator.reason, when.reason];
  const unit = info?.unit ?? (unitPower(c.unit) > 0 ? c.unit : c.token.form === "percent" || c.token.form === "fraction" ? "%" : "");
  const converted = convert(c.token, unit);
  let value = "";
  if (converted.ok) value = converted.text;
  else reasons.push(`value: ${converted.error}`);
  // The printed form must read back as the value; a failure here is the extractor's, say so.
  const check = parsePrintedValue(c.printed, unit);
  if (converted.ok && (!check.ok || check.value !== converted.value))
    reasons.push(`value: ${c.printed} reads differently on its own; check`);
  const row: ObservationRow = {
    id: "",
    region: region.region,
    indicator: indicator.indicator,
    period: when.period,
    date_basis: when.date_basis,
    kind: when.kind,
    target_type: when.target_type,
    target_year: when.target_year,
    value,
    value_as_printed: input.quote.slice(c.start, c.end),
    qualifier: c.qualifier,
    source: doc.source,
    quote: input.quote,
    note: "",
  };
  return { row, reason: reasons.filter(Boolean).join("; "), reading, label };
}

/** Skip reasons as the summary prints them. */
export function describeSkipped(skipped: Map<SkipReason, number>): string[] {
  return [...skipped.entries()].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} ${SKIP_REASONS[reason]}`);
}
