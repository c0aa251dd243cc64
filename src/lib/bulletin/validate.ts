/**
 * Checks the files an import would write against what the build accepts: the content schemas
 * (src/lib/content/schema.ts) for issue.yaml, article and policy frontmatter and series files,
 * and the body check that refuses code in content. The importer runs this before writing, so an
 * import never leaves a file the build then refuses; the tests run it on every golden output.
 */
import { parse as parseYaml } from "yaml";
import { checkBody } from "../content/body-safety.ts";
import { articleSchema, issueSchema, policySchema, seriesSchema } from "../content/schema.ts";

export interface OutputProblem {
  /** Path of the file, as the plan names it. */
  path: string;
  /** Field at fault, dotted (`toc.2.title`), or "body". */
  field: string;
  message: string;
}

/** Splits an MDX file into its frontmatter (parsed) and the rest. */
function frontmatter(content: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(content);
  return match ? parseYaml(match[1]!) : {};
}

type Kind = "issue" | "article" | "policy" | "series";

const schemas = { issue: issueSchema, article: articleSchema, policy: policySchema, series: seriesSchema };

/** Which schema a planned file falls under, from its path. */
export function kindOf(path: string): Kind | undefined {
  if (path === "issue.yaml" || path.endsWith("/issue.yaml")) return "issue";
  if (path.startsWith("series/") && path.endsWith(".yaml")) return "series";
  if (path.startsWith("policies/") && path.endsWith(".mdx")) return "policy";
  if (path.endsWith(".mdx")) return "article";
  return undefined;
}

/** Every problem the build would find in one planned file. */
export function validateFile(path: string, content: string, kind = kindOf(path)): OutputProblem[] {
  if (!kind) return [];
  const data = kind === "issue" || kind === "series" ? parseYaml(content) : frontmatter(content);
  const result = schemas[kind].safeParse(data);
  const problems: OutputProblem[] = result.success
    ? []
    : result.error.issues.map((issue) => ({ path, field: issue.path.join(".") || "(file)", message: issue.message }));
  if (kind === "article" || kind === "policy") {
    for (const message of checkBody(path, content)) problems.push({ path, field: "body", message });
  }
  return problems;
}
