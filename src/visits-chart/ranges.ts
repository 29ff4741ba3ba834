import { parseCalendarDate, toCalendarString } from '../core/dates.js';
import { formatCount } from '../core/format.js';

/*
 * Calendar arithmetic on Matomo periods. Every Date here is a local-midnight calendar day (see
 * parseCalendarDate), never an instant, and is worked on through its calendar fields (year, month,
 * day), so the results are the same in every browser time zone and across daylight-saving changes.
 * Matomo's weeks run Monday to Sunday.
 */

export type ChartPeriod = 'day' | 'week' | 'month' | 'year';
export const CHART_PERIODS: readonly ChartPeriod[] = ['day', 'week', 'month', 'year'];

export function isChartPeriod(value: string): value is ChartPeriod {
  return (CHART_PERIODS as readonly string[]).includes(value);
}

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
export function startOfPeriod(day: Date, period: ChartPeriod): Date {
  const year = day.getFullYear();
  if (period === 'year') return dayOf(year, 0, 1);
  if (period === 'month') return dayOf(year, day.getMonth(), 1);
  return addDays(day, period === 'week' ? -((day.getDay() + 6) % 7) : 0);
}

/** `day` moved by `n` periods; by month or year, the 31st becomes the month's last day (not a day of the next). */
export function addPeriods(day: Date, period: ChartPeriod, n: number): Date {
  if (period === 'day' || period === 'week') return addDays(day, period === 'week' ? 7 * n : n);
  const year = day.getFullYear() + (period === 'year' ? n : 0);
  const month = day.getMonth() + (period === 'month' ? n : 0);
  return dayOf(year, month, Math.min(day.getDate(), monthLength(year, month)));
}

/** The last day of the period that contains `day`. */
export function endOfPeriod(day: Date, period: ChartPeriod): Date {
  return addDays(addPeriods(startOfPeriod(day, period), period, 1), -1);
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000);
}

/** How many periods run from the one containing `from` to the one containing `to`, both included. */
export function countPeriods(from: Date, to: Date, period: ChartPeriod): number {
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

/**
 * The `date` sent to Matomo for the chart's range. Relative forms go as they are, so the server
 * resolves "today" in the site's time zone; fixed days go as `YYYY-MM-DD,YYYY-MM-DD` (which
 * always answers keyed by period, even for one period).
 */
export function requestDate(spec: DateSpec): string {
  if (spec.kind !== 'range') return `${spec.kind}${spec.n}`;
  return `${toCalendarString(spec.from)},${toCalendarString(spec.to)}`;
}

/** The whole periods a range covers: first day of the first, last day of the last, and how many. */
export function spanOf(spec: DateSpec, period: ChartPeriod, today: Date): { from: Date; to: Date; count: number } {
  if (spec.kind === 'range') {
    return { from: startOfPeriod(spec.from, period), to: endOfPeriod(spec.to, period), count: countPeriods(spec.from, spec.to, period) };
  }
  const lastStart = addPeriods(startOfPeriod(today, period), period, spec.kind === 'last' ? 0 : -1);
  const from = addPeriods(lastStart, period, -(spec.n - 1));
  return { from, to: endOfPeriod(lastStart, period), count: spec.n };
}

/**
 * The comparison range: as many periods as the chart's range, right before it, as
 * `YYYY-MM-DD,YYYY-MM-DD`. For `lastN`/`previousN` it counts back from `today` (the browser's day
 * unless the widget is given one), which may differ from the site's day for a few hours around
 * midnight when the two time zones differ.
 */
export function previousRange(spec: DateSpec, period: ChartPeriod, today: Date): string {
  const span = spanOf(spec, period, today);
  const from = addPeriods(span.from, period, -span.count);
  const to = addDays(span.from, -1);
  return `${toCalendarString(from)},${toCalendarString(to)}`;
}

/** The range presets the widget offers. */
export const RANGE_PRESETS = ['last7', 'last30', 'last90', 'last365', 'this-month', 'last-month', 'this-year'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const PRESET_LABELS: Record<RangePreset, string> = {
  last7: 'Last 7 days',
  last30: 'Last 30 days',
  last90: 'Last 90 days',
  last365: 'Last 365 days',
  'this-month': 'This month',
  'last-month': 'Last month',
  'this-year': 'This year',
};

/**
 * A preset as a `date` value. "Last N days" by day is Matomo's own `lastN` (resolved by the
 * server in the site's time zone); by week, month or year it is the N days up to today, which
 * Matomo answers with the periods that contain them.
 */
export function presetDate(preset: RangePreset, period: ChartPeriod, today: Date): string {
  const range = (from: Date, to: Date) => `${toCalendarString(from)},${toCalendarString(to)}`;
  switch (preset) {
    case 'this-month':
      return range(startOfPeriod(today, 'month'), today);
    case 'last-month': {
      const start = addPeriods(startOfPeriod(today, 'month'), 'month', -1);
      return range(start, endOfPeriod(start, 'month'));
    }
    case 'this-year':
      return range(startOfPeriod(today, 'year'), today);
    default: {
      const n = Number(preset.slice(4));
      return period === 'day' ? `last${n}` : range(addDays(today, -(n - 1)), today);
    }
  }
}

/** The preset a `date` value stands for with this period, or null. */
export function detectPreset(date: string, period: ChartPeriod, today: Date): RangePreset | null {
  const normal = date.trim().toLowerCase();
  return RANGE_PRESETS.find((preset) => presetDate(preset, period, today) === normal) ?? null;
}

const UNITS: Record<ChartPeriod, [string, string]> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
};

/** How many periods, in words: `30 days`, `1 week`. */
export function countLabel(n: number, period: ChartPeriod, locale: string): string {
  const [one, many] = UNITS[period];
  return `${formatCount(n, locale)} ${n === 1 ? one : many}`;
}

/** The browser's calendar day, or the given `YYYY-MM-DD` day. */
export function referenceDay(given: string): Date {
  const day = given ? parseCalendarDate(given) : null;
  if (day) return day;
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}
