/**
 * An indicator's page (/data/indicators/<id>/): what it counts, in the words of the tables'
 * definition (tables.ts, so that a label is written once), and every figure of it as a table of
 * figures by place (observation-table.ts). Pure.
 */
import { observationTable, type ObservationTableContext, type ObservationTableRow } from "./observation-table.ts";
import { indicators, labelOf, type Indicator, type Observation } from "./tables.ts";

export interface IndicatorPage {
  title: string;
  /** 英文名, 单位, 口径, 定义, in that order. */
  facts: { term: string; detail: string }[];
  /** The indicator's id, shown as code. */
  id: string;
  caption: string;
  rows: ObservationTableRow[];
}

export function indicatorPage(indicator: Indicator, observations: Observation[], context: ObservationTableContext): IndicatorPage {
  const title = indicator.name_zh ?? indicator.id ?? "";
  return {
    title,
    facts: [
      { term: "英文名", detail: indicator.name_en ?? "" },
      { term: "单位", detail: indicator.unit ?? "" },
      { term: "口径", detail: indicator.measure ? labelOf(indicators, "measure", indicator.measure) : "" },
      { term: "定义", detail: indicator.definition ?? "" },
    ],
    id: indicator.id ?? "",
    caption: `${title}：全部数据（${observations.length} 条）`,
    rows: observationTable(observations, "region", context),
  };
}
