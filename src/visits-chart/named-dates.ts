import { toCalendarString } from '../core/dates.js';
import { addDays, detectPreset, parseDateSpec, presetDate, RANGE_PRESETS, type ChartPeriod, type DateSpec, type RangePreset } from './ranges.js';

/*
 * Named relative ranges for the `date` attribute, beside Matomo's own relative forms (`lastN`,
 * `previousN`, `today`, `yesterday`, which ranges.ts reads):
 *   this-month   the 1st of the current month up to today
 *   last-month   the whole previous month
 *   this-year    January 1st up to today
 *   last-N-days  the N days up to today (N up to 9999), whatever the period: `last-30-days` by
 *                week is the weeks that hold those 30 days; by day it is Matomo's `lastN`
 * They stay relative: the chart keeps the name (a shared copy set to "Last month" shows the
 * recipient last month whenever it is opened) and asks Matomo for the days it stands for today.
 */

const NAMED = /^(?:(this-month|last-month|this-year)|last-(\d{1,4})-days)$/;

/** The days a named range stands for, as `YYYY-MM-DD,YYYY-MM-DD`; null when `date` is not a name. */
export function resolveNamedDate(date: string, today: Date): string | null {
  const match = NAMED.exec(date.trim().toLowerCase());
  if (!match) return null;
  if (match[1]) return presetDate(match[1] as RangePreset, 'day', today);
  return `${toCalendarString(addDays(today, 1 - Number(match[2])))},${toCalendarString(today)}`;
}

/** The `date` attribute understood: a name read as the days it stands for today, else Matomo's forms; null when unreadable. */
export function readDate(date: string, today: Date): DateSpec | null {
  return parseDateSpec(resolveNamedDate(date, today) ?? date, today);
}

/** The `date` value that keeps a preset relative: a name, or Matomo's `lastN` for "Last N days" by day. */
export function presetValue(preset: RangePreset, period: ChartPeriod): string {
  return period !== 'day' && /^last\d/.test(preset) ? `last-${preset.slice(4)}-days` : preset;
}

/** The preset a `date` value stands for with this period (its value, or the fixed days of one), or null. */
export function presetOf(date: string, period: ChartPeriod, today: Date): RangePreset | null {
  const text = date.trim().toLowerCase();
  return RANGE_PRESETS.find((preset) => text === presetValue(preset, period) || text === presetValue(preset, 'week')) ?? detectPreset(text, period, today);
}
