import { parseCalendarDate } from '../core/dates.js';
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

export type LabelStyle = 'tick' | 'tick-long' | 'full';

type Pattern = 'year' | 'month' | 'month-long' | 'day' | 'date' | 'weekday';

const PATTERNS: Record<Pattern, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  'month-long': { month: 'long', year: 'numeric' },
  day: { month: 'short', day: 'numeric' },
  date: { year: 'numeric', month: 'short', day: 'numeric' },
  weekday: { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The format of a label pattern, with the browser's Intl in the chosen locale (every language,
 * nothing to bundle), in UTC: a day is given as a UTC date (`utcDay`), so no time zone (the
 * browser's, or a changed one) can move it to another day.
 */
function dateFormat(pattern: Pattern, locale: string): Intl.DateTimeFormat {
  const key = `${locale}|${pattern}`;
  let format = formats.get(key);
  if (!format) {
    const options = { ...PATTERNS[pattern], timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat('en-US', options);
    }
    formats.set(key, format);
  }
  return format;
}

function utcDay(date: Date): Date {
  const day = new Date(0);
  day.setUTCFullYear(date.getFullYear(), date.getMonth(), date.getDate());
  return day;
}

/** A calendar day in one of the label patterns. */
function formatDate(date: Date, pattern: Pattern, locale: string): string {
  return dateFormat(pattern, locale).format(utcDay(date));
}

/**
 * Two calendar days as a range, as the locale writes one (`Mar 4 – 10, 2024`, `4.–10. März 2024`,
 * `4–10 mars 2024`): Intl's `formatRange`, which says the shared month and year once.
 */
export function formatDayRange(from: Date, to: Date, locale: string): string {
  return dateFormat('date', locale).formatRange(utcDay(from), utcDay(to));
}

/**
 * A period label for people, in the chosen locale:
 * - `tick`: short axis ticks (`Mar 10`, `Mar 2024`, `2024`);
 * - `tick-long`: axis ticks of ranges longer than a year, which name the year (`Mar 2024`);
 * - `full`: tooltips, the table and the summary (`Sun, Mar 10, 2024`, `Mar 4 – 10, 2024`, `March 2024`).
 * An unreadable label is shown as it came.
 */
export function formatPeriodLabel(label: string, period: ChartPeriod, locale: string, style: LabelStyle): string {
  const span = parsePeriodLabel(label, period);
  if (!span) return label;
  const f = (date: Date, pattern: Pattern) => formatDate(date, pattern, locale);
  if (period === 'year') return f(span.start, 'year');
  if (style !== 'full') return f(span.start, period === 'month' || style === 'tick-long' ? 'month' : 'day');
  if (period === 'month') return f(span.start, 'month-long');
  if (span.start.getTime() !== span.end.getTime()) return formatDayRange(span.start, span.end, locale);
  return f(span.start, 'weekday');
}

/** A calendar day in the locale's medium form (`Mar 10, 2024`). */
export function formatDay(day: Date, locale: string): string {
  return formatDate(day, 'date', locale);
}

/**
 * The first day of a period label of one of Matomo's forms, as `YYYY-MM-DD` (`2024` is
 * `2024-01-01`, `2024-03` is `2024-03-01`, a week is its Monday), without making a Date.
 */
export function periodStart(label: string): string {
  return label.length === 4 ? `${label}-01-01` : label.length === 7 ? `${label}-01` : label.slice(0, 10);
}
