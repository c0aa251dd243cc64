/// <reference types="vitest/config" />
import { defineConfig } from "vitest/config";

// End-to-end tests drive the built site (dist/) in headless Chromium; see test/e2e/setup.ts.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has two cores and the server needs one.
    fileParallelism: false,
  },
});
