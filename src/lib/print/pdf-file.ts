/**
 * Where an issue's printed PDF lives on the site: beside its page, named after the issue
 * (/issues/jiangsu-shuangchuang/2022-02/jiangsu-shuangchuang-2022-02.pdf), so that a saved file
 * says what it is. `npm run build:pdf` builds the site with ISSUE_PDFS=1, so that issue pages link
 * their PDF, then prints every issue there; it fails if one cannot be printed, so no link is dead.
 */
export function issuePdfName(issueId: string): string {
  return `${issueId.replace(/\//g, "-")}.pdf`;
}

/** Whether this build prints the issues' PDFs (npm run build:pdf) and pages should link them. */
export function issuePdfsBuilt(env: Record<string, string | undefined>): boolean {
  return env.ISSUE_PDFS === "1";
}
