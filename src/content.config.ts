/**
 * Content collections. The schemas (and what every field means) live in src/lib/content/schema.ts;
 * this file only says where each kind of file is. CONTENT_DIR points the build at another content
 * folder (the tests use it to build fixtures with deliberate mistakes).
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema, issueSchema, policySchema, seriesSchema } from "./lib/content/schema.ts";

const root = process.env.CONTENT_DIR ?? "./content";

/** Ids keep the file's path (less the extension), so URLs follow folder and file names exactly. */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx?)$/, "");

export const collections = {
  series: defineCollection({ loader: glob({ pattern: "*.yaml", base: `${root}/series`, generateId: pathId }), schema: seriesSchema }),
  issues: defineCollection({
    loader: glob({ pattern: "*/*/issue.yaml", base: `${root}/issues`, generateId: ({ entry }) => entry.replace(/\/issue\.yaml$/, "") }),
    schema: issueSchema,
  }),
  articles: defineCollection({ loader: glob({ pattern: "*/*/*.mdx", base: `${root}/issues`, generateId: pathId }), schema: articleSchema }),
  policies: defineCollection({ loader: glob({ pattern: "*.mdx", base: `${root}/policies`, generateId: pathId }), schema: policySchema }),
};
