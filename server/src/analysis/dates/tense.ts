// Whether the words around an expression look back or ahead. "Tuesday" in "talks resumed Tuesday"
// is the last Tuesday; in "talks will resume Tuesday" the next one; "Jan. 2" in "is payable
// Jan. 2" lies ahead. The nearest tense cue before the expression decides, else the first after.

export type Tense = 'past' | 'future';

const CUE = /(?:\b(will|won't|shall|going to|scheduled|planned|plans? to|intends? to|expected to|expects? to|due|is to|are to|set to|until|payable|effective|upcoming|ahead of|as (?:early|soon) as)|'ll)\b|\b(was|were|had|did|said|ago|[a-z]{3,}ed)\b/g;
const REACH = 120;
const BOUNDARY = /[.!?;\n]/;

function cues(text: string): Tense[] {
  const out: Tense[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) out.push(m[2] ? 'past' : 'future');
  return out;
}

export function tenseAround(text: string, start: number, end: number): Tense | undefined {
  let from = start;
  while (from > 0 && start - from < REACH && !BOUNDARY.test(text[from - 1])) from--;
  const before = cues(text.slice(from, start));
  if (before.length) return before[before.length - 1];
  let to = end;
  while (to < text.length && to - end < REACH && !BOUNDARY.test(text[to])) to++;
  return cues(text.slice(end, to))[0];
}

export const looksAhead = (text: string, start: number, end: number): boolean =>
  tenseAround(text, start, end) === 'future';
