/**
 * The Content-Security-Policy of the whole site: everything from this origin, no inline script
 * or style, WebAssembly allowed (Pagefind now; DuckDB-WASM for charts and the SQL workbench),
 * workers from this origin. Sent as a header where the host allows (dist/_headers) and as a
 * <meta> tag everywhere else (GitHub Pages cannot set headers).
 *
 * Framing: no page may be shown inside another site's page (frame-ancestors 'none'), except a
 * chart's own page under /charts/, which is made to be embedded (frame-ancestors *). A <meta> tag
 * cannot carry frame-ancestors (browsers ignore it there), so it leaves it out and only the
 * header says it.
 */
const directives = (frameAncestors: string): [string, string][] => [
  ["default-src", "'self'"],
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  ["style-src", "'self'"],
  ["img-src", "'self' data:"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["worker-src", "'self' blob:"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
  ["frame-ancestors", frameAncestors],
];

const policy = (pairs: [string, string][]) => pairs.map(([k, v]) => `${k} ${v}`).join("; ");

/** The policy of every page but the charts': nothing may frame it. */
export const contentSecurityPolicy = policy(directives("'none'"));

/** The policy of /charts/ pages: the same, except that any site may embed them. */
export const embeddablePolicy = policy(directives("*"));

/** The policy as a <meta> tag can carry it. */
export const contentSecurityPolicyMeta = policy(directives("'none'").filter(([k]) => k !== "frame-ancestors"));
