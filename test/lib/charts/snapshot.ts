/**
 * SVG snapshots of chart specs: numbers rounded and Plot's generated ids renumbered, so that a
 * snapshot changes only when the drawing does; on a mismatch the new drawing is written beside the
 * expected one as *-changed.svg for a reviewer to compare (test/output/charts/). A missing snapshot
 * is written, and fails when CI=true. A drawing for which Plot warns (console.warn, and a ⚠️ in the
 * SVG) fails, as in Plot's own snapshot tests.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { expect, vi } from "vitest";
import { renderSvg, type PlotOptions } from "../../../src/lib/charts/render.ts";

export function normalise(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/plot-[0-9a-f]{6}/g, (id) => {
      if (!ids.has(id)) ids.set(id, `plot-${ids.size + 1}`);
      return ids.get(id)!;
    })
    .replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, ">\n<");
}

/** The chart as SVG markup; throws when Plot warns while drawing it. */
function drawChecked(options: PlotOptions, label: string): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const warnings: unknown[][] = [];
  const warn = vi.spyOn(console, "warn").mockImplementation((...args) => void warnings.push(args));
  try {
    const svg = renderSvg(options, document as unknown as Document, label);
    if (warnings.length > 0) throw new Error(`Plot warned while drawing ${label}: ${warnings.map((w) => w.join(" ")).join("; ")}`);
    return svg;
  } finally {
    warn.mockRestore();
  }
}

export function snapshot(name: string, options: PlotOptions): string {
  const svg = normalise(drawChecked(options, name)) + "\n";
  const expected = new URL(`../../output/charts/${name}.svg`, import.meta.url);
  const changed = new URL(`../../output/charts/${name}-changed.svg`, import.meta.url);
  if (!existsSync(expected)) {
    writeFileSync(expected, svg);
    if (process.env.CI === "true") throw new Error(`missing snapshot ${expected.pathname} (written now; commit it after review)`);
    return svg;
  }
  if (readFileSync(expected, "utf8") !== svg) writeFileSync(changed, svg);
  else rmSync(changed, { force: true });
  expect(svg).toBe(readFileSync(expected, "utf8"));
  return svg;
}

/** The chart as markup, without a snapshot (Plot's warnings fail it too). */
export function draw(options: PlotOptions): string {
  return drawChecked(options, "测试");
}
