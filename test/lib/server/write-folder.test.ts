/** The importer's writer: inside the content folder only, all or nothing, and tidy after a crash. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  WriteError,
  inside,
  nodeOps,
  tidyLeftovers,
  writeFileAtomically,
  writeFolderAtomically,
  type FileOps,
} from "../../../src/lib/server/write-folder.ts";

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
let root: string;
beforeEach(() => {
  const temp = mkdtempSync(join(tmpdir(), "write-folder-"));
  temps.push(temp);
  root = join(temp, "content");
  mkdirSync(root);
});

const issue = "issues/demo/2023-01";
const files = [
  { path: "issue.yaml", content: "new\n" },
  { path: "01-a.mdx", content: "new article\n" },
];
/** The existing issue, as an editor left it. */
function existing() {
  mkdirSync(join(root, issue), { recursive: true });
  writeFileSync(join(root, issue, "issue.yaml"), "edited by hand\n");
}
/** File operations that fail on the `n`th rename. */
function failingRename(n: number): FileOps {
  let count = 0;
  return {
    ...nodeOps,
    rename(from, to) {
      if (++count === n) throw Object.assign(new Error(`EACCES: permission denied, rename '${from}' -> '${to}'`), { code: "EACCES" });
      nodeOps.rename(from, to);
    },
  };
}
const siblings = () => readdirSync(join(root, "issues/demo")).sort();

describe("inside", () => {
  it("accepts paths inside the content folder and refuses every way out", () => {
    expect(inside(root, "issues/demo/2023-01")).toBe(join(root, "issues/demo/2023-01"));
    for (const bad of ["../x", "issues/../../x", "/etc", "", ".", "issues/demo/../../.."]) {
      expect(() => inside(root, bad), bad).toThrow(WriteError);
    }
  });
  it("refuses a path through a symbolic link that leads outside", () => {
    const outside = mkdtempSync(join(tmpdir(), "outside-"));
    temps.push(outside);
    symlinkSync(outside, join(root, "issues"));
    expect(() => inside(root, "issues/demo/2023-01")).toThrow(/not inside the content folder/);
  });
});

