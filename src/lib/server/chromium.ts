/**
 * The system's Chromium, for printing PDFs. Never a downloaded browser: Debian's
 * /usr/bin/chromium, or the binary CHROME_PATH names (the end-to-end tests look in the same
 * places). Only the commands that print need it; building and serving the site do not.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

const candidates = () =>
  [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter((p): p is string =>
    Boolean(p),
  );

export function chromiumPath(): string {
  const found = candidates().find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found to print with. Install it with `sudo apt-get install -y chromium fonts-noto-cjk` (Debian/Ubuntu), " +
        `or set CHROME_PATH to a Chromium or Chrome binary. Looked in: ${candidates().join(", ")}`,
    );
  }
  return found;
}

/** Without these, Chromium phones home at start-up; a closed network refuses it. */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ARGS });
}
