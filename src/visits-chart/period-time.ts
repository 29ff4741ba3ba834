import { parseCalendarDate } from '../core/dates.js';
import type { ChartPeriod } from './ranges.js';

/**
 * A Matomo period label as the `datetime` of a `<time>` element (HTML's date, week, month and
 * year strings): `2024-01-06`, a week `2024-01-01,2024-01-07` as `2024-W01` (Matomo's weeks are
 * ISO weeks, Monday to Sunday), `2024-01`, `2024`. Undefined for a label of no such form: the text
 * Intl writes for a period sits in a `<time>` only when the machine can read what it is.
 */
export function periodDateTime(label: string, period: ChartPeriod): string | undefined {
  const text = label.trim();
  if (/^\d{4}(-\d{2}){0,2}$/.test(text)) return text;
  const monday = period === 'week' && /^\d{4}-\d{2}-\d{2},/.test(text) ? parseCalendarDate(text.slice(0, 10)) : null;
  if (!monday || monday.getDay() !== 1) return undefined;
  // The ISO week is the one of its Thursday, counted from the first week with a Thursday in that year.
  const thursday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 3);
  const year = thursday.getFullYear();
  const week = Math.floor(Math.round((thursday.getTime() - new Date(year, 0, 1).getTime()) / 86_400_000) / 7) + 1;
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}
