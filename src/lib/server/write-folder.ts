/**
 * Writes a set of files as one folder, atomically: everything goes into a temporary sibling
 * folder first, which is renamed into place only when complete. An existing folder is never
 * touched unless `force` is set, and then it is replaced whole (moved aside, then removed), so an
 * interrupted import leaves either the old folder or the new one, never a mixture.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export class FolderExistsError extends Error {}

export function writeFolderAtomically(target: string, files: { path: string; content: string }[], force = false): void {
  if (existsSync(target) && !force) {
    throw new FolderExistsError(`${target} already exists: pass --force to replace it (nothing was written)`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = `${target}.tmp-${stamp}`;
  mkdirSync(temp);
  try {
    for (const file of files) {
      mkdirSync(dirname(join(temp, file.path)), { recursive: true });
      writeFileSync(join(temp, file.path), file.content);
    }
    if (existsSync(target)) {
      const old = `${target}.old-${stamp}`;
      renameSync(target, old);
      renameSync(temp, target);
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(temp, target);
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Writes one file atomically (temp file, then rename), refusing to overwrite without `force`. */
export function writeFileAtomically(target: string, content: string, force = false): void {
  if (existsSync(target) && !force)
    throw new FolderExistsError(`${target} already exists: pass --force to replace it (nothing was written)`);
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(temp, content);
  renameSync(temp, target);
}
