// Titles and people. A person's mention is the name alone ("President Volodymyr Zelensky" →
// "Volodymyr Zelensky", the contract of the product and of `news-lens extract`); the title words
// the text gives ("President", "CEO", "Foreign Minister") are kept beside it as `title`, which the
// hover card shows. A span of job words alone ("CEO", "Chief Operating Officer") names a role, not
// a person; an honorific alone ("the Senator") still stands for one.
import type { TokenSpan } from './consistency.js';
import type { ArticleTokens } from './features.js';
import { inList } from './gazetteer.js';
import { TITLES, withoutDot } from './lexicon.js';

export interface TitledSpan extends TokenSpan {
  title?: string;
}

/** Jobs that are never part of a written name. */
const JOBS = new Set(['ceo', 'cfo', 'coo', 'cto', 'chief', 'executive', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst']);
// Words that continue a title ("Chief Operating Officer", "Prime Minister of").
const ROLE_WORDS = new Set(['operating', 'executive', 'financial', 'officer', 'of', 'state', 'home', 'general', 'attorney', 'presiding', 'minister']);

const bare = (article: ArticleTokens, i: number) => withoutDot(article.lower[i]);
const isTitle = (article: ArticleTokens, i: number) => TITLES.has(bare(article, i)) || JOBS.has(bare(article, i)) || ROLE_WORDS.has(bare(article, i));

/** "CEO", "Chief Operating Officer": no honorific that could stand for a known person ("the Senator"). */
function isJobOnly(article: ArticleTokens, s: TokenSpan): boolean {
  for (let i = s.a; i < s.b; i++) if (!JOBS.has(bare(article, i)) && !ROLE_WORDS.has(bare(article, i))) return false;
  return true;
}

/**
 * "Apple CEO Steve Jobs", "Kenyan President William Ruto": a title or job word inside the span,
 * after the company or country it belongs to, ends the title; the name is what follows it. A title
 * word at the end stays in the name ("Martin Luther King"), and so does one before a suffix
 * ("Martin Luther King Jr.").
 */
function afterInnerTitle(article: ArticleTokens, s: TokenSpan, name: number): number {
  for (let k = s.b - 2; k >= name; k--) {
    const w = bare(article, k);
    if ((JOBS.has(w) || TITLES.has(w)) && !SUFFIXES.has(bare(article, k + 1))) return k + 1;
  }
  return name;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Days of the week open no name: "On Wednesday Prime Minister Helena Costa left". */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function withoutWeekdays(article: ArticleTokens, s: TokenSpan): TokenSpan {
  let a = s.a;
  while (a < s.b - 1 && WEEKDAYS.has(article.lower[a])) a++;
  return a === s.a ? s : { ...s, a };
}

/** "Ryanair CEO": a company's job, with no name after it. */
const endsInJob = (article: ArticleTokens, s: TokenSpan) => s.b - s.a > 1 && JOBS.has(bare(article, s.b - 1));

export function splitTitles(article: ArticleTokens, spans: readonly TokenSpan[]): TitledSpan[] {
  const out: TitledSpan[] = [];
  for (const span of spans) {
    if (span.type !== 'PERSON') { out.push(span); continue; }
    const s = withoutWeekdays(article, span);
    let name = s.a;
    while (name < s.b && isTitle(article, name)) name++;
    name = afterInnerTitle(article, s, name);
    if ((name === s.b && isJobOnly(article, s)) || endsInJob(article, s)) continue; // a role, not a person
    if (name === s.b) { out.push({ ...s, title: article.text.slice(article.tokens[s.a].start, article.tokens[s.b - 1].end) }); continue; }
    // "Minister of Education Stefania Giannini": a title's "of" phrase runs up to a first name.
    if (name > s.a && article.lower[name - 1] === 'of') {
      let first = name;
      while (first < s.b && !inList(article.lower[first], 'first')) first++;
      if (first === s.b) continue; // "President of the Brotherhood": a role, not a name
      name = first;
    }
    // The title the text gives the person: the title words inside the span, and the ones just
    // before it on its line ("Foreign" of "Foreign Minister", where the tagger began at "Minister").
    let titleFrom = name > s.a ? s.a : name;
    while (titleFrom > 0 && !article.lineStart[titleFrom] && TITLES.has(bare(article, titleFrom - 1))) titleFrom--;
    const title = titleFrom < name ? article.text.slice(article.tokens[titleFrom].start, article.tokens[name - 1].end) : undefined;
    out.push(title ? { ...s, a: name, title } : s);
  }
  return out;
}
