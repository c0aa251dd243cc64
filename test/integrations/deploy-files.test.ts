import { describe, expect, it } from "vitest";
import { headersFile } from "../../src/integrations/deploy-files.ts";

describe("_headers", () => {
  it("sends the CSP everywhere and caches hashed assets and released snapshots for good, under the base", () => {
    const text = headersFile("/bulletin/", ["2026-11-23"]);
    expect(text).toContain(
      "/bulletin/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';",
    );
    expect(text).toContain("/bulletin/_astro/*\n  Cache-Control: public, max-age=31536000, immutable");
    expect(text).toContain("/bulletin/data/2026-11-23/*\n  Cache-Control: public, max-age=31536000, immutable");
    // Only released snapshots are immutable, not the data pages beside them.
    expect(text).not.toMatch(/^\/bulletin\/data\/\*$/m);
  });
});
