import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkBody } from "../../../src/lib/content/body-safety.ts";

const file = (body: string) => `---\ntitle: 示例\norder: 1\n---\n\n${body}\n`;
/** Line 6 is the first line of the body. */
const check = (body: string) => checkBody("a.mdx", file(body));

describe("checkBody", () => {
  it("passes text, the site's components with quoted attributes, escaped braces and MDX comments", () => {
    expect(
      check(
        [
          "正文，**加粗**，\\{不是表达式\\}。",
          '<p class="caption">图为孵化器。</p>',
          '<PeerBars indicator="national_incubators" caption="{indicator}（{kind}）" scopes />',
          "{/* 编辑的备注 */}",
          "[链接](https://www.most.gov.cn/)",
          "| 序号 | 指标 |\n| --- | --- |\n| 1 | 孵化器 |",
        ].join("\n\n"),
      ),
    ).toEqual([]);
  });

  it("refuses expressions, naming the line", () => {
    expect(check("第一段。\n\n{process.exit(1)}")).toEqual([
      "a.mdx:8: {process.exit(1)} is a JavaScript expression, which would run while the site builds; write \\{ and \\} for braces in text",
    ]);
    expect(check("文中{1 + 1}。")[0]).toMatch(/^a\.mdx:6: \{1 \+ 1\} is a JavaScript expression/);
  });

  it("refuses import and export lines", () => {
    expect(check('import fs from "node:fs"')[0]).toMatch(/^a\.mdx:6: an import or export line is code/);
    expect(check("export const x = process.exit(1)")[0]).toMatch(/^a\.mdx:6: an import or export line is code/);
  });

  it("refuses script, style and iframe elements and any element not in the list", () => {
    expect(check("<script>alert(1)</script>")).toEqual(["a.mdx:6: <script> is not allowed in content: it would run or restyle code in the page"]);
    expect(check("<style>{'body{display:none}'}</style>").join("\n")).toMatch(/<style> is not allowed/);
    expect(check('<iframe src="https://example.org/" />')[0]).toMatch(/<iframe> is not allowed/);
    expect(check('<object data="x.swf" />')[0]).toMatch(/<object> is not allowed in content: use Markdown/);
  });

  it("refuses event handlers, expression attributes, spreads and javascript: addresses", () => {
    expect(check('<p onclick="alert(1)">x</p>')).toEqual(["a.mdx:6: <p onclick=…> is an event handler, which would run code in the reader's browser"]);
    expect(check('<img src="x.png" onError="alert(1)" />')[0]).toMatch(/<img onError=…> is an event handler/);
    expect(check("<PeerBars indicator={globalThis.x} />")[0]).toMatch(/<PeerBars indicator=\{…\}> is a JavaScript expression/);
    expect(check("<PeerBars {...props} />")[0]).toMatch(/spreads a JavaScript expression/);
    expect(check('<a href="javascript:alert(1)">x</a>')[0]).toMatch(/would run code or load a document/);
    expect(check("[x](javascript:alert(1))")[0]).toMatch(/^a\.mdx:6: the link javascript:alert\(1\) would run code/);
  });

  it("reports MDX the parser cannot read, with its line", () => {
    expect(check("第一段。\n\n<img src=\"x.png\">")[0]).toMatch(/^a\.mdx:8: MDX cannot read this: Expected a closing tag/);
  });

  it("passes every article and policy in content/", () => {
    const root = new URL("../../../content/", import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mdx"));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(checkBody(f, readFileSync(new URL(f, root), "utf8"))).toEqual([]);
  });
});
