/**
 * The build refuses broken content with a message naming the file and the field. Each case copies
 * a minimal valid content folder, breaks one thing, and runs a real `astro build` on it.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const fixture = join(root, "test/fixtures/content-minimal");
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function build(breakIt: (content: string) => void): { status: number | null; output: string } {
  const temp = mkdtempSync(join(tmpdir(), "bulletin-build-"));
  temps.push(temp);
  const content = join(temp, "content");
  cpSync(fixture, content, { recursive: true });
  breakIt(content);
  const result = spawnSync(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: root,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUT_DIR: join(temp, "dist"),
      ASTRO_CACHE_DIR: join(temp, "cache"),
      FORCE_COLOR: "0",
      NO_COLOR: "1",
    },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const edit = (file: string, from: RegExp | string, to: string) => writeFileSync(file, readFileSync(file, "utf8").replace(from, to));

describe("build refuses broken content", { timeout: 180_000 }, () => {
  it("builds the valid fixture", () => {
    expect(build(() => {}).status).toBe(0);
  });

  it("a missing title", () => {
    const { status, output } = build((c) => edit(join(c, "issues/demo/2023-01/01-jia-shi.mdx"), /^title: .*\n/m, ""));
    expect(status).not.toBe(0);
    expect(output).toContain("01-jia-shi.mdx");
    expect(output).toMatch(/title/);
  });

  it("an unknown section", () => {
    const { status, output } = build((c) =>
      edit(join(c, "issues/demo/2023-01/01-jia-shi.mdx"), "section: 载体建设", "section: 不存在的栏目"),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/01-jia-shi\.mdx: section: unknown section "不存在的栏目"/);
  });

  it("two issues with the same series, year and number", () => {
    const { status, output } = build((c) => cpSync(join(c, "issues/demo/2023-01"), join(c, "issues/demo/again"), { recursive: true }));
    expect(status).not.toBe(0);
    expect(output).toMatch(/issues\/demo\/(again|2023-01)\/issue\.yaml: number: demo 2023年第1期 is also .*issue\.yaml/);
  });

  it("a bad date", () => {
    const { status, output } = build((c) => edit(join(c, "issues/demo/2023-01/issue.yaml"), "date: 2023-01-15", "date: 2023-13-45"));
    expect(status).not.toBe(0);
    expect(output).toContain("issue.yaml");
    expect(output).toMatch(/date.*not a valid date: "2023-13-45"/s);
  });

  it("an unknown place code", () => {
    const { status, output } = build((c) => edit(join(c, "issues/demo/2023-01/01-jia-shi.mdx"), '"320100"', '"329999"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/01-jia-shi\.mdx: places: unknown place "329999"/);
  });

  // Content that runs code: MDX would run a {…} expression while building (this one would stop
  // the build with no message at all) and pass a <script> into the page.
  it("a JavaScript expression in a body, refused before it runs", () => {
    const { status, output } = build((c) =>
      edit(join(c, "issues/demo/2023-01/01-jia-shi.mdx"), "甲市新建孵化器三家。\n", "甲市新建孵化器三家。\n\n{process.exit(0)}\n"),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/01-jia-shi\.mdx:12: \{process\.exit\(0\)\} is a JavaScript expression/);
  });

  it("a script element and an event handler in a policy body", () => {
    const { status, output } = build((c) =>
      writeFileSync(
        join(c, "policies/demo-policy.mdx"),
        readFileSync(join(c, "policies/demo-policy.mdx"), "utf8") + '\n<script>alert(1)</script>\n\n<p onclick="alert(1)">x</p>\n',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/demo-policy\.mdx:\d+: <script> is not allowed in content/);
    expect(output).toMatch(/demo-policy\.mdx:\d+: <p onclick=…> is an event handler/);
  });
});
