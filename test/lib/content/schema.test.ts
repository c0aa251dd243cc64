import { describe, expect, it } from "vitest";
import { articleSchema, issueSchema, policySchema } from "../../../src/lib/content/schema.ts";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("content schemas", () => {
  it("refuses an article without a title, naming the field", () => {
    const result = articleSchema.safeParse({ order: 1 });
    expect(result.success).toBe(false);
    expect(issues(result)[0]).toMatch(/^title: /);
  });
  it("refuses a date that is not a real day", () => {
    const result = issueSchema.safeParse({ series: "s", date: "2022-02-30" });
    expect(issues(result)).toEqual(['date: not a valid date: "2022-02-30" (write YYYY-MM-DD)']);
  });
  it("accepts a date that YAML read as a timestamp, as the same text", () => {
    const result = policySchema.parse({ title: "t", issuer: "i", level: "市级", date: new Date("2024-01-10T00:00:00Z") });
    expect(result.date).toBe("2024-01-10");
  });
  it("refuses a place that is neither a code nor a zone id", () => {
    const result = articleSchema.safeParse({ title: "t", order: 1, places: ["南京"] });
    expect(issues(result)[0]).toMatch(/^places\.0: a place is a GB\/T 2260 code/);
  });
});
