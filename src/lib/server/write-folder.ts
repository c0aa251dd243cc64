/**
 * Writes what the importer made into the content folder without ever leaving it half-written,
 * and without ever touching anything outside it.
 *
 * - Every path is resolved and refused unless it lies inside the content folder, whatever ids
 *   the editor typed (`--series ../../etc` is refused before this, and here again).
 * - Files go into a temporary sibling first, which is renamed into place only when complete. Its
 *   name starts with a dot (`.2022-02.tmp-<pid>-<time>`), so the build, whose globs skip dot
 *   files, never reads one, even if the import is killed halfway.
 * - `force` replaces an existing folder by renames: the old one is moved aside (to a dot name),
 *   the new one moved in, the old one removed. If the new one cannot be moved in, the old one is
 *   moved back; every failure says what was done and what is where.
 * - Leftovers of an import that was killed are tidied up by the next one ({@link tidyLeftovers}).
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";

/** Refused writes: a path outside the content folder, an existing target without force, a failed rename. */
export class WriteError extends Error {
  override name = "WriteError";
}

/** The file-system calls the writer makes; tests pass failing ones to check each recovery path. */
export interface FileOps {
  rename(from: string, to: string): void;
  remove(path: string): void;
  mkdir(path: string): void;
  write(path: string, content: string): void;
}

export const nodeOps: FileOps = {
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { recursive: true, force: true }),
  mkdir: (path) => mkdirSync(path, { recursive: true }),
  write: (path, content) => writeFileSync(path, content),
};

function within(base: string, full: string): boolean {
  const rel = relative(base, full);
  return rel !== "" && !rel.split(sep).includes("..") && resolve(base, rel) === full;
}

/**
 * Resolves `path` against `root` and returns it, or throws when it does not lie strictly inside
 * `root`: `..`, an absolute path elsewhere, `root` itself, or a symbolic link on the way that
 * leads out of it.
 */
export function inside(root: string, path: string): string {
  const base = resolve(root);
  const full = resolve(base, path);
  let real = full;
  while (!existsSync(real) && dirname(real) !== real) real = dirname(real);
  const realBase = existsSync(base) ? realpathSync(base) : base;
  const realFull = existsSync(real) ? join(realpathSync(real), relative(real, full)) : full;
  if (!within(base, full) || !within(realBase, realFull)) {
    throw new WriteError(`refusing to write ${path}: it is not inside the content folder ${base}`);
  }
  return full;
}

/** Why a rename or removal failed, in one line: the error code and message Node gives. */
function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A temporary or set-aside name beside `target`, which the build's globs never match. */
function sideName(target: string, kind: "tmp" | "old"): string {
  return join(dirname(target), `.${basename(target)}.${kind}-${process.pid}-${Date.now()}`);
}

/**
 * Writes `files` as the folder `target` (relative to `root`). Refuses an existing folder unless
 * `force`; returns messages for the editor about anything left to tidy by hand.
 */
export function writeFolderAtomically(
  root: string,
  target: string,
  files: { path: string; content: string }[],
  force = false,
  ops: FileOps = nodeOps,
): string[] {
  const full = inside(root, target);
  const paths = files.map((f) => ({ path: inside(full, f.path), content: f.content }));
  if (existsSync(full) && !force) throw new WriteError(`${full} already exists: pass --force to replace it (nothing was written)`);
  ops.mkdir(dirname(full));
  const temp = sideName(full, "tmp");
  try {
    ops.mkdir(temp);
    for (const file of paths) {
      const at = join(temp, relative(full, file.path));
      ops.mkdir(dirname(at));
      ops.write(at, file.content);
    }
  } catch (error) {
    ops.remove(temp);
    throw new WriteError(`could not write the new files in ${temp} (${reason(error)}): nothing was changed`);
  }
  return moveIntoPlace(temp, full, ops);
}

/** Writes one file (`target` relative to `root`) the same way: a dot-named temporary, then a rename. */
export function writeFileAtomically(root: string, target: string, content: string, force = false, ops: FileOps = nodeOps): string[] {
  const full = inside(root, target);
  if (existsSync(full) && !force) throw new WriteError(`${full} already exists: pass --force to replace it (nothing was written)`);
  if (existsSync(full) && statSync(full).isDirectory()) throw new WriteError(`${full} is a folder: nothing was written`);
  ops.mkdir(dirname(full));
  const temp = sideName(full, "tmp");
  try {
    ops.write(temp, content);
  } catch (error) {
    ops.remove(temp);
    throw new WriteError(`could not write ${temp} (${reason(error)}): nothing was changed`);
  }
  return moveIntoPlace(temp, full, ops);
}

/**
 * Renames the finished temporary into place. An existing target is set aside first and removed
 * last; if the new one cannot be moved in, the old one is moved back.
 */
function moveIntoPlace(temp: string, target: string, ops: FileOps): string[] {
  if (!existsSync(target)) {
    try {
      ops.rename(temp, target);
    } catch (error) {
      ops.remove(temp);
      throw new WriteError(`could not move the new files into ${target} (${reason(error)}): nothing was changed`);
    }
    return [];
  }
  const old = sideName(target, "old");
  try {
    ops.rename(target, old);
  } catch (error) {
    ops.remove(temp);
    throw new WriteError(`could not move the existing ${target} aside to replace it (${reason(error)}): nothing was changed`);
  }
  try {
    ops.rename(temp, target);
  } catch (error) {
    try {
      ops.rename(old, target);
    } catch (restoreError) {
      throw new WriteError(
        `could not move the new files into ${target} (${reason(error)}), and could not move the existing one back ` +
          `(${reason(restoreError)}): it is at ${old}; rename it to ${target} by hand. The new files are in ${temp}`,
      );
    }
    ops.remove(temp);
    throw new WriteError(
      `could not move the new files into ${target} (${reason(error)}): the existing one was put back, nothing was changed`,
    );
  }
  try {
    ops.remove(old);
    if (existsSync(old)) throw new Error("it is still there");
  } catch (error) {
    return [`replaced ${target}, but could not remove the old copy at ${old} (${reason(error)}): remove it by hand (the build ignores it)`];
  }
  return [];
}

/** Names the writer gives temporaries and set-aside copies, now and before they were dot names. */
const LEFTOVER = /^\.?(.+)\.(tmp|old)-(\d+)-(\d+)$/;

function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Tidies what an import killed halfway left in `folder` (one level, e.g. content/issues/<series>):
 * a temporary is removed; a set-aside copy is moved back when its original is missing (the import
 * died between the two renames, so it is the only copy) and removed otherwise. Leftovers of an
 * import still running are left alone. Returns one message per thing done.
 */
export function tidyLeftovers(folder: string, ops: FileOps = nodeOps): string[] {
  if (!existsSync(folder)) return [];
  const messages: string[] = [];
  for (const name of readdirSync(folder)) {
    const match = LEFTOVER.exec(name);
    if (!match || running(Number(match[3]))) continue;
    const path = join(folder, name);
    const original = join(folder, match[1]!);
    try {
      if (match[2] === "old" && !existsSync(original)) {
        ops.rename(path, original);
        messages.push(`restored ${original} from ${name}, which an interrupted import had set aside`);
      } else {
        ops.remove(path);
        messages.push(`removed ${path}, left by an interrupted import`);
      }
    } catch (error) {
      messages.push(`could not tidy ${path}, left by an interrupted import (${reason(error)}): remove it by hand`);
    }
  }
  return messages;
}
