/** RSS items for articles: one item per article, newest issue first. */
import type { Publication, IssueView } from "./publication.ts";
import { issueLabel } from "../format.ts";
import { url } from "../urls.ts";

export function feedItems(publication: Publication, issues: IssueView[] = publication.issues) {
  return issues.flatMap((issue) =>
    issue.articles.map((a) => ({
      title: a.data.title,
      link: url.article(a.id),
      // Only a printed or supplied date becomes pubDate; RSS allows an item without one.
      pubDate: issue.entry.data.date ? new Date(`${issue.entry.data.date}T00:00:00+08:00`) : undefined,
      description: `${issue.series.data.name} ${issueLabel(issue.entry.data)}${a.data.section ? ` · ${a.data.section}` : ""}${a.data.source ? `（来源：${a.data.source}）` : ""}`,
      categories: a.data.section ? [a.data.section] : [],
    })),
  );
}
