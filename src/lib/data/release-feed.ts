/**
 * The feed of data releases (/data/releases.xml): one item per snapshot, newest first, with its
 * note and its changelog in counts (the rows themselves are on /data/, which the item links).
 * Pure: the page passes the manifests and the URLs.
 */
import { releaseChanges } from "./changelog.ts";
import type { Manifest } from "./releases.ts";

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** Items for the manifests given (oldest first, as releases.json lists them). */
export function releaseFeedItems(manifests: Manifest[], link: (id: string) => string): FeedItem[] {
  return [...manifests].reverse().map((m) => {
    const changes = releaseChanges(m.changes).map((c) => {
      const columns = c.columnsAdded.length > 0 ? `，新列 ${c.columnsAdded.join("、")}` : "";
      return `${c.table}：新增 ${c.counts.added}，修改 ${c.counts.changed}，删除 ${c.counts.removed}${columns}`;
    });
    const rows = m.changes.tables.map((t) => `${t.name} ${t.rows} 行`).join("，");
    return {
      title: `数据快照 ${m.id}`,
      link: link(m.id),
      // A release is dated by its day; noon in China keeps the day whatever the reader's zone.
      pubDate: new Date(`${m.released}T12:00:00+08:00`),
      description: [m.changes.note, changes.length > 0 ? `变更：${changes.join("；")}。` : "首个快照。", `共 ${rows}。`].join("\n"),
      categories: ["数据"],
    };
  });
}
