// What the fuzz test knows: the documents as the server should hold them, a seeded random source,
// and the checks every answer must pass. Each document names people and a place whose capital
// letters no other document uses, so an answer about document X that shows a capital word of
// another document's letters is that other document's data.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { textAt, type Range } from './lspClient.js';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)], chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof random>;

const CAST = [
  ['Helena Costa', 'Kwame Mensah', 'Lisbon'],
  ['Diego Ramirez', 'Priya Bhatt', 'Accra'],
  ['Ingrid Jensen', 'Tomas Vidal', 'Nairobi'],
  ['Ewa Gorska', 'Yusuf Okafor', 'Seoul'],
];

export class FuzzDoc {
  /** The file's text on disk; the buffer's when open. */
  open: TextDocument | undefined;
  readonly names: string[];
  /** Capital letters only this document's text contains. */
  readonly initials: Set<string>;

  constructor(readonly uri: string, readonly disk: string, cast: string[]) {
    this.names = cast.flatMap(n => n.split(' '));
    this.initials = new Set(this.names.map(n => n[0]));
  }

  get text(): string {
    return this.open ? this.open.getText() : this.disk;
  }
}

export function articleFor(i: number): string {
  const [a, b, place] = CAST[i];
  const [, a2] = a.split(' '), [, b2] = b.split(' ');
  return `${a2} and ${b2} meet in ${place}\n\n${a} met ${b} in ${place} for talks about fishing.\n`
    + `${a2} said the talks in ${place} went well.\n${b2} agreed with ${a2} and thanked the hosts.\n`;
}
export const DOC_COUNT = CAST.length;
export const castOf = (i: number) => CAST[i];

const NOISE = [' ', '  ', '\n', '\r\n', '\r', '\n\n', '.', ',', '“', '”', '’s', '😀', '👩🏽‍🌾', '\u0301', '\t', '—', '?', '!'];

/** Edits as an editor sends them: ranges anywhere (often past the end), text from the doc itself or noise. */
export function randomChanges(rnd: Random, doc: FuzzDoc): TextDocumentContentChangeEvent[] {
  const text = doc.text;
  if (text.length > 4000 || rnd.chance(0.03)) return [{ text: doc.disk }]; // a whole-text replacement keeps sizes bounded
  return Array.from({ length: 1 + rnd.int(3) }, () => {
    const lines = text.split(/\r\n|\r|\n/).length;
    const pos = () => ({ line: rnd.int(lines + 2), character: rnd.int(60) });
    const [a, b] = [pos(), pos()].sort((x, y) => x.line - y.line || x.character - y.character);
    const end = rnd.chance(0.4) ? a : b;
    const start = text.length ? rnd.int(text.length) : 0;
    const inserted = rnd.pick([
      () => '', () => rnd.pick(NOISE), () => text.slice(start, start + rnd.int(40)), () => ` ${rnd.pick(doc.names)} `,
    ])();
    return { range: { start: a, end }, text: inserted };
  });
}

/** A position, mostly on the text, sometimes past its ends or malformed. */
export function randomPosition(rnd: Random, text: string): unknown {
  const r = rnd.next();
  if (r < 0.05) return { line: -1 - rnd.int(3), character: rnd.int(5) };
  if (r < 0.08) return { line: 0.5, character: 'x' };
  if (r < 0.1) return undefined;
  if (r < 0.2) return { line: rnd.int(1e6), character: rnd.int(1e6) };
  const offset = rnd.int(text.length + 5);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1 + (rnd.chance(0.05) ? 1 : 0), character: before[before.length - 1].length + (rnd.chance(0.1) ? rnd.int(20) : 0) };
}

/** Why an answer about `doc` is wrong, or undefined when it is right. */
export function checkAnswer(method: string, result: unknown, doc: FuzzDoc | undefined, texts: Map<string, string>, docs: Map<string, FuzzDoc>): string | undefined {
  if (result === null || result === undefined) return undefined;
  const ctx = { doc, texts, docs };
  switch (method) {
    case 'textDocument/hover': return checkHover(result as { contents: { value: string }; range?: Range }, ctx);
    case 'textDocument/definition':
    case 'textDocument/references': return checkLocations([result].flat() as { uri: string; range: Range }[], ctx);
    case 'textDocument/documentHighlight': return checkLocations((result as { range: Range }[]).map(h => ({ uri: doc!.uri, range: h.range })), ctx);
    case 'textDocument/documentSymbol': return checkSymbols(result as Sym[], ctx, 0);
    case 'textDocument/semanticTokens/full': return checkTokens((result as { data: number[] }).data, ctx);
    case 'workspace/symbol': return checkWorkspaceSymbols(result as { name: string; location: { uri: string; range: Range } }[], ctx);
    default: return undefined;
  }
}

