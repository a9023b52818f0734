// The hover card: who or what this is, what else it is called, how often and where it appears,
// where it first appears and who appears with it. Bounded for entities with thousands of mentions.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { sentenceAt } from '../analysis/sentences.js';
import type { MentionRef } from '../corpus/corpus.js';
import { definingMention, entityFacts, type EntityFacts } from '../corpus/facts.js';
import type { FeatureContext } from './context.js';
import { locate } from './locate.js';
import { articleLabel, articleLink, clip, entityTitle, escapeMarkdown, formatTimex, mentionRange, TYPE_LABEL } from './present.js';

const MAX_LISTED = 5;

export function hover(ctx: FeatureContext, uri: string, position: Position): Hover | null {
  const found = locate(ctx, uri, position);
  if (!found) return null;
  const { ref, entity } = found;
  const facts = entityFacts(ctx.corpus, entity);
  const lines = [`**${escapeMarkdown(entityTitle(entity))}** — ${TYPE_LABEL[entity.type]}`, ''];
  if (entity.type === 'DATE') lines.push(...dateLines(ref));
  else lines.push(...nameLines(facts));
  lines.push(countLine(ref, facts), '');
  if (entity.type === 'DATE') lines.push(...sameDayLines(ref, facts));
  else lines.push(...firstMentionLines(ctx, facts), ...togetherLines(ctx, facts));
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n').trimEnd() },
    range: mentionRange(ref),
  };
}

function nameLines(facts: EntityFacts): string[] {
  const out: string[] = [];
  if (facts.aliases.length) out.push(`Also written: ${listed(facts.aliases.map(([a]) => escapeMarkdown(a)))}  `);
  if (facts.titles.length) out.push(`Titles: ${listed(facts.titles.map(([t]) => escapeMarkdown(t)))}  `);
  return out;
}

function dateLines(ref: MentionRef): string[] {
  const date = ref.mention.date;
  const anchor = ref.article.analysis.anchor;
  if (!date?.relative) return [];
  if (!date.timex || !anchor.value) {
    return [`\`${escapeMarkdown(ref.mention.text)}\` could not be resolved: the article has no date of its own.  `];
  }
  const source = anchor.source === 'given' ? 'given' : `from its ${anchor.source.replace('-', ' ')}`;
  const evidence = anchor.evidence ? ` “${escapeMarkdown(clip(anchor.evidence, 60))}”` : '';
  return [`\`${escapeMarkdown(ref.mention.text)}\` resolved against the article’s date, ${formatTimex(anchor.value)} (${source}${evidence}).  `];
}

function countLine(ref: MentionRef, facts: EntityFacts): string {
  const here = facts.counts.get(ref.article.uri) ?? 0;
  const n = facts.articleCount;
  return `${plural(here, 'mention')} in this article · ${plural(facts.total, 'mention')} in ${plural(n, 'article')}  `;
}

function sameDayLines(ref: MentionRef, facts: EntityFacts): string[] {
  const others = facts.topArticles.filter(([u]) => u !== ref.article.uri);
  const total = facts.articleCount - (facts.counts.has(ref.article.uri) ? 1 : 0);
  if (!total || !ref.mention.date?.timex) return [];
  return [`Also on this day: ${listed(others.map(([u]) => articleLabel(u)).map(escapeMarkdown), total)}`];
}

function firstMentionLines(ctx: FeatureContext, facts: EntityFacts): string[] {
  const first = definingMention(ctx.corpus, facts.entity);
  const text = first && ctx.texts.read(first.article.uri);
  // A file changed on disk since it was analysed (its event not handled yet) has other sentences.
  if (!first || text === undefined || text.length !== first.article.lines.length) return [];
  const { sentences } = first.article.analysis;
  const at = sentenceAt(sentences, first.mention.start);
  const sentence = at ? text.slice(at.start, at.end) : first.mention.text;
  return [`First mention (${articleLink(first.article, first.mention.start)}): “${escapeMarkdown(clip(sentence))}”`, ''];
}

function togetherLines(ctx: FeatureContext, facts: EntityFacts): string[] {
  if (!facts.together.length) return [];
  const links = facts.together.slice(0, MAX_LISTED).map(([e, n]) => {
    const def = definingMention(ctx.corpus, e);
    const name = escapeMarkdown(entityTitle(e));
    return def ? `${articleLink(def.article, def.mention.start, entityTitle(e))} (${n})` : `${name} (${n})`;
  });
  return [`Often with: ${links.join(', ')}`];
}

function listed(items: string[], total = items.length): string {
  const shown = items.slice(0, MAX_LISTED).join(', ');
  return total > MAX_LISTED ? `${shown} and ${total - MAX_LISTED} more` : shown;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
