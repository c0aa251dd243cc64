/**
 * Article and policy bodies are text: Markdown plus the site's own MDX components. MDX would
 * also run code written in a body (`{process.exit(1)}` runs while the site builds, an
 * `export`/`import` line runs when the page renders) and pass raw `<script>`, `<style>` or
 * `<iframe>` elements and `onclick` attributes into the page, where only the
 * Content-Security-Policy would stop them. This check refuses all of that, naming the file and
 * line, before the build renders anything.
 *
 * It parses with satteri, the parser Astro's MDX integration compiles with, so what is checked
 * is exactly what would be compiled.
 */
import { mdxToMdast, type MdastNode } from "satteri";

/**
 * HTML elements a body may write directly. Everything else lower-case is refused, so that no
 * element able to load or run something (script, style, iframe, object, embed, form, link, meta,
 * base, svg …) slips through a list of forbidden names.
 */
const HTML_ELEMENTS = new Set(
  (
    "p span br sup sub strong em b i u s small mark abbr cite q blockquote ul ol li dl dt dd " +
    "table thead tbody tfoot tr th td caption colgroup col figure figcaption img a div section hr " +
    "h2 h3 h4 h5 h6 details summary del ins code pre kbd var time"
  ).split(" "),
);

/** Attributes that hold an address, where a `javascript:` URL would run code when followed. */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "cite", "background"]);

/** Schemes that run code or carry a whole document; ordinary http(s), mailto, tel and relative links pass. */
const UNSAFE_URL = /^\s*(?:javascript|vbscript|data|file)\s*:/i;

type Node = MdastNode & {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
};

/** An expression that is only comments (`{/* … *\/}`), the way MDX writes a comment; it runs nothing. */
function onlyComments(code: string): boolean {
  return (
    code
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/[^\n]*/g, "")
      .trim() === ""
  );
}

/**
 * Checks one MDX file (frontmatter included, so that lines are the file's lines). Returns one
 * message per problem, `<file>:<line>: …`, or none.
 */
export function checkBody(filePath: string, source: string): string[] {
  let tree: Node;
  try {
    tree = mdxToMdast(source, { position: true }) as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+): /.exec(message);
    return [`${filePath}:${at?.[1] ?? 1}: MDX cannot read this: ${message.replace(/^\d+:\d+: /, "")}`];
  }
  const errors: string[] = [];
  const walk = (node: Node, line: number) => {
    const here = node.position?.start.line ?? line;
    const say = (message: string) => errors.push(`${filePath}:${here}: ${message}`);
    switch (node.type) {
      case "mdxjsEsm":
        say("an import or export line is code, which content may not hold; write text and the site's components only");
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        if (!onlyComments(String(node.value ?? "")))
          say(`{${String(node.value).slice(0, 40)}} is a JavaScript expression, which would run while the site builds; write \\{ and \\} for braces in text`);
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        checkElement(node, say);
        break;
      case "link":
      case "image":
      case "definition":
        if (node.url && UNSAFE_URL.test(node.url)) say(`the link ${node.url.slice(0, 40)} would run code or load a document; link to an http(s) address`);
        break;
    }
    for (const child of node.children ?? []) walk(child, here);
  };
  walk(tree, 1);
  return errors;
}

function checkElement(node: Node, say: (message: string) => void): void {
  const name = node.name ?? "";
  if (name === "") {
    say("a fragment (<>…</>) is not content; write text and the site's components only");
    return;
  }
  const isComponent = /^[A-Z][A-Za-z0-9]*$/.test(name);
  if (!isComponent && !HTML_ELEMENTS.has(name)) {
    say(`<${name}> is not allowed in content: ${/^(script|style|iframe)$/i.test(name) ? "it would run or restyle code in the page" : "use Markdown, the HTML elements of ordinary text, or the site's components"}`);
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      say(`<${name}> spreads a JavaScript expression into its attributes, which would run while the site builds`);
      continue;
    }
    const attr = attribute.name ?? "";
    if (/^on/i.test(attr)) say(`<${name} ${attr}=…> is an event handler, which would run code in the reader's browser`);
    const value = attribute.value;
    if (value !== null && typeof value === "object") {
      say(`<${name} ${attr}={…}> is a JavaScript expression, which would run while the site builds; give the value in quotes`);
    } else if (typeof value === "string" && URL_ATTRIBUTES.has(attr.toLowerCase()) && UNSAFE_URL.test(value)) {
      say(`<${name} ${attr}="${value.slice(0, 40)}"> would run code or load a document; link to an http(s) address`);
    }
  }
}
