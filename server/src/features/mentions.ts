// `newsLens/mentions`: one entity's articles and mentions, each with a line of context, and the
// people and places most often in the same sentences (the hover card's "Often with", from the
// same facts). Articles are read back from disk for their context, so only the articles with the
// most mentions are listed.
import { compareDays } from '../corpus/articleDays.js';
import type { Article, MentionRef } from '../corpus/corpus.js';
import { entityFacts } from '../corpus/facts.js';
import type { ArticleMentions, MentionItem, MentionsParams, MentionsResult } from '../protocol.js';
import type { FeatureContext } from './context.js';
import { entityItem } from './entities.js';
import { articleLabel, clip, contextLine, mentionRange } from './present.js';

const DEFAULT_MAX_ARTICLES = 50;
const MAX_TOGETHER = 8;

export function mentions(ctx: FeatureContext, params: MentionsParams): MentionsResult | null {
  const entity = ctx.corpus.entities.entity(params.id);
  if (!entity) return null;
  const facts = entityFacts(ctx.corpus, entity);
  const counts = [...facts.counts].filter(([uri]) => !params.uri || uri === params.uri);
  const articles = counts.map(([uri, count]) => ({ article: ctx.corpus.get(uri), count }))
    .filter((a): a is { article: Article; count: number } => !!a.article)
    .sort((a, b) => b.count - a.count || compareDays(a.article, b.article) || (a.article.uri < b.article.uri ? -1 : 1));
  const max = Math.max(0, params.maxArticles ?? DEFAULT_MAX_ARTICLES);
  return {
    entity: entityItem(entity, facts.total, facts.articleCount),
    articles: articles.slice(0, max).map(({ article, count }) => articleMentions(ctx, article, ctx.corpus.mentionsIn(article, entity), count)),
    moreArticles: Math.max(0, articles.length - max),
    together: facts.together.slice(0, MAX_TOGETHER).map(([e, n]) => entityItem(e, n, ctx.corpus.entities.articleCount(e))),
  };
}

/** An article's mentions with their context lines (none when the text cannot be read back). */
export function articleMentions(ctx: FeatureContext, article: Article, refs: MentionRef[], count = refs.length): ArticleMentions {
  const text = ctx.texts.read(article.uri);
  const { headline, anchor } = article.analysis;
  return {
    uri: article.uri,
    label: articleLabel(article.uri),
    headline: headline && clip(headline.text, 100),
    date: anchor.value,
    count,
    mentions: refs.map(ref => mentionItem(article, ref, text)),
  };
}

export function mentionItem(article: Article, ref: MentionRef, text: string | undefined): MentionItem {
  const context = text === undefined
    ? { text: ref.mention.text, highlight: [0, ref.mention.text.length] as [number, number] }
    : contextLine(text, article.analysis.sentences, ref.mention);
  return { range: mentionRange(ref), text: ref.mention.text, context: context.text, highlight: context.highlight };
}

