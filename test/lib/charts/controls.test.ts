/** The choices a chart offers, and captions that name them (src/lib/charts/controls.ts). */
import { describe, expect, it } from "vitest";
import {
  fillCaption,
  indicatorControl,
  kindControl,
  labelFrom,
  levelControl,
  scopesControl,
  untilControl,
} from "../../../src/lib/charts/controls.ts";

describe("controls", () => {
  it("each sets one query parameter, with distinct values", () => {
    const controls = [
      indicatorControl([
        { id: "incubators", name: "科技企业孵化器" },
        { id: "maker_spaces", name: "众创空间" },
      ]),
      scopesControl(),
      untilControl([2022, 2021]),
      levelControl(),
      kindControl(),
    ];
    expect(controls.map((c) => c.param)).toEqual(["indicator", "indicators", "until", "level", "kind"]);
    for (const c of controls) expect(new Set(c.options.map((o) => o.value)).size, c.param).toBe(c.options.length);
  });

  it("until: each place's latest first, then the end of each year given, in the order given", () => {
    expect(untilControl([2022, 2021]).options).toEqual([
      { value: "", label: "最新" },
      { value: "2022-12-31", label: "截至2022年底" },
      { value: "2021-12-31", label: "截至2021年底" },
    ]);
    expect(untilControl([]).options).toEqual([{ value: "", label: "最新" }]);
  });

  it("scopes: every scope of one kind of carrier together, never two kinds in one option", () => {
    for (const o of scopesControl().options) {
      const ids = o.value.split(",");
      const stems = new Set(ids.map((id) => id.replace(/^(provincial_plus|national)_/, "")));
      expect(stems.size, o.value).toBe(1);
    }
  });

  it("indicator: one option per indicator, named in Chinese", () => {
    expect(indicatorControl([{ id: "a", name: "甲" }]).options).toEqual([{ value: "a", label: "甲" }]);
  });
});

describe("captions", () => {
  const controls = [kindControl(), untilControl([2021])];

  it("name the chosen option by its label, and a value with no control as itself", () => {
    const label = labelFrom(controls, { kind: "target", until: "2021-12-31", indicator: "incubators" });
    expect(fillCaption("{indicator}（{kind}）：{until}的数字", label)).toBe("incubators（目标数）：截至2021年底的数字");
  });

  it("leave a name with no value as written, and text without braces untouched", () => {
    const label = labelFrom(controls, { kind: "actual" });
    expect(fillCaption("{kind}{until}", label)).toBe("实际数{until}");
    expect(fillCaption("江苏省（2021年）", label)).toBe("江苏省（2021年）");
    // Only {name} with a name: other braces are text.
    expect(fillCaption("{ kind }{1x}", label)).toBe("{ kind }{1x}");
  });

  it("match a value to an option as text: a number parameter finds its option", () => {
    const label = labelFrom([{ param: "n", label: "N", options: [{ value: "3", label: "三" }] }], { n: 3 });
    expect(label("n")).toBe("三");
    expect(label("missing")).toBeUndefined();
  });
});
