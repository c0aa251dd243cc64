/**
 * The charts an MDX body draws, read without rendering it: the body is parsed with satteri (the
 * parser Astro's MDX integration compiles with, and the one src/lib/content/body-safety.ts checks
 * with), and each chart component's attributes become its props as MDX would pass them (a value
 * in quotes is a string, a bare attribute is `true`), then its ChartRequest through the same
 * function the component calls (requests.ts). Bodies hold no expressions (body-safety.ts refuses
 * them), so the attributes are all there is to a chart.
 */
import { mdxToMdast, type MdastNode } from "satteri";
import type { ChartRequest } from "./config.ts";
import { CHART_COMPONENTS, type ChartChoices } from "./requests.ts";

type Node = MdastNode & {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
};

export interface MdxChart {
  /** The component's name: PeerBars, TileGrid … */
  component: string;
  /** The line of the body it is written on. */
  line: number;
  request: ChartRequest;
}

/** Every chart component in an MDX body, in the order written, with the chart it asks for. */
export function chartsInMdx(body: string, choices: ChartChoices): MdxChart[] {
  const found: MdxChart[] = [];
  const walk = (node: Node) => {
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name && CHART_COMPONENTS[node.name]) {
      const props: Record<string, unknown> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === "mdxJsxAttribute" && attribute.name) props[attribute.name] = attribute.value ?? true;
      }
      found.push({ component: node.name, line: node.position?.start.line ?? 1, request: CHART_COMPONENTS[node.name]!(props, choices) });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(body, { position: true }) as Node);
  return found;
}
