// What every feature module works with: the corpus and a way to read an article's text back.
import type { Corpus } from '../corpus/corpus.js';

export interface TextSource {
  /** The article's current text (the editor's buffer when open, else the file), if readable. */
  read(uri: string): string | undefined;
}

export interface FeatureContext {
  corpus: Corpus;
  texts: TextSource;
}
