/**
 * The Content-Security-Policy of the whole site: everything from this origin, no inline script
 * or style, WebAssembly allowed (Pagefind now; DuckDB-WASM for charts and the SQL workbench),
 * workers from this origin. Sent as a header where the host allows (dist/_headers) and as a
 * <meta> tag everywhere else (GitHub Pages cannot set headers). frame-ancestors only works as a
 * header, so the meta tag leaves it out.
 */
const directives: [string, string][] = [
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
  ["frame-ancestors", "'none'"],
];

export const contentSecurityPolicy = directives.map(([k, v]) => `${k} ${v}`).join("; ");

/** The policy as a <meta> tag can carry it. */
export const contentSecurityPolicyMeta = directives
  .filter(([k]) => k !== "frame-ancestors")
  .map(([k, v]) => `${k} ${v}`)
  .join("; ");
