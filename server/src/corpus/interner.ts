// The corpus's one copy of each string its articles repeat, for the analyses made in this thread.
import { CompactAnalysis } from '../analysis/compactAnalysis.js';
import type { ArticleAnalysis, Mention } from '../analysis/types.js';

/**
 * One copy of each name, key and title of the analyses made in this thread (an edit's), which
 * are slices of the article's text: each would keep the whole text alive. Counted, so a string
 * leaves with the last article that holds it: typing writes a new half-name at every keystroke
 * ("Zelen", "Zelens", …), which a table kept for ever would keep for days.
 */
export class Interner {
  // V8's JSON.parse gives one shared copy of every string of up to 10 characters ("putin",
  // "2022-03-08"), so only longer strings are counted here. (Short strings of an analysis made
  // in this thread are not shared: a few bytes each, for the articles being edited.)
  private readonly table = new Map<string, { own: string; refs: number }>();

  /**
   * Interns the strings an analysis repeats across articles: mentions' and display names. A packed
   * one (from the cache or an indexing thread) is left alone: its strings are its own, parsed once
   * each for the article (V8 shares the short ones), and looking up the long ones in this table
   * cost a tenth of a warm start to save a twentieth of the memory.
   */
  internAnalysis(analysis: ArticleAnalysis): void {
    if (analysis instanceof CompactAnalysis) return;
    this.internMentions(analysis.mentions);
    if (!analysis.names.size) return;
    const names = [...analysis.names].map(([k, v]) => [this.take(k), this.take(v)] as const);
    analysis.names.clear();
    for (const [k, v] of names) analysis.names.set(k, v);
  }

  private internMentions(mentions: Mention[]): void {
    for (const m of mentions) {
      m.key = this.take(m.key);
      m.text = this.take(m.text);
      if (m.title) m.title = this.take(m.title);
      if (m.date?.timex) m.date.timex = this.take(m.date.timex);
    }
  }

  /** Lets go of what internAnalysis took for an analysis the corpus no longer holds. */
  releaseAnalysis(analysis: ArticleAnalysis): void {
    if (analysis instanceof CompactAnalysis) return;
    for (const m of analysis.mentions) {
      this.release(m.key);
      this.release(m.text);
      if (m.title) this.release(m.title);
      if (m.date?.timex) this.release(m.date.timex);
    }
    for (const [k, v] of analysis.names) { this.release(k); this.release(v); }
  }

  get size(): number {
    return this.table.size;
  }

  private take(s: string): string {
    if (s.length <= V8_SHARES_UP_TO) return s;
    const known = this.table.get(s);
    if (known) {
      known.refs++;
      return known.own;
    }
    // A slice of an article's text can hold the whole text alive; store a copy of its own.
    const own = s.length >= 13 ? (JSON.parse(JSON.stringify(s)) as string) : s;
    this.table.set(own, { own, refs: 1 });
    return own;
  }

  private release(s: string): void {
    if (s.length <= V8_SHARES_UP_TO) return;
    const entry = this.table.get(s);
    if (entry && --entry.refs === 0) this.table.delete(s);
  }
}

/** The longest string V8's JSON.parse shares (`kMaxInternalizedStringValueLength`, measured in Node 20). */
const V8_SHARES_UP_TO = 10;
