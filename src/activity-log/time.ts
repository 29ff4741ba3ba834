import { translator } from '../core/translate.js';

const exactFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** Minutes per unit, largest first: the units and thresholds of date-fns' `formatDistanceStrict`. */
const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 525_600],
  ['month', 43_200],
  ['day', 1_440],
  ['hour', 60],
  ['minute', 1],
];

let zone = { offsets: '', name: '' };

/**
 * The browser's time zone now (IANA name). Asking Intl costs about a millisecond, so the name is
 * kept while the zone's offsets (now, in January and in July) stay the same: a zone with the same
 * offsets all year shows the same dates and times.
 */
export function currentTimeZone(): string {
  const now = new Date();
  const year = now.getFullYear();
  const offsets = `${now.getTimezoneOffset()} ${new Date(year, 0, 1).getTimezoneOffset()} ${new Date(year, 6, 1).getTimezoneOffset()}`;
  if (zone.offsets !== offsets) zone = { offsets, name: new Intl.DateTimeFormat().resolvedOptions().timeZone };
  return zone.name;
}

/**
 * The exact date and time of an instant in the browser's time zone (or `timeZone`), with the
 * zone's name, in the locale's own long form: "Sunday, March 10, 2024 at 3:05:00 PM CET".
 */
export function exactTime(date: Date, locale: string, timeZone: string = currentTimeZone()): string {
  const key = `${locale}|${timeZone}`;
  let format = exactFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long', timeZone });
    exactFormats.set(key, format);
  }
  return format.format(date);
}

/**
 * How long ago an instant was, in the locale's words (`Intl.RelativeTimeFormat`, every locale
 * built in): "3 hours ago", "2 days ago", rounded down in the largest whole unit; "just now" under
 * a minute (and for instants slightly in the future: a server clock ahead of the browser's).
 */
export function relativeTime(date: Date, now: number, locale: string): string {
  const diff = now - date.getTime();
  if (diff < 60_000 && diff > -5 * 60_000) return translator(locale).t('just now');
  const minutes = Math.abs(diff) / 60_000;
  const [unit, size] = UNITS.find(([, size]) => minutes >= size) ?? UNITS[UNITS.length - 1]!;
  const value = Math.floor(minutes / size);
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale)));
  // 360 to 365 days: "1 year ago", not "12 months ago".
  if (unit === 'month' && value === 12) return format.format(diff > 0 ? -1 : 1, 'year');
  return format.format(diff > 0 ? -value : value, unit);
}
