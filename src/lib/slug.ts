/**
 * ASCII slugs for Chinese titles, so that URLs stay readable and stable: the toneless pinyin of
 * the first few characters (pinyin-pro, a maintained converter with polyphone handling).
 */
import { pinyin } from "pinyin-pro";

export function slugify(title: string, syllables = 6): string {
  const parts = pinyin(title, { toneType: "none", type: "array", nonZh: "consecutive", v: true })
    .map((p) =>
      p
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, ""),
    )
    .filter(Boolean);
  return parts.slice(0, syllables).join("-") || "untitled";
}
