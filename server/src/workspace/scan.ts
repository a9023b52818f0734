// Listing the articles of a folder. A reader's folder is messy: links that loop, links out of the
// folder (to `..` or `/`), folders that vanish mid-scan, folders that cannot be read. Each of these
// is reported and skipped; nothing stops the scan, and nothing outside the folder is listed.
import { promises as fs } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isInside } from './containment.js';
import type { PathFilter } from './glob.js';

export interface ScanProblem {
  path: string;
  reason: string;
}

/** Yields the absolute paths of the articles below `root` that the filter accepts. */
export async function* listArticles(root: string, filter: PathFilter, problems: ScanProblem[] = []): AsyncGenerator<string> {
  const realRoot = await fs.realpath(root).catch(() => undefined);
  if (!realRoot) return;
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    const real = await fs.realpath(dir).catch(() => undefined);
    if (!real) continue; // gone since it was listed
    if (seen.has(real)) {
      problems.push({ path: dir, reason: 'a link to a folder already listed (a loop)' });
      continue;
    }
    seen.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      problems.push({ path: dir, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
      continue;
    }
    const files: string[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      const link = entry.isSymbolicLink() ? await followLink(path, realRoot) : undefined;
      const isFolder = link ? link !== 'nowhere' && link.folder : entry.isDirectory();
      const wanted = isFolder ? !filter.excludes(rel) : filter.accepts(rel);
      if (!wanted) continue;
      if (link === 'nowhere') problems.push({ path, reason: 'a link that leads nowhere' });
      else if (link && !link.inside) problems.push({ path, reason: 'a link to outside the folder, not followed' });
      else if (isFolder) stack.push(path);
      else files.push(path);
    }
    yield* files.sort();
  }
}

/** Where a link leads: inside the root or not, to a folder or not; or nowhere. */
async function followLink(path: string, realRoot: string): Promise<{ inside: boolean; folder: boolean } | 'nowhere'> {
  const real = await fs.realpath(path).catch(() => undefined);
  if (!real) return 'nowhere';
  const folder = !!(await fs.stat(real).catch(() => undefined))?.isDirectory();
  return { inside: isInside(realRoot, real), folder };
}
