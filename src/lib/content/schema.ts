/**
 * The content model: what a series, an issue, an article and a policy document are, field by
 * field. Astro validates every file in content/ against these schemas at build time, and a file
 * that does not fit stops the build with its path and the field at fault.
 */
import { z } from "astro/zod";

/**
 * A calendar date written `YYYY-MM-DD`. YAML reads such a value as a timestamp, so a Date is
 * accepted too and turned back into the same text; anything that is not a real day is refused.
 */
export const isoDate = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const day = match ? new Date(`${text}T00:00:00Z`) : undefined;
    if (!match || !day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: "custom", message: `not a valid date: "${text}" (write YYYY-MM-DD)` });
      return z.NEVER;
    }
    return text;
  });

/** Lines printed in a footer or masthead field, in print order. */
const printedLines = z.array(z.string().min(1));

export const seriesSchema = z.object({
  /** The periodical's name as printed on its masthead, e.g. 江苏双创载体信息. */
  name: z.string().min(1),
  /** Who publishes it, when the masthead or footer names an organisation (…编辑). */
  publisher: z.string().optional(),
  /** 编辑: the editors as printed, one entry per printed line. */
  editor: printedLines.optional(),
  /** The sections this periodical uses. An article's section must be one of them. */
  sections: z.array(z.string().min(1)).default([]),
  /** 主送: primary recipients. */
  to: printedLines.optional(),
  /** 抄送: copied recipients. */
  cc: printedLines.optional(),
  /** Contact lines (电话 …) as printed. */
  contact: printedLines.optional(),
  /** A sentence introducing the periodical on its archive page. */
  description: z.string().optional(),
});

/** Who stated a fact about an issue: printed in the text, supplied by the editor, or inferred. */
const provenance = z.enum(["printed", "editor", "inferred"]);

export const footerSchema = z.object({
  editor: printedLines.optional(),
  to: printedLines.optional(),
  cc: printedLines.optional(),
  contact: printedLines.optional(),
  /** A closing `X编辑` line. */
  editorLine: z.string().optional(),
});

export const issueSchema = z.object({
  /** Id of the series (the file name in content/series without .yaml). */
  series: z.string().min(1),
  /** Year of the issue, where printed or known. */
  year: z.number().int().min(1949).max(2100).optional(),
  /** 第N期: number within the year. Left out when unknown: never guessed. */
  number: z.number().int().positive().optional(),
  /** 总第N期: running number, where printed. */
  totalNumber: z.number().int().positive().optional(),
  /** Publication date. */
  date: isoDate.optional(),
  /** When the date is unknown: the earliest it can be (the latest event reported). */
  notBefore: isoDate.optional(),
  /** For each fact above, whether it was printed, supplied by the editor or inferred. */
  provenance: z.record(z.string(), provenance).default({}),
  /** An editor's note shown on the issue page, e.g. why the number is unknown. */
  note: z.string().optional(),
  /** Sections in print order. */
  sections: z.array(z.string().min(1)).default([]),
  /** The table of contents as printed (it may miss articles; the body decides). */
  toc: z
    .array(z.object({ title: z.string().min(1), section: z.string().optional(), page: z.number().int().optional() }))
    .default([]),
  /** The footer as printed in this issue. */
  footer: footerSchema.optional(),
});

/** A place id: a six-digit GB/T 2260 code, or the id of a zone in data/zones.csv. */
export const placeId = z.string().regex(/^(\d{6}|[a-z][a-z0-9-]+)$/, "a place is a GB/T 2260 code (6 digits) or a zone id");

export const articleSchema = z.object({
  /** Headline as printed. */
  title: z.string().min(1),
  /** 引题: the line a newspaper prints above the headline, when there is one. */
  kicker: z.string().min(1).optional(),
  /** 副题: the line printed below the headline (second line of a two-line headline). */
  subtitle: z.string().optional(),
  /** Section as printed; must be one of the series' sections. None for periodicals without sections. */
  section: z.string().min(1).optional(),
  /** Position in the issue, from 1. */
  order: z.number().int().positive(),
  /** The text of the （来源：…） line, as printed. */
  source: z.string().optional(),
  /** Reporter or author, where printed. */
  byline: z.string().optional(),
  /** Places the article mentions. */
  places: z.array(placeId).default([]),
});

export const policySchema = z.object({
  /** The document's own title. */
  title: z.string().min(1),
  /** The title a portal lists it under, when different. */
  listedTitle: z.string().optional(),
  /** 发文部门: issuing body. */
  issuer: z.string().min(1),
  /** 政策级别 (国家级, 省级, 市级, 县级 …). */
  level: z.string().min(1),
  /** Publication date. */
  date: isoDate,
  /** 政策主题. */
  themes: z.array(z.string()).default([]),
  /** Places the document concerns. */
  places: z.array(placeId).default([]),
});

export type Series = z.infer<typeof seriesSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Policy = z.infer<typeof policySchema>;
