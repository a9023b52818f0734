import assert from 'node:assert/strict';
import { test } from 'node:test';
import { featureStrings, prepareArticle } from './features.js';
import { modelWeights } from './model.js';
import { compiledScorer, LABEL_COUNT, rawTransitions, runEnd, stringScorer, tagArticle, viterbi } from './tagger.js';

// The tagger keeps per-word scores and reads features without writing them out; training weighs
// the written features. Both must score and label every token the same.

// The same words in other cases and places: "Harbor" and "HARBOR", "May" the month and the name.
const TEXTS = [
  'Mayor Lena Brandt Visits Harbor Town\nHARBOR TOWN — Mayor Lena Brandt told us the US plan was late.',
  'May Ortega said in May that MAY was too early for Lisbon and New York.',
  'Ms. Ortega, who met President Alvaro Ruiz in São Paulo, said Ruiz’s aides agreed.',
];

test('the run-time scores of every token equal the sum of its written features’ weights, before and after the caches fill', () => {
  const weights = modelWeights(), compiled = compiledScorer(weights);
  for (let round = 0; round < 2; round++) {
    for (const text of TEXTS) {
      const article = prepareArticle(text);
      const written = stringScorer(weights, article.tokens.map((_, i) => featureStrings(article, i)));
      for (let i = 0; i < article.tokens.length; i++) {
        if (!article.candidate[i]) continue;
        const a = new Float64Array(LABEL_COUNT), b = new Float64Array(LABEL_COUNT);
        compiled(a, article, i);
        written(b, article, i);
        for (let k = 0; k < LABEL_COUNT; k++) assert.ok(Math.abs(a[k] - b[k]) < 1e-6, `${article.tokens[i].text} label ${k}: ${a[k]} vs ${b[k]}`);
      }
    }
  }
});

test('the tagger labels tokens as decoding the written features does', () => {
  const weights = modelWeights();
  for (const text of [...TEXTS, ...TEXTS]) {
    const article = prepareArticle(text);
    const score = stringScorer(weights, article.tokens.map((_, i) => featureStrings(article, i)));
    const expected = new Array<number>(article.tokens.length).fill(0);
    for (let i = 0; i < expected.length; i++) {
      if (!article.candidate[i]) continue;
      const j = runEnd(article, i);
      viterbi(article, i, j, score, rawTransitions(weights)).forEach((l, t) => (expected[i + t] = l));
      i = j - 1;
    }
    assert.deepEqual(Array.from(tagArticle(article, weights)), expected, text);
  }
});
