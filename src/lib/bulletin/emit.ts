/**
 * Lays out a parsed document as the files of the content folder: an issue folder with an
 * `issue.yaml` and one MDX file per article, or a single MDX file for a policy document.
 * Pure: returns paths and contents; writing them is the caller's job.
 */
import { stringify } from "yaml";
import { slugify } from "../slug.ts";
import { blocksToMdx } from "./markdown.ts";
import type { ParsedBulletin } from "./parse-bulletin.ts";
import type { ParsedPolicy } from "./parse-policy.ts";
import type { Block } from "./blocks.ts";

/** Who stated a fact about an issue: printed in the text, given by the editor, or inferred. */
export type Provenance = "printed" | "editor" | "inferred";

export interface IssueFacts {
  series: string;
  year?: number;
  number?: number;
  totalNumber?: number;
  date?: string;
  /** Earliest possible publication date, when the date is not printed. */
  notBefore?: string;
  /** ASCII folder name; defaults to `YYYY-NN`. */
  slug?: string;
  /** Editor's note shown on the issue page (e.g. why the number is unknown). */
  note?: string;
}

export interface EmittedFile {
  path: string;
  content: string;
}

/** Drops undefined fields (and empty lists, unless kept), so that YAML shows only what is known. */
export function compact(data: object, keepEmptyLists = false): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([, v]) => v !== undefined && (keepEmptyLists || !(Array.isArray(v) && v.length === 0))),
  );
}

function frontmatter(data: Record<string, unknown>): string {
  return `---\n${stringify(compact(data), { lineWidth: 0 })}---\n\n`;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function blocksText(blocks: Block[]): string {
  return blocks
    .map((b) => (b.kind === "list" ? b.items.join("\n") : b.kind === "table" ? [b.header, ...b.rows].flat().join(" ") : b.text))
    .join("\n");
}

/**
 * Files of an issue folder, relative to `content/issues/<series>/`. `facts` are what the editor
 * passed on the command line; printed facts win over nothing, and the editor's win over printed
 * ones only when given (so a misprint can be corrected), each recorded with its provenance.
 */
export function emitIssue(
  parsed: ParsedBulletin,
  facts: IssueFacts,
  findPlaces: (text: string) => string[],
): { slug: string; files: EmittedFile[] } {
  const m = parsed.masthead;
  const provenance: Record<string, Provenance> = {};
  const pick = <T>(key: string, given: T | undefined, printed: T | undefined): T | undefined => {
    if (given !== undefined) provenance[key] = "editor";
    else if (printed !== undefined) provenance[key] = "printed";
    return given ?? printed;
  };
  const year = pick("year", facts.year, m.year);
  const number = pick("number", facts.number, m.number);
  const totalNumber = pick("totalNumber", facts.totalNumber, m.totalNumber);
  const date = pick("date", facts.date, m.date);
  const notBefore = pick("notBefore", facts.notBefore, undefined);
  const slug = facts.slug ?? (year !== undefined && number !== undefined ? `${year}-${pad(number)}` : undefined);
  if (!slug)
    throw new Error("the text prints no year and issue number: pass --year and --number, or --slug for an issue whose number is unknown");

  const issue = {
    series: facts.series,
    year,
    number,
    totalNumber,
    date,
    notBefore,
    provenance,
    note: facts.note,
    sections: parsed.sections,
    toc: parsed.toc.map(({ title, section, page }) => ({ title, section, page })),
    footer: Object.keys(parsed.footer).length ? parsed.footer : undefined,
  };
  const files: EmittedFile[] = [
    {
      path: "issue.yaml",
      content: stringify(compact(issue), { lineWidth: 0 }),
    },
  ];
  parsed.articles.forEach((a, index) => {
    const order = index + 1;
    const places = findPlaces([a.title, a.subtitle ?? "", blocksText(a.blocks)].join("\n"));
    files.push({
      path: `${pad(order)}-${slugify(a.title)}.mdx`,
      content:
        frontmatter({
          title: a.title,
          kicker: a.kicker,
          subtitle: a.subtitle,
          section: a.section,
          order,
          source: a.source,
          byline: a.byline,
          places,
        }) + blocksToMdx(a.blocks),
    });
  });
  return { slug, files };
}

/** The file of a policy document, relative to `content/policies/`. */
export function emitPolicy(parsed: ParsedPolicy, slug: string | undefined, findPlaces: (text: string) => string[]): EmittedFile {
  const places = findPlaces([parsed.title, blocksText(parsed.blocks)].join("\n"));
  return {
    path: `${slug ?? slugify(parsed.title, 8)}.mdx`,
    content:
      frontmatter({
        title: parsed.title,
        listedTitle: parsed.listedTitle,
        issuer: parsed.issuer,
        level: parsed.level,
        date: parsed.date,
        themes: parsed.themes,
        places,
      }) + blocksToMdx(parsed.blocks),
  };
}
