// `.newslens.json`: the reader's corrections as a small JSON file at a folder's root, written by
// the editor's code actions and by hand. Reading it tells exactly where it is wrong (offsets for
// a diagnostic on the file, or a line of the CLI); a file with any error yields no corrections, so
// the server keeps the last good ones. Adding a rule edits the text in place, keeping the reader's layout.
//
//   { "version": 1,
//     "merge":     [{ "alias": "Jim Kariuki", "into": "James Kariuki" }],
//     "notEntity": [{ "text": "Angers", "type": "PLACE" }],
//     "retype":    [{ "text": "Jordan", "from": "PLACE", "to": "PERSON" }] }
import { modify, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { EntityType } from '../analysis/types.js';
import type { Corrections, MergeRule, NotEntityRule, RetypeRule } from './corrections.js';

export const CORRECTIONS_FILE = '.newslens.json';
export const CORRECTIONS_VERSION = 1;
const TYPES: EntityType[] = ['PERSON', 'PLACE', 'DATE'];

export interface FileProblem {
  /** Offsets in the file's text, half-open. */
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface ReadCorrections {
  /** Absent when the file has an error: the caller keeps what it had. */
  corrections?: Corrections;
  problems: FileProblem[];
}

/** What each list holds: its fields, which of them are required, which are entity types. */
export const RULE_FIELDS = {
  merge: { alias: 'text', into: 'text', note: 'note' },
  notEntity: { text: 'text', type: 'type?', note: 'note' },
  retype: { text: 'text', from: 'type?', to: 'type', note: 'note' },
} as const;
export type RuleList = keyof typeof RULE_FIELDS;

export type NewCorrection =
  | { list: 'merge'; rule: MergeRule } | { list: 'notEntity'; rule: NotEntityRule } | { list: 'retype'; rule: RetypeRule };

export function readCorrections(text: string): ReadCorrections {
  const problems: FileProblem[] = [];
  if (!text.trim()) return { corrections: { merge: [], notEntity: [], retype: [] }, problems };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  for (const e of errors) problems.push(error(e.offset, e.offset + Math.max(e.length, 1), SYNTAX[printParseErrorCode(e.error)] ?? 'This is not valid JSON.'));
  if (errors.length || !root) return { problems };
  if (root.type !== 'object') return { problems: [error(root.offset, root.offset + root.length, 'The file must hold one JSON object: { "version": 1, … }.')] };
  const corrections: Corrections = { merge: [], notEntity: [], retype: [] };
  let version: Node | undefined;
  for (const prop of root.children ?? []) {
    const [keyNode, value] = prop.children!;
    const key = keyNode.value as string;
    if (key === 'version') version = value;
    else if (key in RULE_FIELDS) readList(key as RuleList, value, corrections, problems);
    else if (key !== '$schema') problems.push(warning(keyNode, `Unknown property "${key}" is ignored: the lists are "merge", "notEntity" and "retype".`));
  }
  if (!version) problems.push(warning(root, `Add "version": ${CORRECTIONS_VERSION} so later versions of News Lens read this file the same way.`, 1));
  else if (version.value !== CORRECTIONS_VERSION) problems.push(error(version.offset, version.offset + version.length, `This News Lens reads "version": ${CORRECTIONS_VERSION}.`));
  return problems.some(p => p.severity === 'error') ? { problems } : { corrections, problems };
}

function readList(list: RuleList, value: Node, into: Corrections, problems: FileProblem[]): void {
  if (value.type !== 'array') {
    problems.push(error(value.offset, value.offset + value.length, `"${list}" must be a list: [ … ].`));
    return;
  }
  for (const item of value.children ?? []) {
    const rule = readRule(list, item, problems);
    if (rule) (into[list] as object[]).push(rule);
  }
}

/** One rule, or undefined (with the problems recorded) when it is malformed. */
function readRule(list: RuleList, item: Node, problems: FileProblem[]): Record<string, string> | undefined {
  const fields: Record<string, string> = RULE_FIELDS[list];
  if (item.type !== 'object') {
    problems.push(error(item.offset, item.offset + item.length, `Each entry of "${list}" is an object with ${describe(fields)}.`));
    return undefined;
  }
  const rule: Record<string, string> = {};
  let ok = true;
  for (const prop of item.children ?? []) {
    const [keyNode, value] = prop.children!;
    const key = keyNode.value as string, kind = fields[key];
    if (!kind) { problems.push(warning(keyNode, `Unknown property "${key}" is ignored here: an entry of "${list}" has ${describe(fields)}.`)); continue; }
    const problem = valueProblem(kind, value);
    if (problem) { problems.push(error(value.offset, value.offset + value.length, `"${key}" ${problem}`)); ok = false; }
    else if (kind !== 'note') rule[key] = value.value as string;
  }
  for (const [key, kind] of Object.entries(fields)) {
    if ((kind === 'text' || kind === 'type') && !(key in rule) && ok) {
      problems.push(error(item.offset, item.offset + 1, `This entry of "${list}" needs "${key}": it has ${describe(fields)}.`));
      ok = false;
    }
  }
  return ok ? rule : undefined;
}

function valueProblem(kind: string, value: Node): string | undefined {
  if (value.type !== 'string') return kind.startsWith('type') ? `must be one of ${TYPES.map(t => `"${t}"`).join(', ')}.` : 'must be a string in double quotes.';
  if (kind.startsWith('type') && !TYPES.includes(value.value)) return `must be one of ${TYPES.map(t => `"${t}"`).join(', ')}.`;
  if (kind === 'text' && !String(value.value).trim()) return 'must not be empty.';
  return undefined;
}

function describe(fields: Record<string, string>): string {
  return Object.entries(fields).map(([k, kind]) => (kind.endsWith('?') || kind === 'note' ? `"${k}" (optional)` : `"${k}"`)).join(', ');
}

/**
 * The text edits that add a rule to the file's text (absent or empty: a new file). The text must
 * read without errors; the reader's layout and other entries stay as they are.
 */
export function addCorrection(text: string | undefined, add: NewCorrection): { offset: number; length: number; content: string }[] {
  if (!text?.trim()) {
    const content = JSON.stringify({ version: CORRECTIONS_VERSION, [add.list]: [add.rule] }, null, 2) + '\n';
    return [{ offset: 0, length: text?.length ?? 0, content }];
  }
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  return modify(text, [add.list, -1], add.rule, { formattingOptions: { insertSpaces: true, tabSize: 2, eol }, isArrayInsertion: true });
}

const error = (start: number, end: number, message: string): FileProblem => ({ start, end, message, severity: 'error' });
const warning = (node: Node, message: string, length = node.length): FileProblem =>
  ({ start: node.offset, end: node.offset + length, message, severity: 'warning' });

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'This is not valid JSON.',
  InvalidNumberFormat: 'This number is not valid JSON.',
  PropertyNameExpected: 'A property name in double quotes is expected here (a comma too many before it?).',
  ValueExpected: 'A value is expected here (a comma too many before it?).',
  ColonExpected: 'A colon is expected after the property name.',
  CommaExpected: 'A comma is expected between entries.',
  CloseBraceExpected: 'A closing brace } is expected.',
  CloseBracketExpected: 'A closing bracket ] is expected.',
  EndOfFileExpected: 'Nothing may follow the closing brace of the file.',
  InvalidCommentToken: 'Comments are not allowed in .newslens.json; an entry may have a "note" instead.',
  UnexpectedEndOfComment: 'Comments are not allowed in .newslens.json; an entry may have a "note" instead.',
  UnexpectedEndOfString: 'This string is not closed with a double quote.',
  UnexpectedEndOfNumber: 'This number is not complete.',
  InvalidUnicode: 'This \\u escape is not valid.',
  InvalidEscapeCharacter: 'This escape is not valid in JSON.',
  InvalidCharacter: 'This character is not allowed in a JSON string.',
};
