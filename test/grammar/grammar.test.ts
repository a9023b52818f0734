// The article grammar, tokenized by the same TextMate engine VS Code uses (vscode-textmate with
// the Oniguruma regex engine), on lines written for this test.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { before, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const syntaxes = resolve(import.meta.dirname, '../../syntaxes');
let grammar: IGrammar;

before(async () => {
  const wasm = readFileSync(join(createRequire(import.meta.url).resolve('vscode-oniguruma'), '../onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: p => new oniguruma.OnigScanner(p), createOnigString: s => new oniguruma.OnigString(s) }),
    loadGrammar: async scope => {
      const file = { 'text.news': 'news-article.tmLanguage.json', 'text.plain.news': 'news-article.plaintext.tmLanguage.json' }[scope];
      return file ? parseRawGrammar(readFileSync(join(syntaxes, file), 'utf8'), join(syntaxes, file)) : null;
    },
  });
  grammar = (await registry.loadGrammar('text.plain.news'))!;
});

/** The scopes of each token of each line, as `text => scope` pairs (innermost scope). */
function scopes(text: string): [string, string][] {
  let stack = INITIAL;
  const out: [string, string][] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) {
      const s = t.scopes[t.scopes.length - 1];
      if (s !== 'text.plain.news' && s !== 'text.news') out.push([line.slice(t.startIndex, t.endIndex), s]);
    }
    stack = r.ruleStack;
  }
  return out;
}

const scopeOf = (text: string, piece: string) => scopes(text).find(([t]) => t.includes(piece))?.[1];

test('the first line is the headline, and only the first', () => {
  const text = 'Floods close the port of Porto\n\nFloods close roads too.';
  assert.equal(scopeOf(text, 'Floods close the port'), 'markup.heading.headline.news');
  assert.equal(scopeOf(text, 'roads'), undefined);
});

test('a wire dateline is marked, with its place', () => {
  const text = 'Headline\nKYIV, Ukraine (AP) — Officials said on Monday.\nISTANBUL — Talks resumed.';
  assert.equal(scopeOf(text, 'KYIV, Ukraine (AP)'), 'entity.name.place.dateline.news');
  assert.equal(scopeOf(text, 'ISTANBUL'), 'entity.name.place.dateline.news');
});

test('quotations, curly and straight', () => {
  const text = 'Headline\n“We will rebuild,” she said. He said "not yet" twice.';
  assert.equal(scopeOf(text, 'We will rebuild'), 'string.quoted.double.news');
  assert.equal(scopeOf(text, 'not yet'), 'string.quoted.double.news');
  assert.equal(scopeOf(text, 'she said'), undefined);
});

test('bylines and photo credits', () => {
  const text = 'Headline\nBy Maria Lopes and Tom Reed, Lisbon bureau\nPhoto: Ana Dias/Reuters';
  assert.equal(scopeOf(text, 'Maria Lopes and Tom Reed'), 'entity.name.author.news');
  assert.equal(scopeOf(text, 'Photo: Ana Dias'), 'comment.line.credit.news');
});
