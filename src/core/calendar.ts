import { parseCalendarDate, toCalendarString } from './dates.js';

/*
 * Calendar arithmetic on Matomo's periods. Every Date here is a local-midnight calendar day (see
 * parseCalendarDate), never an instant, and is worked on through its calendar fields (year, month,
 * day), so the results are the same in every browser time zone and across daylight-saving changes.
 * Matomo's weeks run Monday to Sunday. Which day is "today" is a site's business: see
 * `dayInZone`.
 */

/** The length of one period. */
export type CalendarPeriod = 'day' | 'week' | 'month' | 'year';

/** The calendar day of the given fields (month 0–11; fields out of range roll over, as in `Date`). */
function dayOf(year: number, month: number, date: number): Date {
  const day = new Date(year, month, date);
  if (year < 100) day.setFullYear(year, month, date);
  return day;
}

/** How many days the month has (month 0–11, rolling over). */
function monthLength(year: number, month: number): number {
  return dayOf(year, month + 1, 0).getDate();
}

/** `day` moved by `n` days (calendar days: daylight-saving changes do not shift it). */
export function addDays(day: Date, n: number): Date {
  return dayOf(day.getFullYear(), day.getMonth(), day.getDate() + n);
}

/** The first day of the period that contains `day` (weeks start on Monday, as Matomo's do). */
export function startOfPeriod(day: Date, period: CalendarPeriod): Date {
  const year = day.getFullYear();
  if (period === 'year') return dayOf(year, 0, 1);
  if (period === 'month') return dayOf(year, day.getMonth(), 1);
  return addDays(day, period === 'week' ? -((day.getDay() + 6) % 7) : 0);
}

/** `day` moved by `n` periods; by month or year, the 31st becomes the month's last day (not a day of the next). */
export function addPeriods(day: Date, period: CalendarPeriod, n: number): Date {
  if (period === 'day' || period === 'week') return addDays(day, period === 'week' ? 7 * n : n);
  const year = day.getFullYear() + (period === 'year' ? n : 0);
  const month = day.getMonth() + (period === 'month' ? n : 0);
  return dayOf(year, month, Math.min(day.getDate(), monthLength(year, month)));
}

/** The last day of the period that contains `day`. */
export function endOfPeriod(day: Date, period: CalendarPeriod): Date {
  return addDays(addPeriods(startOfPeriod(day, period), period, 1), -1);
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000);
}

/** How many periods run from the one containing `from` to the one containing `to`, both included. */
export function countPeriods(from: Date, to: Date, period: CalendarPeriod): number {
  const years = to.getFullYear() - from.getFullYear();
  if (period === 'year') return years + 1;
  if (period === 'month') return years * 12 + to.getMonth() - from.getMonth() + 1;
  const days = daysBetween(startOfPeriod(from, period), startOfPeriod(to, period));
  return (period === 'week' ? days / 7 : days) + 1;
}

/** A `date` value, understood: the N periods up to today, the N before today's, or fixed days. */
export type DateSpec = { kind: 'last'; n: number } | { kind: 'previous'; n: number } | { kind: 'range'; from: Date; to: Date };

/** The largest N accepted in `lastN` / `previousN` (ten years of days and then some). */
export const MAX_PERIODS = 10_000;

/**
 * Reads Matomo's date forms: `lastN`, `previousN`, `YYYY-MM-DD,YYYY-MM-DD` (either end may be
 * `today` or `yesterday`), a single `YYYY-MM-DD`, `today`, `yesterday`. Null when unreadable.
 */
export function parseDateSpec(date: string, today: Date): DateSpec | null {
  const text = date.trim().toLowerCase();
  const relative = /^(last|previous)(\d{1,6})$/.exec(text);
  if (relative) {
    const n = Number(relative[2]);
    return n >= 1 && n <= MAX_PERIODS ? { kind: relative[1] as 'last' | 'previous', n } : null;
  }
  const day = (part: string): Date | null =>
    part === 'today' ? today : part === 'yesterday' ? addDays(today, -1) : /^\d{4}-\d{2}-\d{2}$/.test(part) ? parseCalendarDate(part) : null;
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length === 1) {
    const d = day(parts[0]!);
    return d ? { kind: 'range', from: d, to: d } : null;
  }
  if (parts.length === 2) {
    const from = day(parts[0]!);
    const to = day(parts[1]!);
    if (!from || !to || from > to) return null;
    return { kind: 'range', from, to };
  }
  return null;
}

/** Whole periods: the first day of the first, the last day of the last, and how many. */
export interface Span {
  from: Date;
  to: Date;
  count: number;
}

/** The whole periods a range covers, `lastN` and `previousN` counted from `today` (the site's day). */
export function spanOf(spec: DateSpec, period: CalendarPeriod, today: Date): Span {
  if (spec.kind === 'range') {
    return { from: startOfPeriod(spec.from, period), to: endOfPeriod(spec.to, period), count: countPeriods(spec.from, spec.to, period) };
  }
  const lastStart = addPeriods(startOfPeriod(today, period), period, spec.kind === 'last' ? 0 : -1);
  const from = addPeriods(lastStart, period, -(spec.n - 1));
  return { from, to: endOfPeriod(lastStart, period), count: spec.n };
}

/** The comparison of a span: as many periods, right before it (never overlapping it). */
export function previousSpan(span: Span, period: CalendarPeriod): Span {
  return { from: addPeriods(span.from, period, -span.count), to: addDays(span.from, -1), count: span.count };
}

/** Days as Matomo's range form, `YYYY-MM-DD,YYYY-MM-DD`. */
export function rangeText(from: Date, to: Date): string {
  return `${toCalendarString(from)},${toCalendarString(to)}`;
}
