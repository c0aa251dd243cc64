/**
 * The system's Chromium for the end-to-end tests (src/lib/server/chromium.ts finds it: Debian's
 * /usr/bin/chromium or CHROME_PATH, never a downloaded browser). The tests fail, never skip, when
 * there is none.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { CHROMIUM_ARGS, chromiumPath as find, launchChromium } from "../../src/lib/server/chromium.ts";

export { CHROMIUM_ARGS };

const PURPOSE = "for the end-to-end tests";

export const chromiumPath = (): string => find(PURPOSE);

export const launch = (): Promise<Browser> => launchChromium(PURPOSE);

/** Launches Chromium before a test file's tests and closes it after them; call at the top level. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
