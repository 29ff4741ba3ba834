import { parseCalendarDate } from '../core/dates.js';
import type { Text } from '../i18n/types.js';
import { now } from '../core/clock.js';
import { addDays, addPeriods, endOfPeriod, previousSpan, rangeText, spanOf, startOfPeriod, type CalendarPeriod, type DateSpec } from '../core/calendar.js';

/*
 * The chart's periods, range presets and the day they count back from. The calendar arithmetic
 * itself is in core/calendar.ts (re-exported here); "today" is the site's day, in the site's time
 * zone (see `referenceDay`).
 */

export {
  addDays,
  addPeriods,
  countPeriods,
  daysBetween,
  endOfPeriod,
  MAX_PERIODS,
  parseDateSpec,
  previousSpan,
  rangeText,
  spanOf,
  startOfPeriod,
  type DateSpec,
  type Span,
} from '../core/calendar.js';

export type ChartPeriod = CalendarPeriod;
export const CHART_PERIODS: readonly ChartPeriod[] = ['day', 'week', 'month', 'year'];

export function isChartPeriod(value: string): value is ChartPeriod {
  return (CHART_PERIODS as readonly string[]).includes(value);
}

/** A range in Matomo's `date` forms: `lastN` and `previousN` as they are, fixed days as `YYYY-MM-DD,YYYY-MM-DD`. */
export function requestDate(spec: DateSpec): string {
  return spec.kind === 'range' ? rangeText(spec.from, spec.to) : `${spec.kind}${spec.n}`;
}

/** The comparison range of a range, as `YYYY-MM-DD,YYYY-MM-DD`: as many periods, right before it, `today` being the site's day. */
export function previousRange(spec: DateSpec, period: ChartPeriod, today: Date): string {
  const span = previousSpan(spanOf(spec, period, today), period);
  return rangeText(span.from, span.to);
}

/** The range presets the widget offers. */
export const RANGE_PRESETS = ['last7', 'last30', 'last90', 'last365', 'this-month', 'last-month', 'this-year'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** The presets' names, shown with the element's translator (the numbers in the reader's digits). */
export const PRESET_LABELS: Record<RangePreset, Text> = {
  last7: { key: 'Last {count} days', one: 'Last {count} day', params: { count: 7 } },
  last30: { key: 'Last {count} days', one: 'Last {count} day', params: { count: 30 } },
  last90: { key: 'Last {count} days', one: 'Last {count} day', params: { count: 90 } },
  last365: { key: 'Last {count} days', one: 'Last {count} day', params: { count: 365 } },
  'this-month': { key: 'This month' },
  'last-month': { key: 'Last month' },
  'this-year': { key: 'This year' },
};

/**
 * A preset as a `date` value, `today` being the sites' day. "Last N days" by day is `lastN`
 * (counted from each site's own today); by week, month or year it is the N days up to today,
 * which Matomo answers with the periods that contain them.
 */
export function presetDate(preset: RangePreset, period: ChartPeriod, today: Date): string {
  const range = rangeText;
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

/**
 * A period's name inside a sentence ("Visits by {period}", "average per {period}", "a whole
 * {period}"), shown with the element's translator.
 */
export const PERIOD_UNITS: Record<ChartPeriod, Text> = {
  day: { key: 'day' },
  week: { key: 'week' },
  month: { key: 'month' },
  year: { key: 'year' },
};

/**
 * The day ranges and presets count back from: the given `YYYY-MM-DD` day (the widget's `today`),
 * else the sites' own day when it is known (`siteDay`), else the browser's calendar day.
 */
export function referenceDay(given: string, siteDay = ''): Date {
  const day = parseCalendarDate(given) ?? parseCalendarDate(siteDay);
  if (day) return day;
  const at = new Date(now());
  return new Date(at.getFullYear(), at.getMonth(), at.getDate());
}
