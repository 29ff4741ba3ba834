import { formatCount } from '../core/format.js';

// The words of the pager's "Go to…" form (pager-jump.ts, on demand): its labels, what it says of
// what was typed, and where a date led.

export const JUMP_LABELS = {
  page: 'Page',
  goToPage: 'Go to page',
  date: 'Date',
  goToDate: 'Go to date',
  close: 'Close',
} as const;

/** A page number that is not one, or past the last page. */
export function pageHint(pages: number | undefined, locale: string): string {
  return pages === undefined ? 'Enter a page number of 1 or more.' : `Enter a page number from 1 to ${formatCount(pages, locale)}.`;
}

/** A day as the reader reads it: "3 March 2024" (a calendar day, the same in every time zone). */
export function dayName(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
}

export const DATE_WORDS = {
  empty: 'Enter a date.',
  searching: (day: string) => `Looking for ${day}…`,
  /** Nothing was recorded after that day: the newest activities are the answer. */
  newest: (day: string) => `Nothing was recorded after ${day}: showing the newest activities.`,
  /** Nothing was recorded on or before that day. */
  oldest: (day: string) => `Nothing was recorded on or before ${day}: showing the oldest activities.`,
  found: (day: string, page: number, locale: string) => `Showing page ${formatCount(page, locale)}, where the activities of ${day} and before begin.`,
  failed: (why: string) => `Could not find that date. ${why}`,
};
