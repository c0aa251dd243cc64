/**
 * The project's folder, where data/, public/data/ and src/queries/ are. A path relative to a
 * module is not enough: Astro's build bundles this code into <outDir>/.prerender/chunks/, and the
 * output folder may be anywhere (the tests and bench:scale build into temporary folders). So
 * astro.config.mjs names the project folder in BULLETIN_ROOT; scripts and tests, which run these
 * modules where they are, find it from here.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = process.env.BULLETIN_ROOT ?? fileURLToPath(new URL("../../../", import.meta.url));

/** A path under the project's folder. */
export const fromRoot = (...parts: string[]) => join(ROOT, ...parts);
