/**
 * Serves the production build (dist/) with `astro preview` on a free localhost port for the
 * end-to-end tests, after checking that Chromium is there.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";
import { basePath } from "../../src/lib/base-path.ts";
import { chromiumPath } from "./chromium.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let server: ChildProcess | undefined;

export async function setup(project: TestProject) {
  chromiumPath();
  const root = new URL("../../", import.meta.url).pathname;
  const outDir = process.env.OUT_DIR ?? "dist";
  if (!existsSync(`${root}${outDir}/index.html`))
    throw new Error(`${outDir}/ has no build: run \`npm run build\` before the end-to-end tests`);
  const port = await freePort();
  const base = basePath(process.env.BASE ?? "/");
  server = spawn(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, "preview", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const baseUrl = `http://127.0.0.1:${port}${base}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(baseUrl)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`astro preview did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  project.provide("baseUrl", baseUrl);
}

export async function teardown() {
  server?.kill();
}
