/**
 * The system's Chromium, for printing PDFs, the end-to-end tests and the benchmarks. Never a
 * downloaded browser: Debian's /usr/bin/chromium, or the binary CHROME_PATH names. Only the
 * commands that print, test or measure need it; building and serving the site do not.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const candidates = () =>
  [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter((p): p is string =>
    Boolean(p),
  );

/** The Chromium binary; `purpose` says in the error what it was wanted for ("to print with"). */
export function chromiumPath(purpose = "to print with"): string {
  const found = candidates().find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found ${purpose}. Install it with \`sudo apt-get install -y chromium fonts-noto-cjk\` (Debian/Ubuntu), ` +
        `or set CHROME_PATH to a Chromium or Chrome binary. Looked in: ${candidates().join(", ")}`,
    );
  }
  return found;
}

/** Without these, Chromium phones home at start-up; a closed network refuses it. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchChromium(purpose?: string): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(purpose), args: CHROMIUM_ARGS });
}
