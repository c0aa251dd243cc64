/**
 * Finds and launches the system's Chromium. The tests never download a browser: they use Debian's
 * /usr/bin/chromium (or the binary CHROME_PATH names) and fail, never skip, when there is none.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(
  (p): p is string => Boolean(p),
);

export function chromiumPath(): string {
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found for the end-to-end tests. Install it with `sudo apt-get install -y chromium` " +
        "(Debian/Ubuntu), or set CHROME_PATH to a Chromium or Chrome binary. Looked in: " +
        candidates.join(", "),
    );
  }
  return found;
}

/** Without these, Chromium phones home at start-up; the machine's closed network refuses it. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

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
