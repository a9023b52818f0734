// One article in, its people, places and dates out: the pipeline every consumer shares.
import { findArticleDate, findDates, type DateMention } from './dates/index.js';
import { linkArticleNames } from './linking.js';
import { SpanSet } from './overlaps.js';
import { isEverydayWord } from './names/gazetteer.js';
import { findNames, type NameMention } from './names/index.js';
import { modelWeights } from './names/model.js';
import { findHeadline, packSpans, splitSentences } from './sentences.js';
import type { AnalysisHints, ArticleAnalysis, Mention } from './types.js';

/** Bumped whenever the analysis changes its output, so caches keyed by it are dropped. */
export const ANALYSER_VERSION = '0.3.0';

export function analyzeArticle(text: string, hints: AnalysisHints = {}): ArticleAnalysis {
  const anchor = findArticleDate(text, hints);
  const { names, dates } = settleOverlaps(findNames(text), findDates(text, anchor));
  const links = linkArticleNames(names);
  const mentions: Mention[] = [
    ...names.map((n, i): Mention => ({ ...n, key: links.keys[i] })),
    ...dates.map((d): Mention => ({ ...d, type: 'DATE', key: d.date.timex ?? d.text.toLowerCase() })),
  ].sort((a, b) => a.start - b.start);
  return { headline: findHeadline(text), sentences: packSpans(splitSentences(text)), anchor, mentions, names: links.names };
}

const SAMPLE = 'Talks\n\nLISBON — Monday, June 3, 2024\n\nMayor Helena Costa met Kwame Mensah in Porto last Tuesday.';

/**
 * The analyser's first use, a step at a time: it reads its tables (the tagger's weights, the
 * gazetteer) and the JIT compiles its name and date finders on first use, a third of a second
 * together, which a server that answers requests between steps need not spend in one go.
 */
export const WARM_UP_STEPS: readonly (() => void)[] = [
  () => modelWeights(),
  () => isEverydayWord('the'),
  () => findNames(SAMPLE),
  () => findDates(SAMPLE, findArticleDate(SAMPLE, {})),
];

/**
 * Where a name and a date claim the same words ("May", "Augusta"), the date wins unless the name
 * is a multi-word person ("Theresa May"). Mentions never overlap afterwards.
 */
function settleOverlaps(names: NameMention[], dates: DateMention[]): { names: NameMention[]; dates: DateMention[] } {
  if (!dates.length || !names.length) return { names, dates };
  const strongPeople = new SpanSet(names.filter(n => n.type === 'PERSON' && /\s/.test(n.text.trim())));
  const keptDates = dates.filter(d => !strongPeople.overlaps(d));
  const dateSpans = new SpanSet(keptDates);
  return { names: names.filter(n => !dateSpans.overlaps(n)), dates: keptDates };
}
