/** Components that replace HTML elements in MDX content: pass as `<Content components={mdxComponents} />`. */
import RegionSeries from "./RegionSeries.astro";
import Table from "./Table.astro";

export const mdxComponents = { table: Table, RegionSeries };
