/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), which name calendar dates, not
 * instants: the demo keys visits by the date a site's own time zone shows.
 */

const MS_PER_DAY = 86_400_000;

/** The day number of a `YYYY-MM-DD` text, or null when it is not a real date. */
export function parseDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** The day number of a calendar date given by its parts (month 1–12). */
export function dayFromParts(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Year, month (1–12) and day of month of a day number. */
export function partsOfDay(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  const { year, month, date } = partsOfDay(day);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(date)}`;
}

/** 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday that starts the week of a day (weeks run Monday to Sunday, as in Matomo). */
export function weekStart(day: number): number {
  return day - weekday(day);
}

/** First day of the month of a day. */
export function monthStart(day: number): number {
  const { year, month } = partsOfDay(day);
  return dayFromParts(year, month, 1);
}

/** Last day of the month of a day. */
export function monthEnd(day: number): number {
  const { year, month } = partsOfDay(day);
  return dayFromParts(year, month + 1, 1) - 1;
}

/** First day of the year of a day. */
export function yearStart(day: number): number {
  return dayFromParts(partsOfDay(day).year, 1, 1);
}

/** Last day of the year of a day. */
export function yearEnd(day: number): number {
  return dayFromParts(partsOfDay(day).year + 1, 1, 1) - 1;
}

/** The UTC day number of an instant. */
export function utcDay(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

/**
 * The calendar day an instant falls on in a time zone, and how much of that local day has
 * passed (0 at local midnight, just under 1 before the next one).
 */
export function localDay(ms: number, timeZone: string): { day: number; elapsed: number } {
  const parts = zonedFormat(timeZone).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const day = dayFromParts(get('year'), get('month'), get('day'));
  const seconds = (get('hour') % 24) * 3600 + get('minute') * 60 + get('second');
  return { day, elapsed: seconds / 86_400 };
}

const formats = new Map<string, Intl.DateTimeFormat>();

function zonedFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Two digits, zero-padded. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
