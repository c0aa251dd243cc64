/**
 * Draws a chart spec to SVG markup with Observable Plot. The same function runs at build time
 * (with linkedom's document) and can run in the browser (with the page's document). It then makes
 * Plot's output fit the site's rules:
 * - no inline <style> elements or style attributes, which the Content-Security-Policy refuses
 *   (style-src 'self'); the equivalent rules are in global.css, under .chart-svg;
 * - no aria-label on plain <g> elements, which axe reports as aria-prohibited-attr (serious);
 * - the chart itself is an image named by its caption, and legend swatches are hidden from
 *   assistive technology (the legend's text is read instead).
 */
import * as Plot from "@observablehq/plot";

export type PlotOptions = Plot.PlotOptions;

/** The chart as an element of `document`: in the browser it keeps Plot's pointer tips working. */
export function renderChart(options: PlotOptions, document: Document, label: string): Element {
  const figure = Plot.plot({ ...options, document }) as unknown as Element;
  for (const style of [...figure.querySelectorAll("style")]) style.remove();
  for (const element of [figure, ...figure.querySelectorAll("[style]")]) element.removeAttribute("style");
  for (const g of figure.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  const svgs = figure.tagName.toLowerCase() === "svg" ? [figure] : [...figure.querySelectorAll("svg")];
  // Legend swatches come first; the chart is the last <svg>.
  const chart = svgs.at(-1)!;
  for (const swatch of svgs.slice(0, -1)) swatch.setAttribute("aria-hidden", "true");
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", label);
  return figure;
}

/** The chart as markup, for the HTML a build writes. */
export function renderSvg(options: PlotOptions, document: Document, label: string): string {
  return renderChart(options, document, label).outerHTML;
}