describe("writeFolderAtomically", () => {
  it("writes a new folder and leaves nothing else", () => {
    expect(writeFolderAtomically(root, issue, files)).toEqual([]);
    expect(readFileSync(join(root, issue, "01-a.mdx"), "utf8")).toBe("new article\n");
    expect(siblings()).toEqual(["2023-01"]);
  });

  it("refuses a path outside the content folder before writing anything", () => {
    expect(() => writeFolderAtomically(root, "../../victim", files, true)).toThrow(/not inside the content folder/);
    expect(() => writeFolderAtomically(root, issue, [{ path: "../../../x.mdx", content: "" }])).toThrow(/not inside/);
    expect(existsSync(join(root, "issues"))).toBe(false);
  });

  it("never touches an existing folder without force", () => {
    existing();
    expect(() => writeFolderAtomically(root, issue, files)).toThrow(/already exists: pass --force/);
    expect(readFileSync(join(root, issue, "issue.yaml"), "utf8")).toBe("edited by hand\n");
  });

  it("replaces an existing folder whole with force", () => {
    existing();
    writeFileSync(join(root, issue, "99-old.mdx"), "x");
    writeFolderAtomically(root, issue, files, true);
    expect(readdirSync(join(root, issue)).sort()).toEqual(["01-a.mdx", "issue.yaml"]);
    expect(siblings()).toEqual(["2023-01"]);
  });

  it("leaves everything as it was when the old folder cannot be moved aside, and says so", () => {
    existing();
    expect(() => writeFolderAtomically(root, issue, files, true, failingRename(1))).toThrow(
      /could not move the existing .*2023-01 aside to replace it \(EACCES: permission denied.*\): nothing was changed/,
    );
    expect(readFileSync(join(root, issue, "issue.yaml"), "utf8")).toBe("edited by hand\n");
    expect(siblings()).toEqual(["2023-01"]);
  });

  it("puts the old folder back when the new one cannot be moved in", () => {
    existing();
    expect(() => writeFolderAtomically(root, issue, files, true, failingRename(2))).toThrow(
      /could not move the new files into .*2023-01 \(EACCES.*\): the existing one was put back, nothing was changed/,
    );
    expect(readFileSync(join(root, issue, "issue.yaml"), "utf8")).toBe("edited by hand\n");
    expect(siblings()).toEqual(["2023-01"]);
  });

  it("says where the old folder is when it cannot be put back either", () => {
    existing();
    let count = 0;
    const ops: FileOps = {
      ...nodeOps,
      rename(from, to) {
        if (++count >= 2) throw new Error("EIO: i/o error");
        nodeOps.rename(from, to);
      },
    };
    expect(() => writeFolderAtomically(root, issue, files, true, ops)).toThrow(
      /it is at .*\.2023-01\.old-\d+-\d+; rename it to .*2023-01 by hand/,
    );
    // The set-aside copy has a dot name, which the build's globs skip.
    expect(siblings().every((n) => n.startsWith("."))).toBe(true);
  });

  it("reports an old copy it could not remove, under a name the build ignores", () => {
    existing();
    const ops: FileOps = { ...nodeOps, remove: (p) => (p.includes(".old-") ? undefined : nodeOps.remove(p)) };
    const messages = writeFolderAtomically(root, issue, files, true, ops);
    expect(messages[0]).toMatch(/replaced .*2023-01, but could not remove the old copy at .*\.2023-01\.old-.*: remove it by hand/);
    expect(readFileSync(join(root, issue, "issue.yaml"), "utf8")).toBe("new\n");
    expect(siblings().filter((n) => !n.startsWith("."))).toEqual(["2023-01"]);
  });

  it("removes its temporary folder when writing a file fails", () => {
    const ops: FileOps = {
      ...nodeOps,
      write: () => {
        throw new Error("ENOSPC: no space left on device");
      },
    };
    expect(() => writeFolderAtomically(root, issue, files, false, ops)).toThrow(
      /could not write the new files .*ENOSPC.*nothing was changed/,
    );
    expect(siblings()).toEqual([]);
  });
});

describe("writeFileAtomically", () => {
  it("writes a file through a dot-named temporary, refusing to overwrite without force", () => {
    writeFileAtomically(root, "policies/a.mdx", "one");
    expect(() => writeFileAtomically(root, "policies/a.mdx", "two")).toThrow(/already exists/);
    writeFileAtomically(root, "policies/a.mdx", "two", true);
    expect(readFileSync(join(root, "policies/a.mdx"), "utf8")).toBe("two");
    expect(readdirSync(join(root, "policies"))).toEqual(["a.mdx"]);
    expect(() => writeFileAtomically(root, "../a.mdx", "x")).toThrow(/not inside/);
  });
});

describe("tidyLeftovers", () => {
  const dead = 999_999_999;
  it("removes temporaries, restores a set-aside copy whose original is gone, and removes one whose original is there", () => {
    const dir = join(root, "issues/demo");
    mkdirSync(join(dir, `.2023-01.tmp-${dead}-1`), { recursive: true });
    mkdirSync(join(dir, `2022-12.tmp-${dead}-1`)); // the name an earlier importer used
    mkdirSync(join(dir, `.2023-02.old-${dead}-1`));
    writeFileSync(join(dir, `.2023-02.old-${dead}-1`, "issue.yaml"), "the only copy\n");
    mkdirSync(join(dir, "2023-03"));
    mkdirSync(join(dir, `.2023-03.old-${dead}-1`));
    mkdirSync(join(dir, `.2023-04.tmp-${process.pid}-1`)); // this process's own: still being written
    const messages = tidyLeftovers(dir);
    expect(messages).toHaveLength(4);
    expect(messages.join("\n")).toMatch(/restored .*2023-02 from \.2023-02\.old-/);
    expect(readdirSync(dir).sort()).toEqual([`.2023-04.tmp-${process.pid}-1`, "2023-02", "2023-03"]);
    expect(readFileSync(join(dir, "2023-02/issue.yaml"), "utf8")).toBe("the only copy\n");
  });
});