interface Ctx { doc: FuzzDoc | undefined; texts: Map<string, string>; docs: Map<string, FuzzDoc> }
interface Sym { name: string; range: Range; selectionRange: Range; children?: Sym[] }

/** The range in `uri`'s text as it stood; what it covers must be a name of `owner` when capitalised. */
function checkRange(uri: string, range: Range, owner: FuzzDoc | undefined, ctx: Ctx, mayBeEmpty = false): string | undefined {
  const text = ctx.texts.get(uri);
  if (text === undefined) return `a range in ${uri}, which is no document of the test`;
  const lines = text.split(/\r\n|\r|\n/);
  const inside = (p: Range['start']) => Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length
    && Number.isInteger(p.character) && p.character >= 0 && p.character <= lines[p.line].length;
  if (!inside(range.start) || !inside(range.end)) return `range ${JSON.stringify(range)} is outside the text of ${uri}`;
  const covered = textAt(text, range);
  if (!covered && !mayBeEmpty) return `empty range ${JSON.stringify(range)} in ${uri}`;
  if (owner && /^\p{Lu}/u.test(covered) && !owner.initials.has(covered[0])) {
    return `"${covered}" in ${uri} answered a question about ${owner.uri}`;
  }
  return undefined;
}

function checkLocations(locs: { uri: string; range: Range }[], ctx: Ctx): string | undefined {
  for (const l of locs) {
    const problem = checkRange(l.uri, l.range, ctx.doc, ctx);
    if (problem) return problem;
  }
  return undefined;
}

function checkHover(h: { contents: { value: string }; range?: Range }, ctx: Ctx): string | undefined {
  const problem = h.range && checkRange(ctx.doc!.uri, h.range, ctx.doc, ctx);
  if (problem) return problem;
  for (const other of ctx.docs.values()) {
    if (other === ctx.doc) continue;
    const name = other.names.find(n => new RegExp(`\\b${n}\\b`).test(h.contents.value));
    if (name) return `the hover on ${ctx.doc!.uri} names ${name} of ${other.uri}: ${h.contents.value}`;
    if (h.contents.value.includes(other.uri)) return `the hover on ${ctx.doc!.uri} links to ${other.uri}`;
  }
  return undefined;
}

function checkSymbols(symbols: Sym[], ctx: Ctx, depth: number): string | undefined {
  for (const s of symbols) {
    // the headline and the groups (depth 0) only have to lie in the text; entities and mentions must be this document's
    const problem = checkRange(ctx.doc!.uri, s.range, undefined, ctx, !depth) ?? checkRange(ctx.doc!.uri, s.selectionRange, depth ? ctx.doc : undefined, ctx, !depth)
      ?? (depth >= 1 && /^\p{Lu}/u.test(s.name) && !ctx.doc!.initials.has(s.name[0]) ? `symbol ${s.name} in ${ctx.doc!.uri}` : undefined)
      ?? checkSymbols(s.children ?? [], ctx, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

function checkTokens(data: number[], ctx: Ctx): string | undefined {
  if (data.length % 5) return `${data.length} token numbers, not a multiple of 5`;
  let line = 0, character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] ? data[i + 1] : character + data[i + 1];
    const problem = checkRange(ctx.doc!.uri, { start: { line, character }, end: { line, character: character + data[i + 2] } }, ctx.doc, ctx);
    if (problem) return `semantic token: ${problem}`;
  }
  return undefined;
}

function checkWorkspaceSymbols(symbols: { name: string; location: { uri: string; range: Range } }[], ctx: Ctx): string | undefined {
  for (const s of symbols) {
    const owner = ctx.docs.get(s.location.uri);
    const problem = checkRange(s.location.uri, s.location.range, owner, ctx);
    if (problem) return `workspace symbol ${s.name}: ${problem}`;
    if (owner && /^\p{Lu}/u.test(s.name) && !owner.initials.has(s.name[0])) return `workspace symbol ${s.name} placed in ${s.location.uri}`;
  }
  return undefined;
}
