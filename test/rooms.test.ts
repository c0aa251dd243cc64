/**
 * The rooms of README's Layout, held by a test rather than by prose: each source file's imports
 * are read (TypeScript's own import scanner, for .astro files over their frontmatter and scripts)
 * and checked against the room the file sits in. Type-only imports count too: a pure module that
 * needs a server type needs that type moved to the pure room. And Astro files lay out what a view
 * model computed: no frontmatter holds more than 30 lines of logic.
 *
 * A test, not an ESLint rule: the project has no ESLint (Prettier and astro check are its tools),
 * this reads .astro files the same way as .ts files, and a failure names the file, the line, the
 * import and the room's rule in one message.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const src = join(root, "src");

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|astro)$/.test(entry.name)) yield path;
  }
}

/** The code of a file and the line it starts on: a .astro file's frontmatter and its <script>s. */
function codeBlocks(path: string): { code: string; line: number; frontmatter: boolean }[] {
  const text = readFileSync(path, "utf8");
  if (!path.endsWith(".astro")) return [{ code: text, line: 1, frontmatter: false }];
  const lineAt = (index: number) => text.slice(0, index).split("\n").length;
  const blocks: { code: string; line: number; frontmatter: boolean }[] = [];
  const front = /^---\n([\s\S]*?)\n---/.exec(text);
  if (front) blocks.push({ code: front[1]!, line: 2, frontmatter: true });
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
    blocks.push({ code: m[1]!, line: lineAt(m.index! + m[0].indexOf(">") + 1), frontmatter: false });
  return blocks;
}

interface Import {
  file: string;
  line: number;
  specifier: string;
  /** The file it names, for a relative specifier. */
  target?: string;
}

function importsOf(path: string): Import[] {
  const found: Import[] = [];
  for (const block of codeBlocks(path)) {
    const info = ts.preProcessFile(block.code, true, true);
    for (const ref of info.importedFiles) {
      const line = block.line + block.code.slice(0, ref.pos).split("\n").length - 1;
      const target = ref.fileName.startsWith(".") ? resolve(dirname(path), ref.fileName) : undefined;
      found.push({ file: relative(root, path), line, specifier: ref.fileName, target });
    }
  }
  return found;
}

const NODE = new Set(builtinModules);
const isNode = (s: string) => s.startsWith("node:") || NODE.has(s.split("/")[0]!);
const inside = (target: string | undefined, folder: string) => target !== undefined && target.startsWith(join(src, folder) + "/");

interface Rule {
  /** Which files it holds. */
  applies: (path: string) => boolean;
  /** Why an import is refused, or undefined when it is allowed. */
  refuse: (i: Import) => string | undefined;
}

const RULES: Rule[] = [
  {
    // src/lib/ outside server/ and client/: runs anywhere (build, browser, scripts).
    applies: (p) => p.startsWith(join(src, "lib") + "/") && !inside(p, "lib/server") && !inside(p, "lib/client"),
    refuse: (i) =>
      isNode(i.specifier)
        ? "src/lib/ runs anywhere: Node's modules belong in src/lib/server/"
        : i.specifier.startsWith("astro:")
          ? "src/lib/ runs anywhere: Astro's runtime belongs in src/lib/server/"
          : // linkedom is a DOM written in plain JavaScript and runs anywhere (the importer reads
            // Word's XML with it); DuckDB is two engines, one per runtime.
            /^@duckdb\//.test(i.specifier)
            ? "src/lib/ runs anywhere: DuckDB belongs in src/lib/server/ (Node) or src/lib/client/ (browser)"
            : inside(i.target, "lib/server") || inside(i.target, "lib/client")
              ? "src/lib/ runs anywhere: it may not depend on src/lib/server/ or src/lib/client/"
              : undefined,
  },
  {
    // The browser room.
    applies: (p) => inside(p, "lib/client"),
    refuse: (i) =>
      isNode(i.specifier) || /^(@duckdb\/node-api|linkedom$|astro:)/.test(i.specifier) || inside(i.target, "lib/server")
        ? "src/lib/client/ runs in the browser: no Node, no DuckDB for Node, no linkedom, nothing from src/lib/server/"
        : undefined,
  },
  {
    // The Node room.
    applies: (p) => inside(p, "lib/server") || inside(p, "integrations"),
    refuse: (i) =>
      i.specifier.startsWith("@duckdb/duckdb-wasm") || inside(i.target, "lib/client")
        ? "src/lib/server/ and src/integrations/ run in Node: nothing from the browser's room"
        : undefined,
  },
  {
    // Components, layouts and pages lay out; queries, drawing and files are the view models' job.
    applies: (p) => inside(p, "components") || inside(p, "layouts") || inside(p, "pages"),
    refuse: (i) =>
      isNode(i.specifier) || /^(@duckdb\/|linkedom$)/.test(i.specifier)
        ? "Astro files lay out: Node, DuckDB and linkedom belong in src/lib/server/ (a view model)"
        : undefined,
  },
];

