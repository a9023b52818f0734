// Word tokens with their offsets in the original text. Names are built from whole tokens, so the
// tokenizer decides what a name can start and end on: a possessive ("Putin’s") is split off,
// initials and dotted abbreviations ("V.", "U.S.", "Mr.") keep their dots.
import { TITLE_ABBREVIATIONS } from './lexicon.js';

export interface Token {
  start: number;
  end: number;
  text: string;
}

// Order matters: dotted abbreviations first, then words (with inner hyphens and apostrophes),
// then any other single non-space character.
const TOKEN = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;
const POSSESSIVE = /['’][sS]$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let word = m[0];
    const start = m.index;
    if (word.length > 1 && word.endsWith('.') && !keepsDot(word)) {
      pushPossessiveSplit(tokens, word.slice(0, -1), start);
      tokens.push({ start: start + word.length - 1, end: start + word.length, text: '.' });
      continue;
    }
    pushPossessiveSplit(tokens, word, start);
  }
  return tokens;
}

/** "U.S." and "V." and "Mr." keep their dot; "Moscow." does not. */
function keepsDot(word: string): boolean {
  if (/^\p{L}\.$/u.test(word) && /\p{Lu}/u.test(word[0])) return true;
  if (/^\p{L}(?:\.\p{L})+\.$/u.test(word)) return true;
  return TITLE_ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}

function pushPossessiveSplit(tokens: Token[], word: string, start: number): void {
  if (word.length > 2 && POSSESSIVE.test(word)) {
    const cut = word.length - 2;
    tokens.push({ start, end: start + cut, text: word.slice(0, cut) });
    tokens.push({ start: start + cut, end: start + word.length, text: word.slice(cut) });
    return;
  }
  tokens.push({ start, end: start + word.length, text: word });
}
