import { format } from 'date-fns/format';
import type { Locale } from 'date-fns';
import { dateLocale, parseCalendarDate } from '../core/dates.js';
import { endOfPeriod, type ChartPeriod } from './ranges.js';

/*
 * Matomo's period labels are calendar days in the site's time zone, not instants:
 *   day `2024-01-06`, week `2024-01-01,2024-01-07`, month `2024-01`, year `2024`,
 *   range `2024-01-01,2024-03-31`.
 * They are read as local-midnight dates, so 2024-03-10 reads 10 March in every browser time zone.
 */

export interface PeriodSpan {
  start: Date;
  end: Date;
}

/** The first and last day of a period label, or null when the label is not one of Matomo's forms. */
export function parsePeriodLabel(label: string, period: ChartPeriod): PeriodSpan | null {
  const text = label.trim();
  if (/^\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2}$/.test(text)) {
    const [a, b] = text.split(',') as [string, string];
    const start = parseCalendarDate(a);
    const end = parseCalendarDate(b);
    return start && end && start <= end ? { start, end } : null;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const start = parseCalendarDate(text);
    return start ? { start, end: period === 'day' ? start : endOfPeriod(start, period) } : null;
  }
  if (/^\d{4}-\d{2}$/.test(text)) {
    const start = parseCalendarDate(text);
    return start ? { start, end: endOfPeriod(start, 'month') } : null;
  }
  if (/^\d{4}$/.test(text)) {
    const start = new Date(Number(text), 0, 1);
    start.setFullYear(Number(text));
    return { start, end: endOfPeriod(start, 'year') };
  }
  return null;
}

/** Where the locale puts the day relative to the month in a medium date ("Mar 10" or "10 Mar"). */
function dayFirst(locale: Locale): boolean {
  const pattern = locale.formatLong?.date({ width: 'medium' }) ?? 'MMM d, y';
  const d = pattern.search(/d/);
  const m = pattern.search(/M|L/);
  return d >= 0 && m >= 0 && d < m;
}

export type LabelStyle = 'tick' | 'tick-long' | 'full';

/**
 * A period label for people, with date-fns in the chosen locale:
 * - `tick`: short axis ticks (`Mar 10`, `Mar 2024`, `2024`);
 * - `tick-long`: axis ticks of ranges longer than a year, which name the year (`Mar 2024`);
 * - `full`: tooltips, the table and the summary (`Sun, Mar 10, 2024`, `Mar 4, 2024 – Mar 10, 2024`, `March 2024`).
 * An unreadable label is shown as it came.
 */
export function formatPeriodLabel(label: string, period: ChartPeriod, localeTag: string, style: LabelStyle): string {
  const span = parsePeriodLabel(label, period);
  if (!span) return label;
  const locale = dateLocale(localeTag);
  const f = (date: Date, pattern: string) => format(date, pattern, { locale });
  const isWeekLike = period === 'week' || (span.start.getTime() !== span.end.getTime() && period === 'day');
  if (style !== 'full') {
    if (period === 'year') return f(span.start, 'yyyy');
    if (period === 'month' || style === 'tick-long') return f(span.start, 'LLL yyyy');
    return f(span.start, dayFirst(locale) ? 'd MMM' : 'MMM d');
  }
  if (period === 'year') return f(span.start, 'yyyy');
  if (period === 'month') return f(span.start, 'LLLL yyyy');
  if (isWeekLike) return `${f(span.start, 'PP')} – ${f(span.end, 'PP')}`;
  return f(span.start, 'EEE, PP');
}

/** A calendar day in the locale's medium form (`Mar 10, 2024`). */
export function formatDay(day: Date, localeTag: string): string {
  return format(day, 'PP', { locale: dateLocale(localeTag) });
}