/** Lines of logic in a frontmatter: code lines other than imports, type declarations and comments. */
function logicLines(frontmatter: string): number {
  const source = ts.createSourceFile("frontmatter.ts", frontmatter, ts.ScriptTarget.Latest, true);
  let lines = 0;
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) continue;
    lines += statement
      .getText(source)
      .split("\n")
      .filter((l) => !/^\s*($|\/\/|\/\*|\*)/.test(l)).length;
  }
  return lines;
}

const MAX_LOGIC_LINES = 30;
const all = [...files(src)];

describe("rooms", () => {
  it("every file imports only what its room allows", () => {
    const problems: string[] = [];
    for (const path of all) {
      const rules = RULES.filter((r) => r.applies(path));
      for (const i of importsOf(path)) {
        for (const rule of rules) {
          const why = rule.refuse(i);
          if (why) problems.push(`${i.file}:${i.line}: imports "${i.specifier}": ${why}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it(`no Astro frontmatter holds more than ${MAX_LOGIC_LINES} lines of logic`, () => {
    const problems: string[] = [];
    for (const path of all.filter((p) => p.endsWith(".astro"))) {
      const front = codeBlocks(path).find((b) => b.frontmatter);
      const lines = front ? logicLines(front.code) : 0;
      if (lines > MAX_LOGIC_LINES) problems.push(`${relative(root, path)}: ${lines} lines of logic; move them to a view model in src/lib/`);
    }
    expect(problems).toEqual([]);
  });

  it("the checks catch what they are for", () => {
    // A pure module importing Node, a server module and a type from the browser's room.
    const pure = join(src, "lib/charts/x.ts");
    const refused = (specifier: string, path = pure) =>
      RULES.filter((r) => r.applies(path)).some((r) =>
        r.refuse({ file: "", line: 1, specifier, target: specifier.startsWith(".") ? resolve(dirname(path), specifier) : undefined }),
      );
    expect(refused("node:fs")).toBe(true);
    expect(refused("fs")).toBe(true);
    expect(refused("astro:content")).toBe(true);
    expect(refused("../server/query.ts")).toBe(true);
    expect(refused("../client/engine.ts")).toBe(true);
    expect(refused("./common.ts")).toBe(false);
    expect(refused("linkedom", join(src, "components/Chart.astro"))).toBe(true);
    expect(refused("@duckdb/node-api", join(src, "pages/x.astro"))).toBe(true);
    expect(refused("../server/query.ts", join(src, "lib/client/x.ts"))).toBe(true);
    expect(logicLines(`import a from "a";\ninterface Props {\n  a: string;\n}\n// why\nconst x = 1;\nconst y = {\n  a: 1,\n};`)).toBe(4);
  });
});

describe("tests mirror the source folders", () => {
  it("a test named after a module sits where the module does (test/lib/x/y.test.ts for src/lib/x/y.ts)", () => {
    const modules = new Map<string, string[]>();
    for (const path of all.filter((p) => p.endsWith(".ts"))) {
      const name = path.split("/").at(-1)!.replace(/\.ts$/, "");
      modules.set(name, [...(modules.get(name) ?? []), dirname(relative(src, path))]);
    }
    const problems: string[] = [];
    for (const path of files(join(root, "test"))) {
      const dir = dirname(relative(join(root, "test"), path));
      const name = path
        .split("/")
        .at(-1)!
        .replace(/\.test\.ts$/, "");
      // test/lib/charts/charts.test.ts tests its folder, not a module of that name elsewhere.
      if (!path.endsWith(".test.ts") || /^(e2e|build|fixtures|helpers)(\/|$)/.test(dir) || dir.split("/").at(-1) === name) continue;
      const homes = modules.get(name);
      if (homes && !homes.includes(dir))
        problems.push(`${relative(root, path)}: tests src/${homes[0]}/${name}.ts, so belongs in test/${homes[0]}/`);
      if (/^(lib|integrations)(\/|$)/.test(dir) && !existsSync(join(src, dir)))
        problems.push(`${relative(root, path)}: no src/${dir}/ to mirror`);
    }
    expect(problems).toEqual([]);
  });
});
