/*
 * Which calendar day it is somewhere. Matomo keys a site's reports by the days of the site's own
 * time zone, so "today" (and with it "this month" and the current period) is the site's, never
 * the browser's: at 20:00 UTC it is already tomorrow in Tokyo and still today in Los Angeles.
 */

const formats = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter of the day in a time zone, or null when the browser does not know the zone. */
function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  let format = formats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      format = null;
    }
    formats.set(zone, format);
  }
  return format;
}

/** The UTC calendar day of an instant, `YYYY-MM-DD`. */
export function utcDay(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/**
 * The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone written as Matomo stores a
 * site's: an IANA name (`America/Los_Angeles`, `Asia/Kolkata`), `UTC`, or a fixed offset in hours
 * (`UTC+5.5`, `UTC-3.5`, `UTC+5.75`). A zone the browser does not know is read as UTC, Matomo's
 * default.
 */
export function dayInZone(zone: string, instant: number): string {
  const text = zone.trim();
  const offset = /^UTC([+-]\d{1,2}(?:\.\d+)?)?$/i.exec(text);
  if (offset) return utcDay(instant + Number(offset[1] ?? 0) * 3_600_000);
  const format = text ? zoneFormat(text) : null;
  if (!format) return utcDay(instant);
  const parts = format.formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${field('year').padStart(4, '0')}-${field('month')}-${field('day')}`;
}
