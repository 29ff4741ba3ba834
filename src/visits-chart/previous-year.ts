import type { VisitsPoint, VisitsSource } from '../api/visits-source.js';
import { parseCalendarDate, toCalendarString } from '../core/dates.js';
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

/** The words of the comparison with last year (they move to a catalogue once the library has one). */
export const YEAR_WORDS = {
  /** What the dashed line is, `years` back (one, or more for a range longer than a year). */
  line: (years: number) => (years === 1 ? 'same period last year' : `same period ${years} years before`),
  legend: (line: string) => `Dashed: ${line}`,
  /** The summary's change: "+12.5% compared with 1–31 March 2025". */
  against: (dates: string) => `compared with ${dates}`,
};

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
 * range whose first period is `firstLabel`; without them (nothing compared), the period in words.
 */
export function yearWords(compareDate: string, firstLabel: string, period: ChartPeriod, locale: string): YearWords {
  const [from, to] = compareDate.split(',').map((day) => parseCalendarDate(day));
  const start = parsePeriodLabel(firstLabel, period)?.start;
  const known = from && to && start;
  const line = YEAR_WORDS.line(known ? Math.max(1, Math.round(daysBetween(from, start) / 365.25)) : 1);
  const dates = (month: 'short' | 'long') => (known ? new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric' }).formatRange(from, to) : `the ${line}`);
  return { legend: YEAR_WORDS.legend(line), versus: dates('short'), against: YEAR_WORDS.against(dates('long')), line };
}

/**
 * Loads the range and the same periods a year before (see `yearBeforeSpan`), with how they pair
 * (by date, by day) and the words that name the compared dates.
 */
export async function loadYear(source: VisitsSource, request: VisitsRequest, options: { signal: AbortSignal; timeout: number }): Promise<Loaded> {
  const loaded = await loadVisits(source, { ...request, yearBefore: yearBeforeSpan }, options);
  const first = loaded.result.current[0]?.points[0]?.label ?? '';
  return { ...loaded, align: loaded.period === 'day' ? alignByDate : undefined, words: (locale) => yearWords(loaded.compareDate, first, loaded.period, locale) };
}
