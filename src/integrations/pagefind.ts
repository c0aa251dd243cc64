/**
 * Builds the Pagefind search index over the finished site, after every Astro build (including
 * builds under a sub-path base or into another folder). Pagefind segments Chinese because pages
 * declare lang="zh-CN"; only what pages mark with data-pagefind-body is indexed.
 */
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import { fileURLToPath } from "node:url";

export function pagefind(): AstroIntegration {
  return {
    name: "pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
        logger.info(`indexed ${added.page_count} pages`);
        await close();
      },
    },
  };
}
