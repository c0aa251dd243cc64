/**
 * Writes blocks as MDX. Text from a bulletin is data, not markup: everything MDX or Markdown
 * would read as syntax is escaped, except the bold markers (**一是**) that the sources use.
 */
import type { Block } from "./blocks.ts";

/** Escapes characters that MDX or Markdown treat as syntax; keeps **bold** pairs. */
export function escapeMdx(text: string): string {
  const parts = text.split(/(\*\*[^*\n]+?\*\*)/g);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return `**${escapeInline(part.slice(2, -2))}**`;
      return escapeInline(part);
    })
    .join("")
    .replace(/^([#>+=-]|\d+[.)])/, "\\$1");
}

function escapeInline(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~]/g, "\\$&");
}

function tableCell(text: string): string {
  return escapeInline(text);
}

export function blocksToMdx(blocks: Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "paragraph":
        out.push(escapeMdx(block.text));
        break;
      case "heading":
        out.push(`${"#".repeat(block.depth)} ${escapeMdx(block.text).replace(/^\\/, "")}`);
        break;
      case "list":
        out.push(block.items.map((item) => `- ${escapeMdx(item)}`).join("\n"));
        break;
      case "caption":
        out.push(`<p class="caption">${escapeInline(block.text)}</p>`);
        break;
      case "table": {
        const row = (cells: string[]) => `| ${cells.map(tableCell).join(" | ")} |`;
        out.push([row(block.header), row(block.header.map(() => "---")), ...block.rows.map(row)].join("\n"));
        break;
      }
    }
  }
  return out.join("\n\n") + "\n";
}
