import { formatCount } from '../core/format.js';
import { hasFilters, type ActivityFilters } from './filters.js';

// The words that say what the list shows: the summary above it (read again by screen readers when
// a count changes; each view says it of its pages, see view.ts and filter-scan.ts) and the
// announcement of new activities.

/** What a summary is made of: numbers in the reader's locale, "matching activities", and "1–25". */
export function summaryWords(filters: ActivityFilters, page: { entries: readonly unknown[]; total: number }, offset: number, locale: string) {
  const count = (n: number) => formatCount(n, locale);
  const matching = hasFilters(filters) ? 'matching ' : '';
  return {
    count,
    matching,
    noun: `${matching}${page.total === 1 ? 'activity' : 'activities'}`,
    range: `${count(offset + 1)}–${count(offset + page.entries.length)}`,
  };
}

/** "3 new activities". */
export const newActivities = (n: number, locale: string): string => `${formatCount(n, locale)} new ${n === 1 ? 'activity' : 'activities'}`;
