// Keeping file access inside a workspace folder. A workspace is untrusted input: a link to `/`,
// a path `../../.ssh/id_rsa` in a settings file, or a link swapped in for a file must not make
// News Lens read or write anywhere else.
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

export type Contained = { ok: true; path: string } | { ok: false; reason: string };

/** Whether `path` is `folder` or lies below it (both already real, absolute paths). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The real path of `relPath` (written in a workspace file, `/`-separated) inside `folder`, or why
 * it is refused: absolute paths, `..` segments, NUL bytes, and links (the file's own or a folder's
 * on the way) that lead outside. A path that does not exist yet is resolved through its nearest
 * existing folder, so it can be created safely. Check right before use: a link made afterwards
 * is not seen.
 */
export function resolveInside(folder: string, relPath: string): Contained {
  if (typeof relPath !== 'string' || !relPath) return { ok: false, reason: 'not a path' };
  if (relPath.includes('\0')) return { ok: false, reason: 'a path with a NUL byte' };
  if (isAbsolute(relPath) || /^[a-zA-Z]:|^[\\/]|^~/.test(relPath)) return { ok: false, reason: 'an absolute path' };
  const segments = relPath.split(/[\\/]/);
  if (segments.includes('..')) return { ok: false, reason: 'a path with ".." in it' };
  let root: string;
  try {
    root = realpathSync(folder);
  } catch {
    return { ok: false, reason: 'the workspace folder is gone' };
  }
  const real = realOrNearest(join(root, ...segments));
  if (real === undefined || !isInside(root, real)) return { ok: false, reason: 'a link that leads outside the workspace folder' };
  return { ok: true, path: real };
}

/**
 * The real path of `path`; for a path that does not exist, its nearest existing folder's real path
 * joined with the rest. A dangling link is refused: creating its target would write elsewhere.
 */
function realOrNearest(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return undefined;
    if (isLink(path)) return undefined;
    const parent = dirname(path);
    if (parent === path) return undefined;
    const realParent = realOrNearest(parent);
    return realParent === undefined ? undefined : join(realParent, relative(parent, path));
  }
}

function isLink(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
}
