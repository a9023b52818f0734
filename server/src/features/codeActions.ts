// Corrections from the editor: on a mention, "Not a place", "Change type to person", "Merge with
// James Kariuki". Each adds a rule to the folder's `.newslens.json` through a workspace edit, so
// the editor shows the change and can undo it, and the server never writes a file. The server
// reads the edited file (buffer or disk) and applies the rule to every article at once.
import {
  CodeActionKind, CreateFile, TextDocumentEdit, TextEdit, type CodeAction, type Position, type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { normalizeName } from '../analysis/linking.js';
import type { EntityType } from '../analysis/types.js';
import { addCorrection, CORRECTIONS_FILE, type NewCorrection } from '../corpus/correctionsFile.js';
import type { Entity } from '../corpus/entities.js';
import { LineIndex } from '../corpus/lineIndex.js';
import type { CorrectionsTarget } from '../workspace/correctionFiles.js';
import type { FeatureContext } from './context.js';
import { locate } from './locate.js';
import { TYPE_LABEL } from './present.js';

export const CORRECTION_KIND = `${CodeActionKind.QuickFix}.newsLens`;
const MAX_MERGES = 3;

/** What the editor can apply (from its `workspaceEdit` capabilities). */
export interface EditSupport {
  documentChanges: boolean;
  createFile: boolean;
}

export function codeActions(
  ctx: FeatureContext, uri: string, position: Position, target: CorrectionsTarget | undefined, support: EditSupport,
): CodeAction[] {
  const found = locate(ctx, uri, position);
  if (!found || !target) return [];
  const { ref, entity } = found;
  const m = ref.mention;
  const text = m.type === 'DATE' ? m.text : ref.article.analysis.names.get(m.key) ?? m.text.replace(/[’']s$/, '');
  const quoted = `“${text}”`;
  const corrections: [string, NewCorrection][] = [
    [`Not a ${TYPE_LABEL[m.type]}: ${quoted} everywhere`, { list: 'notEntity', rule: { text, type: m.type } }],
    ...otherTypes(m.type).map((to): [string, NewCorrection] =>
      [`Change type to ${TYPE_LABEL[to]}: ${quoted} everywhere`, { list: 'retype', rule: { text, from: m.type, to } }]),
    ...mergeCandidates(ctx, entity, text).map((into): [string, NewCorrection] =>
      [`Merge ${quoted} with ${into.name}`, { list: 'merge', rule: { alias: text, into: into.name } }]),
  ];
  return corrections.map(([title, add]) => action(title, target, add, support));
}

/** A name may be the other kind of name; a date misread from a name ("May") may be either. */
function otherTypes(type: EntityType): EntityType[] {
  return type === 'PERSON' ? ['PLACE'] : type === 'PLACE' ? ['PERSON'] : ['PERSON', 'PLACE'];
}

/**
 * Entities the mention may be another name of: of its type, sharing a word of three letters or
 * more with it ("Jim Kariuki" → "James Kariuki"), most mentioned first. Editors ask for code
 * actions at every move of the cursor, so this reads the entities' keys (normalised already)
 * with a substring test before splitting any.
 */
function mergeCandidates(ctx: FeatureContext, own: Entity, text: string): Entity[] {
  if (own.type === 'DATE') return [];
  const words = [...new Set(normalizeName(text).split(/[\s-]+/).filter(w => w.length >= 3))];
  if (!words.length) return [];
  const candidates: [Entity, number][] = [];
  for (const e of ctx.corpus.entities.all()) {
    if (e === own || e.type !== own.type) continue;
    const shares = e.keys.some(ck => words.some(w => ck.includes(w) && ck.slice(ck.indexOf(':') + 1).split(/[\s-]+/).includes(w)));
    if (shares) candidates.push([e, ctx.corpus.entities.mentionCount(e)]);
  }
  return candidates.sort((a, b) => b[1] - a[1]).slice(0, MAX_MERGES).map(([e]) => e);
}

function action(title: string, target: CorrectionsTarget, add: NewCorrection, support: EditSupport): CodeAction {
  if (!target.readable) return { title, kind: CORRECTION_KIND, disabled: { reason: `Fix the errors in ${CORRECTIONS_FILE} first.` } };
  return { title, kind: CORRECTION_KIND, edit: correctionEdit(target, add, support) };
}

/** The edit adding a rule to the corrections file, creating the file when there is none. */
export function correctionEdit(target: CorrectionsTarget, add: NewCorrection, support: EditSupport): WorkspaceEdit {
  const lines = LineIndex.of(target.text ?? '');
  const edits = addCorrection(target.text, add).map(e =>
    TextEdit.replace(lines.rangeOf(e.offset, e.offset + e.length), e.content));
  const exists = target.text !== undefined;
  if (!exists && support.createFile) {
    return { documentChanges: [CreateFile.create(target.uri, { ignoreIfExists: true }), TextDocumentEdit.create({ uri: target.uri, version: null }, edits)] };
  }
  if (support.documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri: target.uri, version: target.version ?? null }, edits)] };
  return { changes: { [target.uri]: edits } };
}
