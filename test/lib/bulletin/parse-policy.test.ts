/** Policy documents as portals show them: metadata lines, buttons, numbered chapters and tasks. */
import { describe, expect, it } from "vitest";
import { looksLikePolicy, parsePolicy } from "../../../src/lib/bulletin/parse-policy.ts";
import { logicalLines } from "../../../src/lib/bulletin/text.ts";

const portal = [
  "某县科技企业孵化器扶持办法",
  "发布时间:2023.6.1",
  "政策级别:县级",
  "发文部门:某县科学技术局",
  "政策主题:引导扶持，财政补贴",
  "点赞",
  "收藏",
  "分享到：微信",
  "某县科技企业孵化器扶持办法（试行）",
  "为加快孵化载体建设，制定本办法。",
  "一、支持对象",
  "在本县注册的科技企业孵化器。",
  "(一)认定奖励",
  "1、国家级孵化器。给予100万元奖励。",
  "2、省级孵化器奖励50万元，市级孵化器奖励20万元，其余不予奖励，特此说明并请各单位遵照执行。",
  "二、附则",
  "本办法自发布之日起施行。",
].join("\n\n");

describe("looksLikePolicy", () => {
  it("needs both a 发文部门 and a 政策级别 or 发布时间 line", () => {
    expect(looksLikePolicy(logicalLines(portal))).toBe(true);
    expect(looksLikePolicy(logicalLines("简报\n\n发文部门:某局\n\n正文。"))).toBe(false);
  });
});

describe("parsePolicy", () => {
  const policy = parsePolicy(portal, "p.txt");

  it("reads the metadata, drops the portal's buttons, and keeps the listed title when it differs", () => {
    expect(policy).toMatchObject({
      title: "某县科技企业孵化器扶持办法（试行）",
      listedTitle: "某县科技企业孵化器扶持办法",
      date: "2023-06-01",
      level: "县级",
      issuer: "某县科学技术局",
      themes: ["引导扶持", "财政补贴"],
      warnings: [],
    });
    expect(JSON.stringify(policy.blocks)).not.toMatch(/点赞|收藏|分享/);
  });

  it("makes chapters, parts and tasks headings, a task's lead sentence its heading", () => {
    expect(policy.blocks).toEqual([
      { kind: "paragraph", text: "为加快孵化载体建设，制定本办法。" },
      { kind: "heading", text: "一、支持对象", depth: 2 },
      { kind: "paragraph", text: "在本县注册的科技企业孵化器。" },
      { kind: "heading", text: "(一)认定奖励", depth: 3 },
      { kind: "heading", text: "1、国家级孵化器", depth: 4 },
      { kind: "paragraph", text: "给予100万元奖励。" },
      { kind: "paragraph", text: "2、省级孵化器奖励50万元，市级孵化器奖励20万元，其余不予奖励，特此说明并请各单位遵照执行。" },
      { kind: "heading", text: "二、附则", depth: 2 },
      { kind: "paragraph", text: "本办法自发布之日起施行。" },
    ]);
  });

  it("refuses a document with no title or no text, naming the line", () => {
    expect(() => parsePolicy("发文部门:某局\n\n政策级别:市级\n\n一、总则，说明如下。", "q.txt")).toThrow(
      /^q\.txt:\d+: a policy document needs a title line at the top/,
    );
    expect(() => parsePolicy("某办法\n\n发文部门:某局\n\n政策级别:市级", "r.txt")).toThrow(
      /^r\.txt:\d+: the policy document has no text after its title/,
    );
  });
});
