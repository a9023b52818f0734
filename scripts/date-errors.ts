// Date errors on a labelled file, for working on the date rules (dev files only, never test/):
//   node --import tsx scripts/date-errors.ts ../shared/data/dev/tempeval3_tbaq.jsonl [fp|fn|value] [N]
// Scores like ../shared/eval/score.mjs (relaxed, one-to-one; DURATION/SET gold spans don't care)
// (values: PRESENT_REF/PAST_REF/FUTURE_REF not asked) and prints a sample of one kind of error.
import { readFileSync } from 'node:fs';
import { findArticleDate, findDates } from '../server/src/analysis/dates/index.js';

interface Gold { start: number; end: number; type: string; text: string; timex_type?: string; value?: string }
const [file, show = 'fn', n = '40'] = process.argv.slice(2);
const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l) as { text: string; dct?: string; entities: Gold[] });
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
let tp = 0, fp = 0, fn = 0, right = 0, asked = 0;
const errors: string[] = [];
for (const doc of docs) {
  const ctx = (s: number, e: number) => doc.text.slice(Math.max(0, s - 40), s) + '[' + doc.text.slice(s, e) + ']' + doc.text.slice(e, e + 30);
  const dates = doc.entities.filter(e => e.type === 'DATE');
  const counted = dates.filter(e => !e.timex_type || e.timex_type === 'DATE' || e.timex_type === 'TIME');
  const ignored = dates.filter(e => !counted.includes(e));
  const pred = findDates(doc.text, findArticleDate(doc.text, { dct: doc.dct }))
    .filter(p => !(ignored.some(g => overlaps(g, p)) && !counted.some(g => overlaps(g, p))));
  const used = new Set<number>();
  for (const g of counted) {
    const i = pred.findIndex((p, j) => !used.has(j) && overlaps(p, g));
    if (i < 0) { fn++; if (show === 'fn') errors.push(`FN ${g.value} ${doc.dct?.slice(0, 10)} | ${ctx(g.start, g.end)}`); continue; }
    used.add(i); tp++;
    if (g.value && !/^(PRESENT_REF|PAST_REF|FUTURE_REF)$/.test(g.value)) {
      asked++;
      if (pred[i].date.timex === g.value) right++;
      else if (show === 'value') errors.push(`VAL gold=${g.value} pred=${pred[i].date.timex} dct=${doc.dct?.slice(0, 10)} | ${pred[i].text} | ${ctx(g.start, g.end)}`);
    }
  }
  pred.forEach((p, j) => { if (!used.has(j)) { fp++; if (show === 'fp') errors.push(`FP ${p.date.timex} | ${ctx(p.start, p.end)}`); } });
}
const P = tp / (tp + fp), R = tp / (tp + fn);
console.log(`relaxed P ${(100 * P).toFixed(1)} R ${(100 * R).toFixed(1)} F1 ${(200 * P * R / (P + R)).toFixed(1)}  values ${right}/${asked} = ${(100 * right / asked).toFixed(1)}%`);
for (const e of errors.sort(() => 0).slice(0, +n)) console.log(e.replace(/\s+/g, ' '));
