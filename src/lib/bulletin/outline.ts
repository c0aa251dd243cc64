/**
 * What an import decided, as an editor checks it before anything is written (`--dry-run`): the
 * masthead, the sections, and for each article its headline lines, byline, source line, where it
 * stands in the file and how much text it has; then the warnings. Every line number is one the
 * editor can give back to --title, --subhead or --not-title.
 */
import type { Block } from "./blocks.ts";
import type { ImportPlan } from "./import.ts";
import { locate } from "./source.ts";

function counted(blocks: Block[]): string {
  const n = (kind: Block["kind"]) => blocks.filter((b) => b.kind === kind).length;
  const parts: [number, string, string][] = [
    [n("paragraph"), "paragraph", "paragraphs"],
    [n("heading"), "subhead", "subheads"],
    [n("list"), "list", "lists"],
    [n("table"), "table", "tables"],
    [n("caption"), "caption", "captions"],
  ];
  return (
    parts
      .filter(([count]) => count > 0)
      .map(([count, one, many]) => `${count} ${count === 1 ? one : many}`)
      .join(", ") || "no text"
  );
}

/** The outline as lines of text. */
export function outline(plan: ImportPlan): string[] {
  const out: string[] = [];
  const lines = (from: number, to: number) => (from === to ? `line ${from}` : `lines ${from}–${to}`);
  const pages = (from: number, to: number) => {
    const page = (n: number) => plan.source.lines.find((l) => l.line === n)?.page;
    const [a, b] = [page(from), page(to)];
    return a === undefined ? "" : a === b || b === undefined ? ` (page ${a})` : ` (pages ${a}–${b})`;
  };
  out.push(`${plan.source.file}: read as ${plan.source.format}, would write content/${plan.target}`);
  const parsed = plan.parsed;
  if (parsed.kind === "policy") {
    out.push(`policy: ${parsed.title}`);
    if (parsed.listedTitle) out.push(`  listed as: ${parsed.listedTitle}`);
    out.push(
      `  发文部门: ${parsed.issuer ?? "(not printed)"} · 政策级别: ${parsed.level ?? "(not printed)"} · 发布时间: ${parsed.date ?? "(not printed)"}`,
    );
    if (parsed.themes.length) out.push(`  政策主题: ${parsed.themes.join("、")}`);
    out.push(`  ${counted(parsed.blocks).replace("subhead", "heading")}`);
  } else {
    const m = parsed.masthead;
    const issue =
      m.year !== undefined ? `${m.year}年第${m.number}期${m.totalNumber ? `（总第${m.totalNumber}期）` : ""}` : "no issue number printed";
    out.push(
      `masthead: ${m.seriesName ?? "(no name printed)"} · ${issue} · ${m.date ?? "no date printed"}${m.editor ? ` · ${m.editor} 编辑` : ""}`,
    );
    if (plan.newSeries) out.push(`new series: content/${plan.newSeries.path}`);
    if (parsed.toc.length) out.push(`table of contents: ${parsed.toc.length} entries`);
    out.push(`sections: ${parsed.sections.length ? parsed.sections.join("、") : "none"}`);
    out.push(`articles: ${parsed.articles.length}`);
    let section: string | undefined;
    parsed.articles.forEach((a, i) => {
      if (a.section && a.section !== section) out.push(`  【${a.section}】`);
      section = a.section;
      out.push(`  ${String(i + 1).padStart(2)}. ${a.title}`);
      if (a.kicker) out.push(`      kicker: ${a.kicker}`);
      if (a.subtitle) out.push(`      subtitle: ${a.subtitle}`);
      if (a.byline) out.push(`      byline: ${a.byline}`);
      out.push(`      source: ${a.source ?? "(none)"}`);
      out.push(`      ${lines(...a.lines)}${pages(...a.lines)} · ${counted(a.blocks)}`);
    });
    const f = parsed.footer;
    const footer = [
      f.editor && `编辑 ${f.editor.join(" / ")}`,
      f.to && `主送 ${f.to.join(" / ")}`,
      f.cc && `抄送 ${f.cc.join(" / ")}`,
      f.contact?.join(" / "),
      f.editorLine,
    ].filter(Boolean);
    if (footer.length) out.push(`footer: ${footer.join(" · ")}`);
  }
  out.push(plan.warnings.length ? `warnings: ${plan.warnings.length}` : "warnings: none");
  for (const w of plan.warnings) out.push(`  ${locate(plan.source, w.line)}: ${w.message}`);
  return out;
}
