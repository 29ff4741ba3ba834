import { formatCount } from '../core/format.js';
import { hasFilters } from './filters.js';
import type { ActivityView, ViewPage } from './view.js';

// The sentences that say what the list shows: the summary above it (read again by screen readers
// when a count changes) and the announcement of new activities.

/** "Showing 1–25 of 1,234 activities." and its variants, for the summary and announcements. */
export function summaryText({ scan, page, offset }: { scan: ActivityView; page: ViewPage; offset: number }, locale: string): string {
  const count = (n: number) => formatCount(n, locale);
  const filtered = hasFilters(scan.filters);
  const noun = `${filtered ? 'matching ' : ''}${page.total === 1 ? 'activity' : 'activities'}`;
  if (scan.invalid) return scan.invalid;
  if (page.entries.length === 0) {
    if (!page.totalExact && scan.counting) return 'Searching…';
    return page.total === 0 ? `No ${filtered ? 'matching ' : ''}activities.` : `Nothing on this page; ${count(page.total)} ${noun} in all.`;
  }
  const range = `${count(offset + 1)}–${count(offset + page.entries.length)}`;
  if (page.totalExact) return `Showing ${range} of ${count(page.total)} ${noun}.`;
  if (page.scan?.bounded) return `Showing ${range} of ${count(page.total)} ${noun} found so far.`;
  return `Showing ${range} of at least ${count(page.total)} ${noun} (still counting).`;
}

/** "3 new activities". */
export const newActivities = (n: number, locale: string): string => `${formatCount(n, locale)} new ${n === 1 ? 'activity' : 'activities'}`;
