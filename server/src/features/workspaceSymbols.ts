// Workspace symbols (Ctrl+T): every entity of the corpus, found by any of its names.
import { Location, type SymbolInformation } from 'vscode-languageserver-types';
import { definingMention } from '../corpus/facts.js';
import type { Entity } from '../corpus/entities.js';
import type { FeatureContext } from './context.js';
import { SYMBOL_KIND } from './documentSymbols.js';
import { entityTitle, mentionRange, TYPE_LABEL } from './present.js';

const MAX_RESULTS = 200;

export function workspaceSymbols(ctx: FeatureContext, query: string): SymbolInformation[] {
  const q = fold(query);
  const matches: [Entity, number][] = [];
  for (const entity of ctx.corpus.entities.all()) {
    const score = matchScore(entity, q);
    if (score > 0) matches.push([entity, score * 1e6 + ctx.corpus.entities.mentionCount(entity)]);
  }
  matches.sort((a, b) => b[1] - a[1]);
  const out: SymbolInformation[] = [];
  for (const [entity] of matches) {
    if (out.length >= MAX_RESULTS) break;
    const def = definingMention(ctx.corpus, entity);
    if (!def) continue;
    out.push({
      name: entityTitle(entity),
      kind: SYMBOL_KIND[entity.type],
      location: Location.create(def.article.uri, mentionRange(def)),
      containerName: TYPE_LABEL[entity.type],
    });
  }
  return out;
}

/** 3: the name starts with the query; 2: a word of a name does; 1: some name contains it. */
function matchScore(entity: Entity, q: string): number {
  if (!q) return 1;
  let best = 0;
  for (const name of [entityTitle(entity), ...entity.keys.map(k => k.slice(k.indexOf(':') + 1))]) {
    const f = fold(name);
    if (f.startsWith(q)) return 3;
    if (f.split(/[\s-]+/).some(w => w.startsWith(q))) best = Math.max(best, 2);
    else if (f.includes(q)) best = Math.max(best, 1);
  }
  return best;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
