// How many words a name is written with: what makes one mention of a name fuller than another
// ("Sven A. Thompson" over "Thompson") when the corpus picks where a name is defined.

/** Words of a name: runs of non-space characters. */
export function wordCount(text: string): number {
  let n = 0, inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Counted for every mention an article puts: the regular expression only for the rare
    // character past ASCII.
    const space = c <= 32 || (c > 127 && /\s/.test(text[i]));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
