/**
 * Figures in a table whose header (or first column) names places, such as a plan's target table
 * (重点目标任务预期表: one row per indicator, one column per county and zone): every numeric cell is
 * a suggestion for its column's place and its row's indicator, quoted as the row without its
 * number column, dated by the caption's span (2023-2025年) and a target where the caption or the
 * document says so.
 */
import { parsePrintedValue, type Qualifier } from "../data/printed-value.ts";
import type { SkipReason } from "./candidates.ts";
import { planSpan, timing, type DocumentDate } from "./dates.ts";
import type { FigureDocument, Lookups, Suggestion } from "./extract.ts";
import { chooseIndicator } from "./indicators.ts";
import { readLabel } from "./labels.ts";
import { chooseRegion, Gazetteer, type PlaceContext } from "./places.ts";
import { simplified, type Block } from "./text.ts";

/** Header or first-column cells that name places: 全市, 东台市, 盐南高新区, 市开发区 … */
function tablePlace(
  cell: string,
  g: Gazetteer,
  ctx: Omit<PlaceContext, "sentence" | "paragraph">,
): { region: string; reason: string } | undefined {
  const name = cell.trim();
  if (!name) return undefined;
  const mentions = g.mentions(name, ctx.context);
  const whole = mentions.length === 1 && mentions[0]!.end - mentions[0]!.start === name.length ? mentions[0] : undefined;
  if (whole) {
    const choice = chooseRegion(g, { ...ctx, sentence: { text: name, mentions: [whole] }, paragraph: [] }, name.length, 0);
    return choice.region ? choice : undefined;
  }
  // 市开发区, 市高新区: the zone of the document's city.
  const zone = /^(市|区|县)?(经济技术开发区|开发区|经开区|高新区|高新技术产业开发区)$/.exec(name);
  if (zone) {
    const city = chooseRegion(
      g,
      { ...ctx, sentence: { text: "全市", mentions: [{ id: "", start: 0, end: 2, name: "全市", collective: "city" }] }, paragraph: [] },
      2,
      0,
    ).region;
    const short = g.regions.get(city)?.name.replace(/市$/, "");
    if (!short) return undefined;
    const names = /高新/.test(zone[2]!)
      ? [`${short}高新技术产业开发区`, `${short}高新区`]
      : [`${short}经济技术开发区`, `${short}经济开发区`, `${short}开发区`];
    for (const n of names) {
      const m = g.mentions(n, ctx.context).find((x) => x.end === n.length && x.start === 0);
      if (m) return { region: m.id, reason: `region: ${name} read as ${n}` };
    }
  }
  return undefined;
}

export function readTable(
  table: Extract<Block, { kind: "table" }>,
  doc: FigureDocument,
  lookups: Lookups,
  date: DocumentDate,
  base: Omit<PlaceContext, "sentence" | "paragraph">,
  caption: string,
  skipped: Map<SkipReason, number>,
): Suggestion[] {
  const g = lookups.gazetteer;
  const count = (reason: SkipReason, n = 1) => skipped.set(reason, (skipped.get(reason) ?? 0) + n);
  const header = table.header.map(simplified);
  const indexColumn = /^(序号|编号|No\.?)$/i.test(header[0] ?? "") || table.rows.every((r, i) => r.cells[0] === String(i + 1)) ? 1 : 0;
  const headerPlaces = header.map((h) => tablePlace(h, g, base));
  const columnsArePlaces = headerPlaces.filter(Boolean).length >= 2;
  const rowPlaces = table.rows.map((r) => tablePlace(simplified(r.cells[indexColumn] ?? ""), g, base));
  const rowsArePlaces = !columnsArePlaces && rowPlaces.filter(Boolean).length >= 2;
  const numeric = (cell: string) => parsePrintedValue(cell, "").ok && /\d/.test(cell);
  if (!columnsArePlaces && !rowsArePlaces) {
    count(
      "no_carrier_word",
      table.rows.reduce((n, r) => n + r.cells.filter(numeric).length, 0),
    );
    return [];
  }
  const span = planSpan(caption) ?? date.planSpan;
  const target = date.policy === true || /预期|目标|任务|计划/.test(caption);
  const suggestions: Suggestion[] = [];
  for (const [r, row] of table.rows.entries()) {
    const printedCells = row.cells;
    const cells = printedCells.map(simplified);
    const quote = printedCells.slice(indexColumn).join(" ");
    for (let col = indexColumn + 1; col < cells.length; col++) {
      const cell = cells[col]!;
      if (!numeric(cell)) continue;
      const place = columnsArePlaces ? headerPlaces[col] : rowPlaces[r];
      const label = columnsArePlaces ? cells[indexColumn]! : header[col]!;
      if (!place) {
        count("no_unit");
        continue;
      }
      const reading = readLabel({
        before: label,
        after: "",
        earlier: caption,
        sentence: `${caption} ${label}`,
        unit: "",
        share: /%/.test(cell),
        listedWithPrevious: false,
      });
      const indicator = chooseIndicator(reading, lookups.indicators, {
        sentence: label,
        label,
        unit: /%/.test(cell) ? "%" : "家",
        institution: false,
      });
      const info = lookups.indicators.get(indicator.indicator);
      const parsed = parsePrintedValue(cell, info?.unit ?? "");
      const reasons = [place.reason, indicator.reason];
      const eachYear = /年度|每年|年均/.test(label);
      const isNew = reading.measure === "flow";
      const targetYear = span?.[1];
      const qualifier: Qualifier = parsed.ok ? (parsed.qualifier ?? "exact") : "exact";
      if (!parsed.ok) reasons.push(`value: ${parsed.error}`);
      if (target && !span) reasons.push("period: the table's span is not printed in its caption");
      const whenActual = timing({
        sentence: caption,
        at: caption.length,
        clauseFrom: 0,
        respectively: -1,
        before: [],
        measure: info?.measure,
        isNew,
        doc: date,
      });
      suggestions.push({
        row: {
          id: "",
          region: place.region,
          indicator: indicator.indicator,
          period: target ? (span ? `${span[0]}/${span[1]}` : "") : whenActual.period,
          date_basis: target ? (span ? "year" : "none") : whenActual.date_basis,
          kind: target ? "target" : "actual",
          target_type: target ? (eachYear ? "each_year" : isNew ? "total_over" : "reach_by") : "",
          target_year: target && targetYear ? String(targetYear) : "",
          value: parsed.ok ? String(parsed.value) : "",
          value_as_printed: printedCells[col]!,
          qualifier,
          source: doc.source,
          quote,
          note: "",
        },
        reason: [...reasons, target ? "" : whenActual.reason, `table row ${r + 1}, column ${header[col] ?? col + 1}`]
          .filter(Boolean)
          .join("; "),
        file: doc.file,
        line: row.line,
      });
    }
  }
  return suggestions;
}
