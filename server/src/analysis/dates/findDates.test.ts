import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from './index.js';
import type { ArticleDate } from '../types.js';

// Tuesday 8 March 2022
const anchor: ArticleDate = { value: '2022-03-08', source: 'given' };
const found = (text: string, a = anchor) => findDates(text, a).map(d => [d.text, d.date.timex]);

test('explicit dates, with and without a year', () => {
  assert.deepEqual(found('The talks opened on Feb. 24 and ended March 1, 2021.'),
    [['Feb. 24', '2022-02-24'], ['March 1, 2021', '2021-03-01']]);
  assert.deepEqual(found('It was signed 8 March 2019 in Oslo.'), [['8 March 2019', '2019-03-08']]);
});

test('weekdays: past sentences look back, future ones ahead', () => {
  assert.deepEqual(found('The mayor resigned Friday.'), [['Friday', '2022-03-04']]);
  assert.deepEqual(found('The council will vote Friday.'), [['Friday', '2022-03-11']]);
  assert.deepEqual(found('She spoke last Tuesday.'), [['last Tuesday', '2022-03-01']]);
});

test('relative units: last week, next month, two weeks ago, last year, this week', () => {
  assert.deepEqual(found('Prices rose last week and may fall next month.'),
    [['last week', '2022-W09'], ['next month', '2022-04']]);
  assert.deepEqual(found('He left two weeks ago, and last year he moved twice.'),
    [['two weeks ago', '2022-W08'], ['last year', '2021']]);
  assert.deepEqual(found('Talks resume this week.'), [['this week', '2022-W10']]);
});

test('seasons, decades, quarters, days', () => {
  assert.deepEqual(found('Work starts in the fall of 2022 and ends next spring.'),
    [['the fall of 2022', '2022-FA'], ['next spring', '2023-SP']]);
  assert.deepEqual(found('In the 1990s and in the \u201990s alike.'), [['the 1990s', '199'], ['the \u201990s', '199']]);
  // in March, a third quarter that already happened is last year's
  assert.deepEqual(found('Third-quarter profit fell; the fourth quarter of 2021 was better.'),
    [['Third-quarter', '2021-Q3'], ['the fourth quarter of 2021', '2021-Q4']]);
  assert.deepEqual(found('Today, not yesterday.'), [['Today', '2022-03-08'], ['yesterday', '2022-03-07']]);
});

test('a clock time joins the day beside it', () => {
  assert.deepEqual(found('The deadline passed at 3 p.m. Friday.'), [['3 p.m. Friday', '2022-03-04T15:00']]);
});

test('words that only look like dates are left alone', () => {
  assert.deepEqual(found('You may march on Washington; USA Today reported it.'), []);
  assert.deepEqual(found('He has 1,500 sheep and $2000 in cash.'), []);
});

test('a weekday written beside a date takes that date', () => {
  assert.deepEqual(found('Tuesday, September 1, 2015'), [['Tuesday', '2015-09-01'], ['September 1, 2015', '2015-09-01']]);
});

test('without an anchor, relative dates are found but left unresolved', () => {
  const [d] = findDates('She left last week.', { source: 'none' });
  assert.equal(d.text, 'last week');
  assert.equal(d.date.timex, undefined);
  assert.equal(d.date.relative, true);
  assert.equal(d.date.granularity, 'week');
});

test('offsets index the original text: CRLF, emoji, curly quotes', () => {
  const text = '\u{1F4F0} Update\r\nOn \u201cMonday\u201d, Jan. 3, 2022 \u{1F389} the show ended.\r\n';
  const dates = findDates(text, anchor);
  for (const d of dates) assert.equal(text.slice(d.start, d.end), d.text);
  assert.deepEqual(dates.map(d => d.text), ['Monday', 'Jan. 3, 2022']);
});

test('mentions come sorted and never overlap', () => {
  const dates = findDates('From early March 2021 until the end of 1994, then Tuesday night and last fall.', anchor);
  for (let i = 1; i < dates.length; i++) assert.ok(dates[i - 1].end <= dates[i].start);
  // the anchor is itself a Tuesday
  assert.deepEqual(dates.map(d => d.date.timex), ['2021-03', '1994', '2022-03-08TNI', '2021-FA']);
});

test('counts and verses are not dates; "at 2:30" is a time', () => {
  assert.deepEqual(found('The wiki has over 1000 articles; see First Corinthians 9:25.'), []);
  assert.deepEqual(found('Polls closed at 2:30 on Sunday.').map(([t]) => t), ['2:30', 'Sunday']);
});

test('anaphora count from the date mentioned before', () => {
  assert.deepEqual(found('He joined in 1995 and the following year he left; later that year he returned.'),
    [['1995', '1995'], ['the following year', '1996'], ['later that year', '1996']]);
});

test('holidays: the last Thanksgiving before the article', () => {
  assert.deepEqual(found('The boy was found on Thanksgiving Day.'), [['Thanksgiving Day', '2021-11-25']]);
  assert.deepEqual(found('Shops close on Christmas Eve 2022.'), [['Christmas Eve 2022', '2022-12-24']]);
});

test('numeric dates, ISO timestamps and UTC clock times', () => {
  assert.deepEqual(found('Filed 2021-11-02T09:30:00Z, amended 3/4/2022.'),
    [['2021-11-02', '2021-11-02'], ['3/4/2022', '2022-03-04']]);
  assert.deepEqual(found('The rocket flew Tuesday at 18:00 UTC.'), [['Tuesday', '2022-03-08'], ['18:00 UTC', '2022-03-08T18:00Z']]);
});

test('business codes: Q1 2022, Q4, H2 \u201921, FY2021', () => {
  assert.deepEqual(found('Sales in Q1 2022 beat Q4 and H2 \u201921; FY2021 was weak. An iq3 is no code.'),
    [['Q1 2022', '2022-Q1'], ['Q4', '2021-Q4'], ['H2 \u201921', '2021-H2'], ['FY2021', '2021']]);
});

test('a weekday before a day-month date, and an ET clock time', () => {
  assert.deepEqual(found('Polls open Tuesday 1 March at 5 a.m. ET.'),
    [['Tuesday', '2022-03-01'], ['1 March', '2022-03-01'], ['5 a.m. ET', '2022-03-01T05:00']]);
});
