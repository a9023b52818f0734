// The requests News Lens serves besides LSP, for views an editor builds itself (VS Code's entity
// explorer and timeline): their names and the shapes of their answers. Shared by the server and
// the VS Code client; any editor may send them.
import type { Range } from 'vscode-languageserver-types';
import type { EntityType } from './analysis/types.js';

/** `newsLens/entities`: the people, places and dates of the corpus or of one article. */
export const ENTITIES_REQUEST = 'newsLens/entities';
/** `newsLens/mentions`: where one entity is mentioned, and who appears with it. */
export const MENTIONS_REQUEST = 'newsLens/mentions';
/** `newsLens/timeline`: the dated mentions of the corpus, one period at a time. */
export const TIMELINE_REQUEST = 'newsLens/timeline';

export interface EntitiesParams {
  /** An article's URI: only its entities, counted there. Absent: the whole corpus. */
  uri?: string;
  /** Only entities whose name (or any article's key for them) contains this, ignoring case. */
  filter?: string;
  /** Only this type. */
  type?: EntityType;
  /** At most this many entities of each type (default 500). */
  limit?: number;
}

export interface EntityItem {
  /** The entity's id, stable while the corpus holds the same names: `PERSON:ana ribeiro`. */
  id: string;
  type: EntityType;
  /** As a reader writes it: `Ana Ribeiro`, `Tuesday 12 March 2024`. */
  name: string;
  /** Mentions in the scope asked for (or, for co-mentions, sentences shared). */
  mentions: number;
  /** Articles in the scope asked for. */
  articles: number;
}

export interface EntityGroup {
  type: EntityType;
  /** Entities of this type that matched, before the limit. */
  total: number;
  /** Most mentioned first. */
  entities: EntityItem[];
}

export interface EntitiesResult {
  groups: EntityGroup[];
}

export interface MentionsParams {
  id: string;
  /** Only the mentions in this article. */
  uri?: string;
  /** At most this many articles (default 50), most mentions first. */
  maxArticles?: number;
}

/** A mention with the line of text around it. */
export interface MentionItem {
  range: Range;
  /** As written. */
  text: string;
  /** Its sentence, cut around it. */
  context: string;
  /** Where the mention lies in `context`, half-open. */
  highlight: [number, number];
}

export interface ArticleMentions {
  uri: string;
  /** The article's file name. */
  label: string;
  headline?: string;
  /** The article's own date, `YYYY-MM-DD`. */
  date?: string;
  count: number;
  mentions: MentionItem[];
}

export interface MentionsResult {
  entity: EntityItem;
  articles: ArticleMentions[];
  /** Articles left out by `maxArticles`. */
  moreArticles: number;
  /** People and places most often in the same sentences, most first. */
  together: EntityItem[];
}

export interface TimelineParams {
  /**
   * The period to list: absent for the top (years, decades, centuries and `unresolved`), or a
   * period a bucket named: a year `2024`, a season `2024-SU`, a month `2024-03`, a week
   * `2024-W10`, a day `2024-03-12`, a decade `199`, or `unresolved`.
   */
  period?: string;
  /** At most this many entries (default 300). */
  limit?: number;
}

export interface TimelineBucket {
  period: string;
  label: string;
  /** Dated mentions inside it. */
  count: number;
}

export interface TimelineEntry extends MentionItem {
  uri: string;
  /** The article's file name. */
  article: string;
  /** The TimeML value, absent when the date has none. */
  value?: string;
  /** The value as a reader says it: `Tuesday 12 March 2024`, `week 10 of 2024`. */
  valueLabel: string;
}

export interface TimelineResult {
  /** Smaller periods inside this one, in calendar order. */
  buckets: TimelineBucket[];
  /** Mentions of this period as a whole ("March" in March 2024; in a day, also its times), in calendar order. */
  entries: TimelineEntry[];
  /** Entries left out by `limit`. */
  more: number;
}

/** The period a timeline lists dates without a calendar value under. */
export const UNRESOLVED_PERIOD = 'unresolved';

/**
 * `newsLens/references`: all mentions, as `textDocument/references` answers them (the same
 * params, mentions and order), written compactly: each article's URI once, and the ranges of all
 * mentions as one run of binary numbers in base64 (see compactReferences.ts, which writes and
 * reads it). At 100,000 articles the most-mentioned name has 282,000 mentions; as JSON numbers (LSP's
 * semantic tokens' way) building, writing and parsing them took 60 + 45 + 80 ms, as base64 a few
 * each. The VS Code client asks this one.
 */
export const REFERENCES_REQUEST = 'newsLens/references';

export interface CompactReferences {
  /**
   * The articles, in the order of the answer. One comes again where the answer lists its mentions
   * under another name of the entity ("Vladimir Putin", then "Putin").
   */
  uris: string[];
  /** How many of the ranges are each of `uris`'s, in order. */
  counts: number[];
  /** How wide the numbers of `ranges` are: 16 bits when every one fits, else 32. */
  bits: 16 | 32;
  /**
   * The ranges, four numbers each (start line, start character, end line, end character), as
   * unsigned little-endian integers of `bits` bits, in base64.
   */
  ranges: string;
}

export const NO_REFERENCES: CompactReferences = { uris: [], counts: [], bits: 16, ranges: '' };
