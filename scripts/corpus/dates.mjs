// Date expressions relative to an article's own date (its "dateline date").
// All arithmetic is in UTC on fixed calendar dates, so output never depends on
// the machine's time zone or clock.

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
// AP style: short months abbreviated with a period, March–July spelled out.
export const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.',
  'Oct.', 'Nov.', 'Dec.'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const SEASONS = ['spring', 'summer', 'fall', 'winter'];
const DAY = 86400000;
const RECENT = [0, 1, 2, 3, 4, 14]; // the pastWhen cases within about a week

export const addDays = (d, n) => new Date(d.getTime() + n * DAY);
export const fullDate = (d) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
export const apDate = (d) => `${AP_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
export const datelineDate = (d) => `${WEEKDAYS[d.getUTCDay()]}, ${fullDate(d)}`;
export const daysInMonth = (y, m) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

// A past-time adverbial ("on Tuesday", "two days ago", "in the fall of 2022"...)
// that is true relative to dct. Weighted towards the near past, as news is.
export function pastWhen(rng, dct, recentOnly = false) {
  const y = dct.getUTCFullYear(), m = dct.getUTCMonth();
  switch (recentOnly ? rng.pick(RECENT) : rng.int(0, 15)) {
    case 0: case 1: case 2: { // a weekday within the last six days
      const d = addDays(dct, -rng.int(1, 6));
      return `on ${WEEKDAYS[d.getUTCDay()]}`;
    }
    case 3: return rng.pick(['last week', 'earlier this week', 'over the weekend', 'this week']);
    case 4: { const n = rng.int(2, 10); return `${NUMBER_WORDS[n]} days ago`; }
    case 5: { const n = rng.int(2, 6); return rng.pick([`${NUMBER_WORDS[n]} weeks ago`, `${NUMBER_WORDS[n]} months ago`]); }
    case 6: return `on ${fullDate(addDays(dct, -rng.int(8, 400)))}`;
    case 7: { // same-year date in AP style, or the full date when it crosses a year
      const d = addDays(dct, -rng.int(3, 120));
      return d.getUTCFullYear() === y ? `on ${apDate(d)}` : `on ${fullDate(d)}`;
    }
    case 8: { // a month earlier this year, or last year's month
      if (m > 0) return `in ${MONTHS[rng.int(0, m - 1)]}`;
      return `in ${MONTHS[rng.int(1, 11)]} last year`;
    }
    case 9: return `in ${y - rng.int(1, 8)}`;
    case 10: return `in the ${rng.pick(SEASONS)} of ${y - rng.int(1, 5)}`;
    case 11: return rng.pick(['last month', 'last year', 'earlier this year', 'earlier this month']);
    case 12: return `in early ${MONTHS[(m + 11) % 12]}`;
    case 13: return `at the end of ${MONTHS[(m + 10) % 12]}`;
    case 14: return rng.pick(['on Monday', 'on Friday', 'yesterday', 'this morning']);
    default: return `late last year`;
  }
}

// A future-time adverbial relative to dct.
export function futureWhen(rng, dct) {
  const y = dct.getUTCFullYear(), m = dct.getUTCMonth();
  switch (rng.int(0, 7)) {
    case 0: return `on ${WEEKDAYS[addDays(dct, rng.int(1, 6)).getUTCDay()]}`;
    case 1: return rng.pick(['next week', 'next month', 'later this year', 'next year', 'in the coming weeks']);
    case 2: return `on ${fullDate(addDays(dct, rng.int(10, 300)))}`;
    case 3: return m < 11 ? `in ${MONTHS[rng.int(m + 1, 11)]}` : `in ${MONTHS[rng.int(0, 5)]} next year`;
    case 4: return `by the end of ${y + rng.int(0, 3)}`;
    case 5: return `in ${NUMBER_WORDS[rng.int(2, 9)]} days`;
    case 6: return `before the ${rng.pick(SEASONS)} of ${y + 1}`;
    default: return `by ${apDate(addDays(dct, rng.int(5, 60)))}`;
  }
}

// A point in the past to measure from: "2019", "the fall of 2022", "March 3, 2021".
export function sincePoint(rng, dct) {
  const y = dct.getUTCFullYear();
  switch (rng.int(0, 3)) {
    case 0: return String(y - rng.int(1, 12));
    case 1: return `the ${rng.pick(SEASONS)} of ${y - rng.int(1, 6)}`;
    case 2: return fullDate(addDays(dct, -rng.int(30, 2000)));
    default: return `${MONTHS[rng.int(0, 11)]} ${y - rng.int(1, 4)}`;
  }
}
