/**
 * The text a quote is checked against: an article's or policy's MDX as a reader sees it, with
 * frontmatter, Markdown markers and escapes removed and white space collapsed, so that a quote
 * copied from the page (or from the raw bulletin) matches however the lines were wrapped.
 */

/** Collapses every run of white space to one space, and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Plain text of an MDX document. Table cells are separated by single spaces. */
export function plainText(mdx: string): string {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, "");
  const text = body
    .split("\n")
    .filter((line) => !/^\|(\s*:?-+:?\s*\|)+$/.test(line))
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, "")
        .replace(/^- /, "")
        .replace(/^\||\|$/g, "")
        .replace(/(?<!\\)\|/g, " ")
        .replace(/<[^>]+>/g, ""),
    )
    .join("\n")
    .replace(/\*\*/g, "")
    .replace(/\\([\\`*_{}[\]<>|~#+=.)-])/g, "$1");
  return normaliseSpace(text);
}

/** Whether `quote` occurs in `source` once white space is normalised in both. */
export function quoteOccurs(quote: string, source: string): boolean {
  return normaliseSpace(source).includes(normaliseSpace(quote));
}
