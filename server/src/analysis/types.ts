// The domain of News Lens: articles, the mentions found in them and the entities they name.
// Everything here is plain data, free of LSP, so the CLI, the benchmarks and the language
// server all see the same analysis.

export type EntityType = 'PERSON' | 'PLACE' | 'DATE';

/**
 * Spans stored as [start, end] pairs in one flat array of offsets. An article has dozens of
 * sentences and a corpus 100,000 articles: one array each instead of an object per sentence is a
 * tenth of the corpus's memory and of the collector's work.
 */
export type SpanPairs = ArrayLike<number>; // an Int32Array view in a packed analysis

/** A half-open range of an article's text in JavaScript string (UTF-16) offsets. */
export interface Span {
  start: number;
  end: number;
}

/** How precisely a date expression pins down time, coarsest last. */
export type DateGranularity =
  | 'time' | 'day' | 'week' | 'weekend' | 'month' | 'season' | 'quarter' | 'half'
  | 'year' | 'decade' | 'century'
  /** A vague reference: "now", "recently", "the future" (PRESENT_REF, PAST_REF, FUTURE_REF). */
  | 'vague';

/** The resolved value of a date expression. */
export interface DateValue {
  /** TimeML value: `2022-03-08`, `2022-09`, `2022-W11`, `2022-SU`, `2013`, `199`; absent when unresolvable. */
  timex?: string;
  granularity: DateGranularity;
  /** True when the value depended on the article's date ("Tuesday", "last week"). */
  relative: boolean;
}

/** Where an article's own date (the anchor for relative dates) came from. */
export type AnchorSource =
  | 'given'          // supplied by the caller (the CLI's `dct`)
  | 'front-matter'   // `date:` in Markdown front matter
  | 'dateline'       // a date line near the top of the article
  | 'text'           // the first full date in the body
  | 'file-name'      // 2022-03-08-some-slug.txt
  | 'file-time'      // the file's modification time
  | 'none';          // nothing found: relative dates stay unresolved

export interface ArticleDate {
  /** `YYYY-MM-DD`, absent when source is 'none'. */
  value?: string;
  source: AnchorSource;
  /** The text the date was read from, for the hover card ("Tuesday, March 8, 2022"). */
  evidence?: string;
}

/** One occurrence of a person, place or date in an article. */
export interface Mention extends Span {
  type: EntityType;
  /** The text as written, e.g. `Zelenskyy` or `last Tuesday`. */
  text: string;
  /**
   * The article-level entity this mention belongs to: mentions of one person in one article share
   * it ("Vladimir V. Putin", "Putin"). For PERSON/PLACE it is the normalised canonical name of the
   * article's cluster (`vladimir putin`); for DATE the timex value, or the normalised text.
   */
  key: string;
  /** A title or role written before a person's name ("President", "Foreign Minister"). */
  title?: string;
  /** Dates only. */
  date?: DateValue;
}

/** What analysing one article yields. Mentions are sorted by start offset and never overlap. */
export interface ArticleAnalysis {
  /** The first non-empty line. */
  headline?: Span & { text: string };
  /** Sentence spans, in order, covering the article's prose. */
  sentences: SpanPairs;
  /** The date relative expressions were resolved against. */
  anchor: ArticleDate;
  mentions: Mention[];
  /**
   * Canonical display names of the article's PERSON/PLACE clusters by key, e.g.
   * `vladimir putin` → `Vladimir V. Putin` (the longest form written in the article).
   */
  names: Map<string, string>;
}

/** The input the analysis needs besides the text. */
export interface AnalysisHints {
  /** Publication date given by the caller (`YYYY-MM-DD` or a full ISO timestamp). */
  dct?: string;
  /** The file's name (for dates in names like `2022-03-08-kyiv.txt`). */
  fileName?: string;
  /** The file's modification time, the last resort for an anchor. */
  fileTime?: Date;
}
