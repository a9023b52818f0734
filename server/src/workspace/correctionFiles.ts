// The corrections files of the workspace: `<folder>/.newslens.json` for each workspace folder,
// read from disk, or from the editor's buffer while one is open there. Each file's last good
// version stays in force while it has errors; the rules of all folders apply to the whole corpus
// (one corpus joins the entities of every folder, so a correction should reach all of them).
// Only those exact paths are ever read, and a file that resolves outside its folder (a link) is
// refused: the server reads nothing else through this file and writes nothing at all (the editor
// writes it, through the code actions' workspace edits).
import { promises as fs } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { CorrectionRules, type Corrections } from '../corpus/corrections.js';
import { CORRECTIONS_FILE, readCorrections, type FileProblem } from '../corpus/correctionsFile.js';
import { canonicalUri, pathToUri, uriToPath } from './uris.js';

/** A corrections file is a handful of rules; anything this large is not one. */
const MAX_BYTES = 1 << 20;

const NONE: Corrections = { merge: [], notEntity: [], retype: [] };

/** What the editor needs to know of one corrections file to add a rule to it. */
export interface CorrectionsTarget {
  uri: string;
  /** Its current text: the editor's buffer while open, else the file; absent when there is none. */
  text?: string;
  /** The buffer's version while open in the editor. */
  version?: number;
  /** False while the text has errors: a rule could not be added safely. */
  readable: boolean;
}

/** A file whose problems are to be shown (none: clear them). */
export interface CorrectionsReport {
  uri: string;
  text: string;
  problems: FileProblem[];
}

export interface CorrectionsUpdate {
  /** Whether the rules in force changed. */
  rulesChanged: boolean;
  reports: CorrectionsReport[];
}

interface FileState {
  root: string;
  path: string;
  text?: string;
  /** The editor's version while open. */
  version?: number;
  /** The last version without errors. */
  good: Corrections;
  problems: FileProblem[];
}

export class CorrectionFiles {
  private files = new Map<string, FileState>();
  private rules = CorrectionRules.NONE;

  constructor(roots: string[]) {
    for (const root of roots) {
      const path = join(resolve(root), CORRECTIONS_FILE);
      this.files.set(pathToUri(path), { root: resolve(root), path, good: NONE, problems: [] });
    }
  }

  get current(): CorrectionRules {
    return this.rules;
  }

  /** Whether `uri` is one of the corrections files. */
  owns(uri: string): boolean {
    return this.files.has(canonicalUri(uri));
  }

  /** The corrections file of the folder holding an article; none for an article outside the folders. */
  targetFor(articleUri: string): CorrectionsTarget | undefined {
    const path = uriToPath(canonicalUri(articleUri));
    for (const [uri, f] of this.files) {
      if (!path?.startsWith(f.root.endsWith(sep) ? f.root : f.root + sep)) continue;
      return { uri, text: f.text, version: f.version, readable: !f.problems.some(p => p.severity === 'error') };
    }
    return undefined;
  }

  /** Reads every file that is not open in the editor from disk. */
  async loadAll(): Promise<CorrectionsUpdate> {
    const reports: CorrectionsReport[] = [];
    for (const [uri, f] of this.files) if (f.version === undefined) reports.push(this.take(uri, f, await readInside(f)));
    return this.update(reports);
  }

  /** The file changed (or was created or deleted) on disk. */
  async fileChanged(uri: string): Promise<CorrectionsUpdate> {
    const f = this.files.get(canonicalUri(uri));
    if (!f || f.version !== undefined) return { rulesChanged: false, reports: [] }; // the open buffer wins
    return this.update([this.take(canonicalUri(uri), f, await readInside(f))]);
  }

  /** The editor opened or changed the file: its buffer is the file now. */
  edited(uri: string, text: string, version: number): CorrectionsUpdate {
    const f = this.files.get(canonicalUri(uri));
    if (!f) return { rulesChanged: false, reports: [] };
    f.version = version;
    return this.update([this.take(canonicalUri(uri), f, { text })]);
  }

  /** The editor closed the file: what is on disk counts again. */
  async closed(uri: string): Promise<CorrectionsUpdate> {
    const f = this.files.get(canonicalUri(uri));
    if (!f) return { rulesChanged: false, reports: [] };
    f.version = undefined;
    return this.fileChanged(uri);
  }

  private take(uri: string, f: FileState, read: { text?: string; refused?: string }): CorrectionsReport {
    f.text = read.text;
    if (read.refused) {
      f.good = NONE;
      f.problems = [{ start: 0, end: 0, message: read.refused, severity: 'warning' }];
    } else {
      const { corrections, problems } = readCorrections(read.text ?? '');
      if (corrections) f.good = corrections;
      f.problems = problems;
    }
    return { uri, text: f.text ?? '', problems: f.problems };
  }

  private update(reports: CorrectionsReport[]): CorrectionsUpdate {
    const all: Corrections = { merge: [], notEntity: [], retype: [] };
    for (const f of this.files.values()) {
      all.merge.push(...f.good.merge);
      all.notEntity.push(...f.good.notEntity);
      all.retype.push(...f.good.retype);
    }
    const rulesChanged = JSON.stringify(all) !== JSON.stringify(this.rules.source);
    if (rulesChanged) this.rules = new CorrectionRules(all);
    return { rulesChanged, reports };
  }
}

/** The file's text when it is a file of its own folder; nothing when there is none. */
async function readInside(f: FileState): Promise<{ text?: string; refused?: string }> {
  const real = await fs.realpath(f.path).catch(() => undefined);
  if (!real) return {};
  const root = await fs.realpath(f.root).catch(() => f.root);
  if (!real.startsWith(root.endsWith(sep) ? root : root + sep)) {
    return { refused: `${CORRECTIONS_FILE} leads outside the folder (${real}); News Lens does not read it.` };
  }
  try {
    const stat = await fs.stat(real);
    if (!stat.isFile()) return { refused: `${CORRECTIONS_FILE} is not a file.` };
    if (stat.size > MAX_BYTES) return { refused: `${CORRECTIONS_FILE} is larger than 1 MB; News Lens does not read it.` };
    return { text: await fs.readFile(real, 'utf8') };
  } catch (err) {
    return { refused: `${CORRECTIONS_FILE} could not be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}.` };
  }
}
