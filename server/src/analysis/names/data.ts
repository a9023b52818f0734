// The data files the recogniser ships (the tagger's weights, the gazetteer), read when first
// needed. Imported, they were bundled into every script as 3 MB of object literals, which V8
// parsed at each start of the server and of each indexing thread (about 170 ms of a thread's
// 350 ms before its first answer) whether or not an article was to be analysed: on a warm start
// none is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_FILES = ['model.json', 'gazetteer.json'] as const;
export type DataFile = (typeof DATA_FILES)[number];

/**
 * Where they are read from: beside this module in the sources, beside the bundle in dist/
 * (scripts/build.mjs copies every JSON file of this folder there).
 */
export const DATA_DIR = __dirname;

export function readDataFile<T>(name: DataFile): T {
  const path = join(DATA_DIR, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new Error(`the recogniser's data file ${path} could not be read (${(err as Error).message}): the installation is incomplete`);
  }
}
