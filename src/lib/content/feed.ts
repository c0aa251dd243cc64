/**
 * RSS items (pure). A periodical's feed has one item per article, newest issue first. The site's
 * main feed (/rss.xml) has those of every periodical and one item per policy document, with its
 * date, its issuer (发文部门) and level, and its link; each policy sits among the articles by
 * date. Articles of an issue that prints no date keep their place in the site's order (issues
 * newest first), since there is no date to sort them by.
 */
import type { Publication, IssueView, PolicyEntry } from "./publication.ts";
import { issueLabel } from "../format.ts";
import { url } from "../urls.ts";

export interface FeedItem {
  title: string;
  link: string;
  pubDate?: Date;
  description: string;
  categories: string[];
}

/** A day in China's time zone, where the bulletins and policies are dated. */
const chinaDay = (date: string) => new Date(`${date}T00:00:00+08:00`);

export function feedItems(publication: Publication, issues: IssueView[] = publication.issues): FeedItem[] {
  return issues.flatMap((issue) =>
    issue.articles.map((a) => ({
      title: a.data.title,
      link: url.article(a.id),
      // Only a printed or supplied date becomes pubDate; RSS allows an item without one.
      pubDate: issue.entry.data.date ? chinaDay(issue.entry.data.date) : undefined,
      description: `${issue.series.data.name} ${issueLabel(issue.entry.data)}${a.data.section ? ` · ${a.data.section}` : ""}${a.data.source ? `（来源：${a.data.source}）` : ""}`,
      categories: a.data.section ? [a.data.section] : [],
    })),
  );
}

/** A policy document as a feed item: 发文部门 and 政策级别 in the description, 政策文件 and its themes as categories. */
export function policyItem(policy: PolicyEntry): FeedItem {
  const { title, issuer, level, date, themes } = policy.data;
  return {
    title,
    link: url.policy(policy.id),
    pubDate: chinaDay(date),
    description: `政策文件 · 发文部门：${issuer} · 政策级别：${level} · 发布时间：${date}`,
    categories: ["政策文件", ...themes],
  };
}

/** The main feed's items: every article, and every policy placed before the first dated item older than it. */
export function siteFeedItems(publication: Publication): FeedItem[] {
  const items = feedItems(publication);
  for (const policy of publication.policies.map(policyItem)) {
    const at = items.findIndex((item) => item.pubDate !== undefined && item.pubDate < policy.pubDate!);
    items.splice(at === -1 ? items.length : at, 0, policy);
  }
  return items;
}
