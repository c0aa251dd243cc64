/**
 * The choices a chart offers a reader in the browser. Each control sets one parameter of the
 * chart's query; the build tries every option and keeps those that draw something. Captions may
 * name a control's choice as {param}, filled in at build time and again after each change, so a
 * caption never describes the figures it no longer shows.
 */
export interface ControlOption {
  value: string;
  label: string;
}

export interface Control {
  /** The query parameter this control sets. */
  param: string;
  label: string;
  options: ControlOption[];
}

/** Which indicator the chart shows. */
export const indicatorControl = (indicators: { id: string; name: string }[]): Control => ({
  param: "indicator",
  label: "指标",
  options: indicators.map((i) => ({ value: i.id, label: i.name })),
});

/**
 * Which kind of carrier a region's series shows, every scope of it on its own line (all in the
 * statistics, provincial-or-higher, national): never joined into one series.
 */
export const scopesControl = (): Control => ({
  param: "indicators",
  label: "载体",
  options: [
    { value: "incubators,provincial_plus_incubators,national_incubators", label: "科技企业孵化器" },
    { value: "maker_spaces,provincial_plus_maker_spaces,national_maker_spaces", label: "众创空间" },
    { value: "carriers,provincial_plus_carriers,national_carriers", label: "科创载体" },
    { value: "incubated_firms", label: "在孵企业" },
  ],
});

/** Each place's latest figure, or its latest up to the end of a year (so dates line up). */
export const untilControl = (years: number[]): Control => ({
  param: "until",
  label: "时间",
  options: [{ value: "", label: "最新" }, ...years.map((y) => ({ value: `${y}-12-31`, label: `截至${y}年底` }))],
});

/**
 * Only the figures of one year, or every place's latest whatever its year: a comparison that
 * mixes years sets the older ones apart, and this lets the reader see one year alone. The build
 * keeps only the years that give the chart two or more figures of its own.
 */
export const yearControl = (years: number[]): Control => ({
  param: "year",
  label: "年份",
  options: [{ value: "", label: "各年份" }, ...years.filter((y) => y > 0).map((y) => ({ value: String(y), label: `只看${y}年的数字` }))],
});

/** Under a city: its counties, districts and zones together, or the counties and districts only. */
export const levelControl = (): Control => ({
  param: "level",
  label: "地区层级",
  options: [
    { value: "", label: "县（市、区）与园区" },
    { value: "county", label: "只看县（市、区）" },
  ],
});

/** Figures reported, or targets set. */
export const kindControl = (): Control => ({
  param: "kind",
  label: "实际或目标",
  options: [
    { value: "actual", label: "实际数" },
    { value: "target", label: "目标数" },
  ],
});

/** The caption with each {param} replaced by the label of the choice (or the value itself). */
export function fillCaption(template: string, label: (param: string) => string | undefined): string {
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, param: string) => label(param) ?? whole);
}

/** At build time: the label of a parameter's value among the controls, else the value. */
export function labelFrom(controls: Control[], params: Record<string, unknown>) {
  return (param: string): string | undefined => {
    const value = params[param];
    if (value === undefined) return undefined;
    const option = controls.find((c) => c.param === param)?.options.find((o) => o.value === String(value));
    return option?.label ?? String(value);
  };
}
