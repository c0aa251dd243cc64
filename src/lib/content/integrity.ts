/**
 * Checks that span files, which a per-file schema cannot see: an article's section belongs to its
 * series, an issue's series exists, no two issues share a series, year and number, and every
 * place is known. Each problem names the file and the field.
 */
export interface Entry<T> {
  id: string;
  /** Path of the file, relative to the project, for messages. */
  filePath: string;
  data: T;
}

export interface IntegrityInput {
  series: Entry<{ sections: string[] }>[];
  issues: Entry<{ series: string; year?: number; number?: number }>[];
  /** Articles with the id of the issue they belong to. */
  articles: (Entry<{ section?: string; places: string[] }> & { issue: string })[];
  policies: Entry<{ places: string[] }>[];
  placeIds: Set<string>;
}

export function checkIntegrity(input: IntegrityInput): string[] {
  const errors: string[] = [];
  const series = new Map(input.series.map((s) => [s.id, s]));
  const issues = new Map(input.issues.map((i) => [i.id, i]));
  const seen = new Map<string, string>();
  for (const issue of input.issues) {
    if (!series.has(issue.data.series)) {
      errors.push(`${issue.filePath}: series: unknown series "${issue.data.series}" (known: ${[...series.keys()].join(", ")})`);
    }
    if (issue.data.year !== undefined && issue.data.number !== undefined) {
      const key = `${issue.data.series}/${issue.data.year}/${issue.data.number}`;
      const other = seen.get(key);
      if (other) errors.push(`${issue.filePath}: number: ${issue.data.series} ${issue.data.year}年第${issue.data.number}期 is also ${other}`);
      else seen.set(key, issue.filePath);
    }
  }
  for (const article of input.articles) {
    const issue = issues.get(article.issue);
    if (!issue) {
      errors.push(`${article.filePath}: the folder has no issue.yaml`);
      continue;
    }
    const sections = series.get(issue.data.series)?.data.sections ?? [];
    if (article.data.section !== undefined && !sections.includes(article.data.section)) {
      errors.push(
        `${article.filePath}: section: unknown section "${article.data.section}" for series ${issue.data.series} (known: ${sections.join("、") || "none"}); add it to content/series/${issue.data.series}.yaml if it is right`,
      );
    }
  }
  for (const entry of [...input.articles, ...input.policies]) {
    for (const place of entry.data.places) {
      if (!input.placeIds.has(place)) errors.push(`${entry.filePath}: places: unknown place "${place}" (not in data/regions.csv or data/zones.csv)`);
    }
  }
  return errors;
}

/** Date fields, by name, in YAML files and MDX frontmatter. */
const DATE_FIELD = /^(date|notBefore):[ \t]*["']?([^"'\s#]*)/gm;

/**
 * Checks date fields in a file's raw text. YAML reads `2023-13-45` as a timestamp and rolls it
 * over to 2024-02-14, so a mistyped date would reach the schema as a different, valid day; the
 * text is the only place the mistake can be seen.
 */
export function checkRawDates(filePath: string, text: string): string[] {
  const errors: string[] = [];
  for (const [, field, value] of text.matchAll(DATE_FIELD)) {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value!) ? new Date(`${value}T00:00:00Z`) : undefined;
    if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
      errors.push(`${filePath}: ${field}: not a valid date: "${value}" (write YYYY-MM-DD)`);
    }
  }
  return errors;
}
