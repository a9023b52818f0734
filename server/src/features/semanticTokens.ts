// Semantic highlighting: one token per mention, typed person / place / date. The token types
// are contributed by the extension with fallback TextMate scopes, so every theme colours them.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { EntityType } from '../analysis/types.js';
import type { FeatureContext } from './context.js';

export const TOKEN_TYPES = ['person', 'place', 'date'] as const;
export const TOKEN_MODIFIERS: string[] = [];
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: TOKEN_MODIFIERS };
const TYPE_INDEX: Record<EntityType, number> = { PERSON: 0, PLACE: 1, DATE: 2 };

export function semanticTokens(ctx: FeatureContext, uri: string): SemanticTokens {
  const article = ctx.corpus.get(uri);
  const data: number[] = [];
  if (article) {
    let prevLine = 0, prevChar = 0;
    for (const m of article.analysis.mentions) {
      // A token may not span lines; a mention broken across lines is coloured on its first line.
      const start = article.lines.positionAt(m.start), end = article.lines.positionAt(m.end);
      const length = end.line === start.line ? end.character - start.character : lineRest(m.text);
      if (length <= 0) continue;
      data.push(start.line - prevLine, start.line === prevLine ? start.character - prevChar : start.character,
        length, TYPE_INDEX[m.type], 0);
      prevLine = start.line;
      prevChar = start.character;
    }
  }
  return { data };
}

function lineRest(text: string): number {
  const br = text.search(/[\r\n]/);
  return br < 0 ? text.length : br;
}
