/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// Unit tests run through Astro's Vite config so that modules importing astro/zod resolve as in
// the build. End-to-end tests have their own config (vitest.e2e.config.ts).
export default getViteConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
  },
});
