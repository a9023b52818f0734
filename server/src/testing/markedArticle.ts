// Test support: articles whose mentions are marked by hand, so feature tests do not depend on
// the recogniser. `{{PERSON:ana ribeiro|Foreign Minister Ana Ribeiro|Foreign Minister}}` marks
// "Ana Ribeiro" (the title is left out of the mention); `{{DATE:2024-03-12|Tuesday}}` a date.
import { findHeadline, packSpans, splitSentences } from '../analysis/sentences.js';
import type { ArticleAnalysis, EntityType, Mention } from '../analysis/types.js';
import { Corpus } from '../corpus/corpus.js';
import { LineIndex } from '../corpus/lineIndex.js';
import type { FeatureContext } from '../features/context.js';

const MARK = /\{\{(PERSON|PLACE|DATE):([^|}]+)\|([^|}]+)(?:\|([^}]+))?\}\}/g;

export function markedArticle(marked: string, anchor = '2024-03-14'): { text: string; analysis: ArticleAnalysis } {
  let text = '';
  let last = 0;
  const mentions: Mention[] = [];
  const names = new Map<string, string>();
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const [, type, key, written, title] = m;
    const name = title ? written.slice(title.length).trimStart() : written;
    text += written.slice(0, written.length - name.length);
    const start = text.length;
    text += name;
    last = m.index! + m[0].length;
    const mention: Mention = { type: type as EntityType, key, text: name, start, end: text.length };
    if (title) mention.title = title;
    if (type === 'DATE') mention.date = { timex: key.startsWith('?') ? undefined : key, granularity: 'day', relative: true };
    else if ((names.get(key)?.length ?? 0) < name.replace(/[’']s$/, '').length) names.set(key, name.replace(/[’']s$/, ''));
    mentions.push(mention);
  }
  text += marked.slice(last);
  const analysis: ArticleAnalysis = {
    headline: findHeadline(text), sentences: packSpans(splitSentences(text)), mentions, names,
    anchor: { value: anchor, source: 'dateline', evidence: anchor },
  };
  return { text, analysis };
}

/** A feature context over marked articles, keyed by uri. */
export function markedContext(articles: Record<string, string>): FeatureContext & { texts: Map<string, string> & { read(uri: string): string | undefined } } {
  const corpus = new Corpus();
  const texts = new Map<string, string>() as Map<string, string> & { read(uri: string): string | undefined };
  texts.read = uri => texts.get(uri);
  for (const [uri, marked] of Object.entries(articles)) {
    const { text, analysis } = markedArticle(marked);
    texts.set(uri, text);
    corpus.put(uri, analysis, LineIndex.of(text));
  }
  return { corpus, texts };
}

/** The position of the `n`th occurrence of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, n = 0, delta = 1): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not found`);
  return LineIndex.of(text).positionAt(at + delta);
}
