// An analysis as a plain object of its five parts, for comparing one unpacked from the cache or
// from another thread (a CompactAnalysis, whose mentions are made when read) with one just made.
import type { ArticleAnalysis } from '../analysis/types.js';

export function plainAnalysis(a: ArticleAnalysis | undefined): ArticleAnalysis | undefined {
  return a && { headline: a.headline, sentences: Array.from(a.sentences), anchor: a.anchor, mentions: a.mentions, names: a.names };
}
