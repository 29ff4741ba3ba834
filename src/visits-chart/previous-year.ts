import type { VisitsPoint, VisitsSource } from '../api/visits-source.js';
import { parseCalendarDate, toCalendarString } from '../core/dates.js';
import type { Translator } from '../core/translate.js';
import { yearBeforeSpan, yearsBefore } from '../core/year-before.js';
import { loadVisits, type Loaded, type VisitsRequest, type YearWords } from './load.js';
import { parsePeriodLabel } from './period-labels.js';
import { daysBetween, type ChartPeriod } from './ranges.js';
import type { Align } from './shape.js';

/*
 * The comparison with the same period a year before (`compare="previous-year"`), loaded on demand
 * (chunks.previousYear): the span to ask for (core/year-before.ts, which the Matomo source loads
 * too), how the days pair up, and the words that name the compared dates.
 */

/**
 * The same calendar dates a year before, by day: each day is compared with its date a year before
 * (29 February with 28 February); a 29 February of the year before (when it is a leap year and
 * the range is not) is in the KPIs' figures but has no day of the range to stand beside.
 * The years back are read from the two ranges' first days (more than one for a range longer than
 * a year, so that they do not overlap).
 */
export const alignByDate: Align = (current, previous) => {
  const first = parseCalendarDate(current[0]?.label ?? '');
  const before = parseCalendarDate(previous[0]?.label ?? '');
  if (!first || !before) return [];
  const years = Math.round(daysBetween(before, first) / 365.25);
  const byDay = new Map<string, VisitsPoint>(previous.map((p) => [p.label, p]));
  return current.map((point) => {
    const day = parseCalendarDate(point.label);
    return day ? byDay.get(toCalendarString(yearsBefore(day, years))) : undefined;
  });
};

/**
 * The words naming the compared dates (`compareDate`, `YYYY-MM-DD,YYYY-MM-DD`, as loaded) for a
 * range whose first period is `firstLabel`, in the translator's language; without them (nothing
 * compared), the period in words.
 */
export function yearWords(compareDate: string, firstLabel: string, period: ChartPeriod, t: Translator): YearWords {
  const [from, to] = compareDate.split(',').map((day) => parseCalendarDate(day));
  const start = parsePeriodLabel(firstLabel, period)?.start;
  const known = from && to && start;
  // How many years back (one, or more for a range longer than a year).
  const years = known ? Math.max(1, Math.round(daysBetween(from, start) / 365.25)) : 1;
  const line = t.plural(years, { one: 'same period last year', other: 'same period {count} years before' });
  const dates = (month: 'short' | 'long') => (known ? new Intl.DateTimeFormat(t.locale, { day: 'numeric', month, year: 'numeric' }).formatRange(from, to) : line);
  return {
    // {line}: "same period last year"; {dates}: the compared dates ("1–31 March 2025").
    legend: t.t('Dashed: {line}', { line }),
    versus: dates('short'),
    against: dates('long'),
    line,
    // {reason}: why (the server's words, or the error in the reader's language).
    failed: (reason) => t.plural(years, { one: 'The same period last year could not be loaded: {reason}', other: 'The same period {count} years before could not be loaded: {reason}' }, { reason }),
  };
}

/**
 * Loads the range and the same periods a year before (see `yearBeforeSpan`), with how they pair
 * (by date, by day) and the words that name the compared dates.
 */
export async function loadYear(source: VisitsSource, request: VisitsRequest, options: { signal: AbortSignal; timeout: number }): Promise<Loaded> {
  const loaded = await loadVisits(source, { ...request, yearBefore: yearBeforeSpan }, options);
  const first = loaded.result.current[0]?.points[0]?.label ?? '';
  return { ...loaded, align: loaded.period === 'day' ? alignByDate : undefined, words: (t) => yearWords(loaded.compareDate, first, loaded.period, t) };
}
