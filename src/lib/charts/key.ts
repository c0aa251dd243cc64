/**
 * A chart's key, drawn inside its SVG above or below the marks: a swatch drawn exactly as the chart draws
 * that kind of mark, and what it means (确数, 近/约, 超过/以上/不少于, an older year …). Only the
 * kinds a chart shows are listed, and a chart whose figures are all exact and current has no key.
 * Items flow left to right and wrap at the chart's width, so the key stays readable on a phone.
 */
import * as Plot from "@observablehq/plot";
import { textWidth, type Certainty } from "./common.ts";

/** Where a swatch is drawn: offsets from the frame's top-left or bottom-left corner. */
export interface At {
  frameAnchor: "top-left" | "bottom-left";
  dx: number;
  dy: number;
  /** Drawn once over the whole chart, even a faceted one. */
  facet: "super";
}

export interface KeyItem {
  label: string;
  /** The swatch's marks, centred at `at`. */
  swatch: (at: At) => Plot.Markish[];
  /** Room the swatch takes before the label (16 by default). */
  width?: number;
}

/**
 * Where the key's first line starts: `top` pixels below the frame's top edge (negative: above it,
 * in the top margin), or `bottom` pixels below the frame's bottom edge (in the bottom margin).
 */
export type KeyPlace = { top: number } | { bottom: number };

export interface Key {
  /** Height the key needs in the chart's margin (0 without items). */
  height: number;
  /** The key's marks, given the chart's final left margin and where the key goes. */
  marks: (marginLeft: number, place: KeyPlace) => Plot.Markish[];
}

const LINE = 18;
const SWATCH = 16;
const GAP = 14;

export function chartKey(items: KeyItem[], width: number): Key {
  const placed: { item: KeyItem; x: number; line: number }[] = [];
  let x = 4;
  let line = 0;
  for (const item of items) {
    const size = (item.width ?? SWATCH) + textWidth(item.label);
    if (x > 4 && x + size > width - 4) {
      x = 4;
      line += 1;
    }
    placed.push({ item, x, line });
    x += size + GAP;
  }
  const height = items.length > 0 ? (line + 1) * LINE + 6 : 0;
  return {
    height,
    marks: (marginLeft, place) =>
      placed.flatMap(({ item, x, line }) => {
        const frameAnchor = "top" in place ? "top-left" : "bottom-left";
        const dy = ("top" in place ? place.top : place.bottom) + 3 + line * LINE + LINE / 2;
        const dx = -marginLeft + x;
        return [
          ...item.swatch({ frameAnchor, dx: dx + 6, dy, facet: "super" }),
          Plot.text([item.label], {
            frameAnchor,
            dx: dx + (item.width ?? SWATCH),
            dy,
            text: (d: string) => d,
            textAnchor: "start",
            facet: "super",
          }),
        ];
      }),
  };
}

/** What each kind of mark means, in the key's words. */
export const CERTAINTY_LABELS: Record<Certainty, string> = {
  exact: "确数",
  approximate: "约数（近、约）",
  lower_bound: "下限（超过、以上、不少于）",
  cap: "上限（最高）",
};

/** The certainties present among the rows, in the key's order. */
export function certaintiesIn(certainties: Certainty[]): Certainty[] {
  const present = new Set(certainties);
  return (["exact", "approximate", "lower_bound", "cap"] as const).filter((c) => present.has(c));
}
