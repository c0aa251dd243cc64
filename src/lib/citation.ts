/**
 * How a dataset source is cited wherever the site names one (a chart's source line, the figures'
 * tables, region and indicator pages): its title, linked where a reader may safely follow it, with
 * what the reader must know about the copy that was read (sources.csv `copy` and `caution`,
 * data/README.md):
 * - spam_domain: the copy sits on a spam or gambling site, so it is never linked; the original
 *   publisher and date are named instead, for the reader to find the original;
 * - unofficial_domain: linked, but named by its domain (not presented as the official site);
 * - machine_translation: says 机器翻译; no_url: not linked; undated: says 未注明日期;
 * - unidentified_publisher: says so (such sources are kept out of observations by data:check).
 * Pure: runs at build time and in the browser.
 */
import { url } from "./urls.ts";

/** A row of sources.csv, or what a chart query returns of it (sourceFromRow). */
export interface SourceRecord {
  id?: string | null;
  kind?: string | null;
  content_id?: string | null;
  title?: string | null;
  publisher?: string | null;
  date?: string | null;
  url?: string | null;
  copy?: string | null;
  original_publisher?: string | null;
  /** One caution, or several separated by | (data/README.md, sources.csv). */
  caution?: string | null;
}

export interface Citation {
  /** The title, with what a reader must know in brackets: 标题（转载，原发布：新华日报；机器翻译）. */
  text: string;
  /** Where to read it, or undefined: never for a spam copy or a source without an address. */
  href?: string;
}

const cautions = (s: SourceRecord) =>
  new Set(
    String(s.caution ?? "")
      .split(/[|,;\s]+/)
      .filter(Boolean),
  );

/** The host of a URL without www., or the URL itself when it does not parse. */
function domain(address: string): string {
  try {
    return new URL(address).hostname.replace(/^www\./, "");
  } catch {
    return address;
  }
}

/** Where a dataset source can be read: its article or policy on this site, or its external page. */
export function sourceUrl(source: SourceRecord): string | undefined {
  if (source.kind === "article") return url.article(source.content_id ?? source.id ?? "");
  if (source.kind === "policy") return url.policy((source.content_id ?? source.id ?? "").replace(/^policy:/, ""));
  return source.url || undefined;
}

export function citeSource(source: SourceRecord): Citation {
  const caution = cautions(source);
  const title = source.title || source.id || "";
  const notes: string[] = [];
  const original = source.original_publisher || "";
  const external = source.kind === "external";
  if (caution.has("spam_domain")) {
    // Never linked: the reader is sent to the original, named with its date.
    notes.push(
      `原发布：${[original || source.publisher, source.date].filter(Boolean).join("，") || "不详"}`,
      "所见转载网站不可靠，不提供链接",
    );
  } else if (external && source.copy && source.copy !== "original") {
    notes.push(original ? `转载，原发布：${original}` : "转载");
  }
  if (caution.has("unofficial_domain") && source.url) notes.push(`见于 ${domain(source.url)}，非官方网站`);
  if (caution.has("machine_translation")) notes.push("机器翻译");
  if (caution.has("unidentified_publisher")) notes.push("发布者不明");
  if (caution.has("undated")) notes.push("未注明日期");
  if (caution.has("no_url")) notes.push([source.publisher, source.date].filter(Boolean).join("，") || "无网址");
  const linked = !caution.has("spam_domain") && !caution.has("no_url");
  return {
    text: notes.length > 0 ? `${title}（${notes.join("；")}）` : title,
    href: linked ? sourceUrl(source) : undefined,
  };
}

/** How each of `ids` is cited, for the sources the dataset knows (by id). */
export function citeAll(ids: Iterable<string>, sources: Map<string, SourceRecord>): Record<string, Citation> {
  return Object.fromEntries([...ids].flatMap((id) => (sources.has(id) ? [[id, citeSource(sources.get(id)!)]] : [])));
}

/**
 * What a chart query's row says of its source (source, source_title, source_url, source_caution
 * …). The kind is read from the id (data/README.md: external pages have an x- id, policies
 * policy:<slug>, articles their content path). A row from a snapshot released before `caution`
 * existed (its date_basis is NULL too) says nothing of the copy: an external page is then named
 * but not linked, since whether it is safe to link is not known.
 */
export function sourceFromRow(row: Record<string, unknown>): SourceRecord {
  const id = String(row.source ?? "");
  // An article's id is its content path (series/issue/article); an id of no known form is named,
  // never linked to a page that does not exist.
  const kind = id.startsWith("policy:")
    ? "policy"
    : /^x-/.test(id) || row.source_url
      ? "external"
      : /^[^/\s]+\/[^/\s]+\/[^/\s]+$/.test(id)
        ? "article"
        : null;
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const known = row.source_caution != null || (row.date_basis != null && "source_caution" in row);
  return {
    id,
    kind,
    content_id: kind === "article" || kind === "policy" ? id : null,
    title: text(row.source_title),
    publisher: text(row.source_publisher),
    date: text(row.source_date),
    url: known ? text(row.source_url) : null,
    copy: text(row.source_copy),
    original_publisher: text(row.source_original_publisher),
    caution: text(row.source_caution),
  };
}
