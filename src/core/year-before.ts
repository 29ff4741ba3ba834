import { addDays, addPeriods, countPeriods, endOfPeriod, startOfPeriod, type CalendarPeriod, type Span } from './calendar.js';

/*
 * The comparison with the same period a year before, as Matomo's own comparison ("previous year",
 * `compareDates` in Matomo 4 and later) counts it: the same calendar dates, one year earlier. Loaded
 * on demand (only a chart comparing with last year needs it).
 */

/** The same calendar date `years` years before; 29 February, in a year without one, is 28 February. */
export function yearsBefore(day: Date, years: number): Date {
  return addPeriods(day, 'year', -years);
}

/** A comparison span, and how many years back it is. */
export interface YearBeforeSpan extends Span {
  years: number;
}

/**
 * The same periods a year before a span, never overlapping it:
 * - days: the same dates (29 February's year before is 28 February, so the two spans may differ
 *   by a day);
 * - weeks: the week holding the date a year before the first week's Monday (Matomo's rule: always
 *   53 weeks back), then as many weeks;
 * - months: the same months; years: the years before.
 * A span longer than a year is compared with the same dates as many years back as it takes not to
 * overlap it (by year, N years are compared with the N before).
 */
export function yearBeforeSpan(span: Span, period: CalendarPeriod): YearBeforeSpan {
  for (let years = 1; ; years++) {
    const from = startOfPeriod(yearsBefore(span.from, years), period);
    const back = yearsBefore(span.to, years);
    const to = period === 'day' ? back : period === 'week' ? addDays(from, 7 * span.count - 1) : endOfPeriod(back, period);
    if (to < span.from) return { from, to, count: countPeriods(from, to, period), years };
  }
}
